// The overview's progress chart, and its embed view.
export { default } from '$lib/components/ProgressFigure.svelte';
