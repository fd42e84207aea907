/**
 * Every user-visible string of the site, in English and Arabic: the messages of
 * messages/{en,ar}.json compiled by Paraglide JS into src/lib/paraglide (generated; `npm run
 * paraglide`). Import as `import * as m from '$lib/messages'` and call `m.key(params)`: each
 * message is its own module, so a page's JavaScript holds only the messages it uses. A message
 * speaks the language of the current request or page (the address: `/ar/...` is Arabic); pass
 * `{ locale }` as the second argument to choose another. How to add one: messages/README.md.
 *
 * Components never build sentences from pieces: a sentence with a number in it is one message
 * with a parameter. Numbers arrive formatted, except `count`, which picks a plural form.
 */
export * from './paraglide/messages/_index.js';
