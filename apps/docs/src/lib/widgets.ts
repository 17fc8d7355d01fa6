import {
  backpropDefaultPreset,
  convDefaultPreset,
  normDefaultPreset,
  optimizerDefaultPreset,
  type Widget,
} from '@dlviz/core';
import { titleOf, type WidgetId } from './widget-names.js';

/**
 * One widget as the site describes it: its page and its embed page. The presets are in
 * widget-presets.ts and the component and the concept explanation in widget-views.ts, so a page can
 * describe widgets without loading either.
 */
export interface SiteWidget {
  readonly id: WidgetId;
  readonly problemType: Widget;
  readonly title: string;
  /** The component's export name, for the Svelte snippet. */
  readonly componentName: string;
  /** One line for cards and the page's description. */
  readonly summary: string;
  /** The preset a fresh page opens with: the widget's own default, which it shows given no problem. */
  readonly defaultPreset: string;
  /**
   * The number its step counter gives the first position: 1 ("Step 1 of 20"), or 0 for the optimizer
   * race, whose first position is the start ("Update 0 of 100"). The embed builder counts the same way.
   */
  readonly firstStep: 0 | 1;
  /**
   * About how tall the embed page is with the default preset, in CSS pixels, on a 1000–1280 px wide
   * screen: the iframe snippet's height until the embed builder has measured its preview, and the
   * Embedding page's example. Measured; a test checks it still fits.
   */
  readonly embedHeight: number;
  /**
   * About how tall the widget is on the landing page with its default preset, in CSS pixels, on a
   * phone (under 600 px wide), a tablet (under 900 px) and wider: the box kept for it until it loads,
   * so the page does not jump when it does. Measured; a test checks they still fit.
   */
  readonly landingHeights: readonly [phone: number, tablet: number, wide: number];
}

export const siteWidgets: readonly SiteWidget[] = [
  {
    id: 'conv-stepper',
    problemType: 'conv',
    title: titleOf('conv-stepper'),
    componentName: 'ConvStepper',
    summary: 'Slide a filter over the input, cell by cell: products, sums, bias, activation, then pooling.',
    defaultPreset: convDefaultPreset,
    firstStep: 1,
    embedHeight: 1820,
    landingHeights: [2440, 1810, 1610],
  },
  {
    id: 'backprop-graph',
    problemType: 'backprop',
    title: titleOf('backprop-graph'),
    componentName: 'BackpropGraph',
    summary: 'Every number of a forward and backward pass, and the chain rule behind each gradient.',
    defaultPreset: backpropDefaultPreset,
    firstStep: 1,
    embedHeight: 1390,
    landingHeights: [2050, 1370, 1220],
  },
  {
    id: 'optimizer-race',
    problemType: 'optimizer',
    title: titleOf('optimizer-race'),
    componentName: 'OptimizerRace',
    summary: 'SGD, momentum, Nesterov, Adagrad, RMSprop and Adam racing on a loss surface, update by update.',
    defaultPreset: optimizerDefaultPreset,
    firstStep: 0,
    embedHeight: 1080,
    landingHeights: [1750, 1670, 970],
  },
  {
    id: 'norm-axes',
    problemType: 'norm',
    title: titleOf('norm-axes'),
    componentName: 'NormAxes',
    summary: 'Which values share one mean and variance under batch, layer, instance, group and RMS norm.',
    defaultPreset: normDefaultPreset,
    firstStep: 1,
    embedHeight: 1340,
    landingHeights: [2640, 1810, 1100],
  },
];

export function siteWidget(id: string): SiteWidget | undefined {
  return siteWidgets.find((w) => w.id === id);
}

/** The widget that shows a problem type. */
export function widgetFor(problemType: Widget): SiteWidget {
  return siteWidgets.find((w) => w.problemType === problemType)!;
}
