// An embed view shows the chart and nothing else: the root layout leaves out the header, the
// navigation and the footer when the page data says `embed`.
export const load = () => ({ embed: true as const });
