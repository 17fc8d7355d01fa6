import type { EntryGenerator, PageLoad } from './$types';
import { siteWidgets } from '$lib/widgets.js';

export const entries: EntryGenerator = () => siteWidgets.map((w) => ({ widget: w.id }));

export const load: PageLoad = ({ params }) => ({ id: params.widget });
