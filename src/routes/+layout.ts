// Every page is built to static HTML; URLs end in a slash so that static hosts serve index.html.
export const prerender = true;
export const trailingSlash = 'always';
