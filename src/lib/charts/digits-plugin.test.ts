import { expect, test } from 'vitest';
import type { Chart } from 'chart.js';
import { drawnDigits, wantsArabicDigits } from './digits-plugin';

test.each([
	['ar-u-nu-arab', true],
	['ar-EG-u-ca-gregory-nu-arab', true],
	['ar', false],
	['en', false],
	['ar-u-nu-latn', false]
])('wantsArabicDigits(%s) = %s', (locale, arabic) => {
	expect(wantsArabicDigits(locale)).toBe(arabic);
});

test('every text the chart draws is reshaped while Arabic-Indic digits are chosen, once patched', () => {
	const drawn: string[] = [];
	const ctx = {
		fillText: (text: string) => void drawn.push(text),
		strokeText: (text: string) => void drawn.push(`stroke ${text}`)
	};
	let arabic = true;
	const plugin = drawnDigits(() => arabic);
	const chart = { ctx } as unknown as Chart;
	const beforeDraw = plugin.beforeDraw as (chart: Chart) => void;
	beforeDraw(chart);
	beforeDraw(chart); // a second draw does not wrap it twice
	ctx.fillText('6% · 6');
	ctx.fillText('نحو 10,000');
	ctx.strokeText('1,200');
	arabic = false;
	ctx.fillText('800+');
	expect(drawn).toEqual(['٦٪ · ٦', 'نحو ١٠٬٠٠٠', 'stroke ١٬٢٠٠', '800+']);
});
