import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '$lib/data/load';
import { FOLLOW_FILES, FOLLOW_ID } from '$lib/testing/follow';
import { SEED_FILES, SEED_ID, seedWith } from '$lib/testing/seed';
import { changesFeedOf } from './feed';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** The feed parsed by a real XML parser: any well-formedness error throws. */
function parse(xml: string) {
	const doc = new DOMParser({
		onError: (level, message) => {
			throw new Error(`${level}: ${message}`);
		}
	}).parseFromString(xml, 'application/xml');
	return doc.documentElement!;
}

const children = (parent: XmlElement, name: string) =>
	Array.from(parent.childNodes).filter(
		(n): n is XmlElement =>
			n.nodeType === 1 &&
			(n as XmlElement).namespaceURI === ATOM &&
			(n as XmlElement).localName === name
	);
const one = (parent: XmlElement, name: string) => {
	const found = children(parent, name);
	expect(found, `one <${name}>`).toHaveLength(1);
	return found[0]!;
};
const textOf = (parent: XmlElement, name: string) => one(parent, name).textContent ?? '';

/** What RFC 4287 requires of a feed and its entries, checked; the entries' titles and ids. */
function checked(xml: string, lang: string) {
	const feed = parse(xml);
	expect([feed.namespaceURI, feed.localName, feed.getAttribute('xml:lang')]).toEqual([
		ATOM,
		'feed',
		lang
	]);
	expect(textOf(feed, 'id')).toMatch(/^tag:/);
	expect(textOf(feed, 'title')).not.toBe('');
	expect(textOf(feed, 'updated')).toMatch(RFC3339);
	// A feed-level author, so that every entry has one, and each entry names its source too.
	expect(textOf(one(feed, 'author'), 'name')).not.toBe('');
	const entries = children(feed, 'entry').map((entry) => {
		expect(textOf(entry, 'updated')).toMatch(RFC3339);
		expect(textOf(one(entry, 'author'), 'name')).not.toBe('');
		const alternate = children(entry, 'link').find((l) => l.getAttribute('rel') === 'alternate');
		const content = one(entry, 'content');
		expect(content.getAttribute('type')).toBe('xhtml');
		return {
			id: textOf(entry, 'id'),
			title: textOf(entry, 'title'),
			updated: textOf(entry, 'updated'),
			link: alternate?.getAttribute('href'),
			content: content.textContent ?? ''
		};
	});
	expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
	return { feed, entries };
}

const seed = loadDataset(SEED_ID, SEED_FILES).dataset;

describe('the seed', () => {
	test.each([
		[
			'en',
			'Nagorno-Karabakh weapons handover, September 2023: what changed',
			'Russian Ministry of Defence, 2023-09-22: Armoured vehicles 6, Firearms 800+, Ammunition ≈5,000'
		],
		[
			'ar',
			'تسليم الأسلحة في ناغورني قره باغ، سبتمبر/أيلول 2023: ما الذي تغيّر',
			'وزارة الدفاع الروسية، 22 سبتمبر 2023: المركبات المدرعة 6، الأسلحة النارية أكثر من 800، الذخيرة نحو 5,000'
		]
	] as const)('%s: the feed and its one entry', (locale, title, entryTitle) => {
		const xml = changesFeedOf(seed, locale);
		const { feed, entries } = checked(xml, locale);
		expect([textOf(feed, 'id'), textOf(feed, 'title'), textOf(feed, 'updated')]).toEqual([
			`tag:handover-monitor,2026:${locale}/karabakh-2023/feed`,
			title,
			'2023-09-22T00:00:00Z'
		]);
		expect(entries.map(({ id, title, updated, link }) => ({ id, title, updated, link }))).toEqual([
			{
				id: `tag:handover-monitor,2026:${locale}/karabakh-2023/2023-09-22/ru-mod`,
				title: entryTitle,
				updated: '2023-09-22T00:00:00Z',
				link: 'changes/#change-2023-09-22-ru-mod'
			}
		]);
		// The same bytes on every build.
		expect(changesFeedOf(loadDataset(SEED_ID, SEED_FILES).dataset, locale)).toBe(xml);
	});
});

