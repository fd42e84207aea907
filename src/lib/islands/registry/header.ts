// The header's controls (the language link, the theme, the search): every page.
export { default } from '$lib/components/header/HeaderControls.svelte';
