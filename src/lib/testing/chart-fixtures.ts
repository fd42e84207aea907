/**
 * For tests of the chart views and builders: the seed model, and a richer one made from the
 * seed's files with more sources, estimates, increments and corrections (real CSV, parsed).
 */
import { buildModel } from '$lib/data/aggregate';
import { csv, REPORTS_HEADER, SEED_FILES, SEED_ID, seedWith } from './seed';
import { loadDataset } from '$lib/data/load';
import type { HandoverModel } from '$lib/data/types';
import { categoryCard } from '$lib/view/overview';
import { progressChartView, type ProgressChartView } from '$lib/view/progress-chart';

export function seedModel(): HandoverModel {
	return buildModel(loadDataset(SEED_ID, SEED_FILES));
}

const ESTIMATES_HEADER = 'target,label,quantity,qualifier,date,source,url,quote,note';

/**
 * Firearms from two sources (the Russian MoD: 800+, 1000+, +300, then ≈1,200, a correction;
 * the Azerbaijani MFA: 900, 2,500, then 2,300) against three estimates of fighters (≈10,000,
 * ≈7,000 the most recent, ≤12,000); armoured vehicles from two sources; ammunition with no
 * estimate; two categories with no number.
 */
export function richModel(): HandoverModel {
	const files = seedWith({
		'estimates.csv': csv(
			ESTIMATES_HEADER,
			'fighters,Armenian fighters,10000,about,2023-09,az-gov,,,',
			'tanks_and_armored_vehicles,Tanks and armoured vehicles,100,about,2023-09,az-gov,,,',
			'fighters,Armenian fighters,7000,about,2023-09-25,az-mfa,,,',
			'fighters,Armenian fighters,12000,at_most,2023-09-20,karabakh-separatists,,,'
		),
		'reports.csv': csv(
			REPORTS_HEADER,
			'2023-09-22,ru-mod,armored_vehicles,6,exact,cumulative,,,,',
			'2023-09-22,ru-mod,anti_tank_missiles,,,cumulative,,,,',
			'2023-09-22,ru-mod,manpads,,,cumulative,,,,',
			'2023-09-22,ru-mod,firearms,800,more_than,cumulative,,وأكثر من 800 سلاح ناري,,',
			'2023-09-22,ru-mod,ammunition,5000,about,cumulative,,,,',
			'2023-09-23,ru-mod,firearms,1000,more_than,cumulative,,,,',
			'2023-09-24,ru-mod,firearms,300,exact,increment,,,,',
			'2023-09-26,ru-mod,firearms,1200,about,cumulative,,,,',
			'2023-09-23,az-mfa,firearms,900,exact,cumulative,,The handover continues: 900 firearms,,',
			'2023-09-25,az-mfa,firearms,2500,exact,cumulative,,,,',
			'2023-09-27,az-mfa,firearms,2300,exact,cumulative,,,,',
			'2023-09-24,ru-mod,armored_vehicles,12,exact,cumulative,,,,',
			'2023-09-26,karabakh-separatists,armored_vehicles,20,at_least,cumulative,,,,'
		)
	});
	return buildModel(loadDataset('rich', files));
}

/** The progress chart of a model, from the overview's cards (as overviewView hands them over). */
export function progressChartOf(model: HandoverModel): ProgressChartView {
	return progressChartView(
		model,
		model.categories.map((summary) => categoryCard(model.dataset, summary))
	);
}
