// A timeline chart: a category's page, and the timeline's embed views.
export { default } from '$lib/components/TimelineFigure.svelte';
