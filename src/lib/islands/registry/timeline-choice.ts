// The timeline page's choice of a category and its chart.
export { default } from '$lib/components/TimelineChoice.svelte';
