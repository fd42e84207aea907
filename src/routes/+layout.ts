// Every page is built to static HTML; URLs end in a slash so that static hosts serve index.html.
export const prerender = true;
export const trailingSlash = 'always';
// No SvelteKit client: the pages are HTML, and the few parts that answer to the reader are
// islands, hydrated by one small script of their own (src/lib/islands, issue 7's budget).
export const csr = false;
