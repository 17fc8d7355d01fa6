import type { EntryGenerator, PageLoad } from './$types';
import { widgetNames } from '$lib/widget-names.js';

export const entries: EntryGenerator = () => widgetNames.map((w) => ({ widget: w.id }));

export const load: PageLoad = ({ params }) => ({ id: params.widget });
