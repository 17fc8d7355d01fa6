import { backpropPresets, convPresets, normPresets, optimizerPresets, type Preset } from '@dlviz/core';
import type { WidgetId } from './widget-names.js';
import type { SiteWidget } from './widgets.js';

/** A preset of any widget, as the gallery lists it. */
export type GalleryPreset = Preset<unknown>;

/**
 * The presets of each widget, apart from the widgets' descriptions: they hold every preset's numbers,
 * which a page that only lists or links the widgets need not load.
 */
const presets: Record<WidgetId, readonly GalleryPreset[]> = {
  'conv-stepper': convPresets,
  'backprop-graph': backpropPresets,
  'optimizer-race': optimizerPresets,
  'norm-axes': normPresets,
};

/** A widget's presets, in gallery order. */
export const presetsOf = (widget: SiteWidget): readonly GalleryPreset[] => presets[widget.id];

/** The problem a fresh page opens with: the widget's default preset. */
export function defaultProblem(widget: SiteWidget): unknown {
  const list = presetsOf(widget);
  return (list.find((p) => p.id === widget.defaultPreset) ?? list[0]!).problem;
}
