// The overview's print button.
export { default } from '$lib/components/PrintButton.svelte';
