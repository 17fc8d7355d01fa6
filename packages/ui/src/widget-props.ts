import type { Issue } from '@dlviz/core';
import type { ControlGroup } from './controls.js';
import type { ThemeName } from './theme-name.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The options every widget component takes, in the same meaning as the custom element's attributes
 * (`initial-step`, `theme`, `hide`, `lock`, `predict`, `view`, `heading-level`) and, but for the
 * heading level, the embed page's query parameters.
 */
export interface WidgetOptions {
  initialStep?: number;
  theme?: ThemeName;
  /** Control groups to hide, as a list or a space/comma separated string. */
  hide?: Iterable<ControlGroup> | string;
  /** Control groups shown but not operable. */
  lock?: Iterable<ControlGroup> | string;
  predict?: boolean;
  /**
   * The level of the widget's title among the page's headings (2 to 6; 2 by default), so it fits
   * the outline of the page it is put in, e.g. 3 under a section's h2.
   */
  headingLevel?: HeadingLevel;
  /**
   * How the widget is displayed, in its own words, for what the problem does not hold: the backprop
   * graph's view and chosen parameter (`graph,W[0][1][0]`), the convolution stepper's pool
   * routing (`backward`), the normalization viewer's output values, pinned cell and
   * plots' grouping (`output,cell:5,by:example`), the optimizer race's plot box, shown optimizer and log-scale loss
   * (`box:-2:2:-1:3,optimizer:1,log`). "Copy link" and the embed code carry it, so they show what
   * is on screen; a widget ignores what it does not understand. Unlike `initialStep`, it is live: a
   * new text shows a new view (the same text keeps the reader's).
   */
  view?: string;
  /**
   * The dlviz site that "Copy link" and the embed code point to (its `embed/` pages and `elements/`
   * scripts). Defaults to the root of the page's own site; the custom element defaults to the site
   * its script was loaded from.
   */
  baseUrl?: string;
}

/** What `stepchange` carries. */
export interface StepChange {
  index: number;
  length: number;
}

/**
 * A widget component's props. `problem` is the problem object, or its JSON text: a custom element's
 * attribute and an embed link deliver text, and invalid JSON must reach the widget's error display
 * (core's `validateJson` names the line and column) rather than throw in the caller. Without one,
 * the widget shows its default preset, as its embed page does without a query.
 */
export interface WidgetProps<P = unknown> extends WidgetOptions {
  problem?: P | string;
  onstepchange?: (change: StepChange) => void;
  onproblemchange?: (problem: P) => void;
  onerror?: (issues: readonly Issue[]) => void;
}
