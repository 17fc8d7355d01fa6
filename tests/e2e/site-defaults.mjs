// The preset each widget's page and embed page open with (apps/docs/src/lib/widgets.ts).
import { backpropPresets, convPresets, normPresets, optimizerPresets } from '@dlviz/core';

const defaults = {
  'conv-stepper': [convPresets, 'duke-q8-maxpool'],
  'backprop-graph': [backpropPresets, 'duke-q9-leaky-mlp'],
  'optimizer-race': [optimizerPresets, 'ellipse-race'],
  'norm-axes': [normPresets, 'exam-batch-fc'],
};

export function siteDefaults(widget) {
  const [presets, id] = defaults[widget];
  return { preset: id, problem: presets.find((p) => p.id === id).problem };
}
