import type { ParamMatcher } from '@sveltejs/kit';
import { isWidgetId } from '$lib/widget-names.js';

/** Only the four widget ids are pages; anything else is a 404, not a broken widget page. */
export const match: ParamMatcher = (param) => isWidgetId(param);
