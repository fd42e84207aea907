/** The language the switch offers. Pure. */
import { locales, type Locale } from '$lib/paraglide/runtime';

/** The language the switch offers: the other one of the two. */
export function otherLocale(locale: Locale): Locale {
	return locales.find((l) => l !== locale) ?? locale;
}
