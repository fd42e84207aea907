/**
 * The islands alive on the page, by their element: the live data (src/lib/live) unmounts those
 * of a part of the page before it renders that part again with newer figures.
 */
import { unmount } from 'svelte';

const alive = new Map<Element, Record<string, unknown>>();

export function remember(element: Element, instance: Record<string, unknown>): void {
	alive.set(element, instance);
}

/** Unmounts every island inside `region` (the region itself included). */
export function unmountWithin(region: Element): void {
	for (const [element, instance] of alive) {
		if (region === element || region.contains(element)) {
			void unmount(instance);
			alive.delete(element);
		}
	}
}
