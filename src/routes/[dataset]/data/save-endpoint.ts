/**
 * Where the Data page posts a report to save it under data/: an endpoint that only `vite dev`
 * has (scripts/vite-plugin-save.ts). No imports, so that the Vite config can load it too.
 */
export const SAVE_ENDPOINT = '/__handover/save-report';
