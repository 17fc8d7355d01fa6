import { BackpropGraph } from '@dlviz/backprop-graph';
import { ConvStepper } from '@dlviz/conv-stepper';
import { NormAxes } from '@dlviz/norm-axes';
import { OptimizerRace } from '@dlviz/optimizer-race';
import type { WidgetProps } from '@dlviz/ui';
import type { Component } from 'svelte';
import BackpropConcept from './concepts/BackpropConcept.svelte';
import ConvConcept from './concepts/ConvConcept.svelte';
import NormConcept from './concepts/NormConcept.svelte';
import OptimizerConcept from './concepts/OptimizerConcept.svelte';
import type { WidgetId } from './widget-names.js';

export interface WidgetView {
  readonly component: Component<WidgetProps<unknown>>;
  /** The page's explanation of the concept. */
  readonly concept: Component;
}

/** What each widget's page draws: the live component and its concept explanation. */
export const widgetViews: Readonly<Record<WidgetId, WidgetView>> = {
  'conv-stepper': { component: ConvStepper as Component<WidgetProps<unknown>>, concept: ConvConcept },
  'backprop-graph': { component: BackpropGraph as Component<WidgetProps<unknown>>, concept: BackpropConcept },
  'optimizer-race': {
    component: OptimizerRace as Component<WidgetProps<unknown>>,
    concept: OptimizerConcept,
  },
  'norm-axes': { component: NormAxes as Component<WidgetProps<unknown>>, concept: NormConcept },
};
