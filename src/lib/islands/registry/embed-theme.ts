// An embed view's colours.
export { default } from '$lib/components/EmbedTheme.svelte';
