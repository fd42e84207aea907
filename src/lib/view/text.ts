/**
 * Text direction and language for text in a source's own words (quotes), which the data does
 * not tag with a language.
 */

export interface TextLanguage {
	/** A BCP 47 tag when the script tells it, otherwise undefined (the page's language applies). */
	lang: string | undefined;
	dir: 'rtl' | 'auto';
}

// Arabic, Arabic Supplement, Arabic Extended-A, presentation forms A and B.
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const HEBREW = /[\u0590-\u05ff]/;

/**
 * Guesses the language of a quote from its script. Arabic script is taken as Arabic: right for
 * the bundled reports, a guess for Persian or Urdu, which a `quote_lang` column could settle.
 * @example textLanguage('وأكثر من 800 سلاح ناري') // { lang: 'ar', dir: 'rtl' }
 * @example textLanguage('more than 800') // { lang: undefined, dir: 'auto' }
 */
export function textLanguage(text: string): TextLanguage {
	if (ARABIC.test(text)) return { lang: 'ar', dir: 'rtl' };
	if (HEBREW.test(text)) return { lang: 'he', dir: 'rtl' };
	return { lang: undefined, dir: 'auto' };
}