describe('text from the CSV files', () => {
	const hostile = `<script>alert("x")</script> & ]]> \u0001\u202Eevil`;
	const arabic = 'ب'.repeat(1000);
	const files = seedWith({
		'sources.csv': SEED_FILES['sources.csv']!.replace(
			'ru-mod,Russian Ministry of Defence,وزارة الدفاع الروسية',
			`ru-mod,"${hostile.replace(/"/g, '""')}",${arabic}`
		),
		'categories.csv': SEED_FILES['categories.csv']!.replace(
			'Armoured vehicles,',
			`"Armoured <b>&amp; ]]>",`
		),
		'dataset.json': JSON.stringify({
			title: `Title ${hostile}`,
			title_ar: arabic,
			description: hostile
		})
	});
	const dataset = loadDataset(SEED_ID, files).dataset;

	test.each(['en', 'ar'] as const)(
		'%s: a well-formed feed that says the text as it is',
		(locale) => {
			expect(dataset.sources[0]!.name.value).toBe(hostile);
			const xml = changesFeedOf(dataset, locale);
			const { feed, entries } = checked(xml, locale);
			expect(xml).not.toContain('<script>');
			expect(xml).not.toContain('\u0001');
			const shown = hostile.replace('\u0001', '');
			if (locale === 'en') {
				expect(textOf(feed, 'title')).toBe(`Title ${shown}: what changed`);
				expect(textOf(feed, 'subtitle')).toBe(shown);
				expect(entries[0]!.title).toBe(
					`${shown}, 2023-09-22: Armoured <b>&amp; ]]> 6, Firearms 800+, Ammunition ≈5,000`
				);
			} else {
				expect(textOf(feed, 'title')).toBe(`${arabic}: ما الذي تغيّر`);
				expect(entries[0]!.title.startsWith(`${arabic}، 22 سبتمبر 2023: `)).toBe(true);
			}
		}
	);
});

describe('a rebuild with one more report', () => {
	const entriesOf = (xml: string) => xml.split('<entry>').slice(1);
	const more = {
		...FOLLOW_FILES,
		'reports.csv': `${FOLLOW_FILES['reports.csv']}2024-03-20,press,pistols,15,exact,,,,cumulative,https://example.org/press-2,,\n`
	};

	test.each(['en', 'ar'] as const)(
		'%s: only the new entry and the feed`s updated differ',
		(locale) => {
			const before = changesFeedOf(loadDataset(FOLLOW_ID, FOLLOW_FILES).dataset, locale);
			const after = changesFeedOf(loadDataset(FOLLOW_ID, more).dataset, locale);
			checked(after, locale);
			const [added, ...old] = entriesOf(after);
			expect(old).toEqual(entriesOf(before));
			expect(added).toContain(
				`<id>tag:handover-monitor,2026:${locale}/follow-2024/2024-03-20/press</id>`
			);
			expect(before.match(/<updated>[^<]+<\/updated>/)![0]).toBe(
				'<updated>2024-03-15T00:00:00Z</updated>'
			);
			expect(after.match(/<updated>[^<]+<\/updated>/)![0]).toBe(
				'<updated>2024-03-20T00:00:00Z</updated>'
			);
			const head = (xml: string) =>
				xml.split('<entry>')[0]!.replace(/<updated>[^<]+<\/updated>/, '');
			expect(head(after)).toBe(head(before));
		}
	);

	test('the changes fixture: seven entries, newest first, in both feeds', () => {
		const titles = (locale: 'en' | 'ar') =>
			checked(
				changesFeedOf(loadDataset(FOLLOW_ID, FOLLOW_FILES).dataset, locale),
				locale
			).entries.map((e) => e.title);
		expect(titles('en')).toEqual([
			'Armed group, 2024-03-15: Rifles ≈60%, Heavy weapons 5–8',
			'Daily Press, 2024-03-12: Rifles ≥300',
			'UN mission, 2024-03-12: Heavy weapons (seized) 12',
			'Government, 2024-03-10: Rifles ≈200, Fighters ≈7,000',
			'Government, 2024-03-05: Rifles 250+',
			'UN mission, 2024-03-05: Rifles 40',
			'UN mission, 2024-03-01: Rifles 100'
		]);
		expect(titles('ar')).toHaveLength(7);
	});
});
