/**
 * The islands: every component that a page hydrates in the browser, by name, each loaded on its
 * own (a page loads the code of the islands it has, not of the others). Island.svelte writes the
 * name into the page; entry.ts loads it from here. Only components whose props are plain data.
 */
import type { Component } from 'svelte';

type Loader = () => Promise<{ default: Component<never> }>;

export const ISLANDS = {
	header: () => import('$lib/components/header/HeaderControls.svelte'),
	progress: () => import('$lib/components/ProgressFigure.svelte'),
	timeline: () => import('$lib/components/TimelineFigure.svelte'),
	'timeline-choice': () => import('$lib/components/TimelineChoice.svelte'),
	print: () => import('$lib/components/PrintButton.svelte'),
	'embed-theme': () => import('$lib/components/EmbedTheme.svelte'),
	data: () => import('$lib/pages/DataTools.svelte'),
	reports: () => import('$lib/components/reports/ReportsView.svelte')
} satisfies Record<string, Loader>;

export type IslandName = keyof typeof ISLANDS;

export function isIslandName(name: string | undefined): name is IslandName {
	return name !== undefined && Object.hasOwn(ISLANDS, name);
}
