import { decodeState, unknownControlGroups, type DecodedState } from '@dlviz/ui';
import { defaultProblem, presetsOf } from './widget-presets.js';
import type { SiteWidget } from './widgets.js';

export interface InitialState extends Omit<DecodedState, 'problemText'> {
  /** The problem: JSON text from a link (kept as typed, so broken JSON shows its error), or an object. */
  problem: unknown;
  /** The preset the page opened with, if any. */
  preset: string | undefined;
  /** A `preset` the widget does not have: the page opens with its default, and says so. */
  unknownPreset?: string;
  /** Names in `hide` or `lock` that are no control group (a typo): left out, and said. */
  unknownGroups: string[];
}

/**
 * What a widget page or embed page opens with, from its query string: `problem` (JSON) wins, then
 * `preset` (an id from the gallery), then the widget's default preset.
 */
export function initialState(widget: SiteWidget, query: URLSearchParams): InitialState {
  const { problemText, ...options } = decodeState(query);
  const presetId = query.get('preset') ?? undefined;
  const preset = presetId ? presetsOf(widget).find((p) => p.id === presetId) : undefined;
  const unknown = unknownControlGroups(query.get('hide'), query.get('lock'));
  if (problemText !== undefined)
    return { ...options, problem: problemText, preset: undefined, unknownGroups: unknown };
  return {
    ...options,
    unknownGroups: unknown,
    problem: preset?.problem ?? defaultProblem(widget),
    preset: preset?.id ?? widget.defaultPreset,
    ...(presetId && !preset && { unknownPreset: presetId }),
  };
}
