// The Data page's tools: check files, add a report.
export { default } from '$lib/pages/DataTools.svelte';
