import { BackpropGraph } from '@dlviz/backprop-graph';
import { ConvStepper } from '@dlviz/conv-stepper';
import { backpropPresets, convPresets, normPresets, optimizerPresets, type Widget } from '@dlviz/core';
import { NormAxes } from '@dlviz/norm-axes';
import { OptimizerRace } from '@dlviz/optimizer-race';
import type { WidgetProps } from '@dlviz/ui';
import type { Component } from 'svelte';
import BackpropConcept from './concepts/BackpropConcept.svelte';
import ConvConcept from './concepts/ConvConcept.svelte';
import NormConcept from './concepts/NormConcept.svelte';
import OptimizerConcept from './concepts/OptimizerConcept.svelte';

export interface GalleryPreset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly problem: unknown;
}

/** One widget as the site shows it: its page, its embed page, its presets and its component. */
export interface SiteWidget {
  /** The package name without the scope; also the path of its page and its embed page. */
  readonly id: 'conv-stepper' | 'backprop-graph' | 'optimizer-race' | 'norm-axes';
  readonly problemType: Widget;
  readonly title: string;
  /** The component's export name, for the Svelte snippet. */
  readonly componentName: string;
  /** One line for cards and the page's description. */
  readonly summary: string;
  readonly component: Component<WidgetProps<unknown>>;
  /** The page's explanation of the concept. */
  readonly concept: Component;
  readonly presets: readonly GalleryPreset[];
  /** The preset a fresh page opens with. */
  readonly defaultPreset: string;
  /** Height for the iframe snippet before the page reports its own. */
  readonly embedHeight: number;
}

export const siteWidgets: readonly SiteWidget[] = [
  {
    id: 'conv-stepper',
    problemType: 'conv',
    title: 'Convolution stepper',
    componentName: 'ConvStepper',
    summary: 'Slide a filter over the input, cell by cell: products, sums, bias, activation, then pooling.',
    component: ConvStepper as Component<WidgetProps<unknown>>,
    concept: ConvConcept,
    presets: convPresets,
    defaultPreset: 'duke-q8-maxpool',
    embedHeight: 760,
  },
  {
    id: 'backprop-graph',
    problemType: 'backprop',
    title: 'Backprop graph',
    componentName: 'BackpropGraph',
    summary: 'Every number of a forward and backward pass, and the chain rule behind each gradient.',
    component: BackpropGraph as Component<WidgetProps<unknown>>,
    concept: BackpropConcept,
    presets: backpropPresets,
    defaultPreset: 'duke-q9-leaky-mlp',
    embedHeight: 760,
  },
  {
    id: 'optimizer-race',
    problemType: 'optimizer',
    title: 'Optimizer race',
    componentName: 'OptimizerRace',
    summary: 'SGD, momentum, Nesterov, Adagrad, RMSprop and Adam racing on a loss surface, update by update.',
    component: OptimizerRace as Component<WidgetProps<unknown>>,
    concept: OptimizerConcept,
    presets: optimizerPresets,
    defaultPreset: 'ellipse-race',
    embedHeight: 720,
  },
  {
    id: 'norm-axes',
    problemType: 'norm',
    title: 'Normalization axes',
    componentName: 'NormAxes',
    summary: 'Which values share one mean and variance under batch, layer, instance, group and RMS norm.',
    component: NormAxes as Component<WidgetProps<unknown>>,
    concept: NormConcept,
    presets: normPresets,
    defaultPreset: 'exam-batch-fc',
    embedHeight: 760,
  },
];

export function siteWidget(id: string): SiteWidget | undefined {
  return siteWidgets.find((w) => w.id === id);
}

/** The widget that shows a problem type. */
export function widgetFor(problemType: Widget): SiteWidget {
  return siteWidgets.find((w) => w.problemType === problemType)!;
}

export function defaultProblem(widget: SiteWidget): unknown {
  return (widget.presets.find((p) => p.id === widget.defaultPreset) ?? widget.presets[0]!).problem;
}
