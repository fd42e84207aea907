// The reports page's table with its filters.
export { default } from '$lib/components/reports/ReportsView.svelte';
