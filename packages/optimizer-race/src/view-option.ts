import type { ViewBox } from '@dlviz/core';
import { usableView } from './view-box.js';

/**
 * The optimizer race's `view` option: what is on screen that the problem does not hold, so that a
 * link opens the race as it was. Comma-separated parts, each left out at its default:
 * `box:x0:x1:y0:y1`, the plot's view when the reader zoomed, panned or typed it (none: fitted to
 * the surface); `optimizer:k`, the optimizer whose update is shown, by its index in the problem's
 * `optimizers` (none: the first, 0); `log`, the loss chart on a log scale. For example
 * `box:-2:2:-1:3,optimizer:1,log`.
 */
export interface RaceView {
  readonly box?: ViewBox;
  readonly optimizer: number;
  readonly logLoss: boolean;
}

const INDEX = /^\d+$/;

/**
 * Reads the option. A part it does not understand, or a box that cannot be drawn, is left at the
 * default; an optimizer index is checked against the problem by the widget, which holds it.
 */
export function readViewOption(text: string | undefined): RaceView {
  let box: ViewBox | undefined;
  let optimizer = 0;
  let logLoss = false;
  for (const part of (text ?? '').split(',')) {
    const [name, ...values] = part.trim().split(':');
    if (name === 'box' && values.length === 4) {
      // Four values, as just checked.
      const sides = values.map(side) as [number, number, number, number];
      if (usableView(sides)) box = sides;
    } else if (name === 'optimizer' && values.length === 1 && INDEX.test(values[0]!)) {
      optimizer = Number(values[0]);
    } else if (name === 'log' && values.length === 0) logLoss = true;
  }
  return { ...(box && { box }), optimizer, logLoss };
}

/** A side as written; an empty one is unreadable, not the 0 that Number makes of it. */
function side(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

/**
 * The option for what is on screen, or undefined for the default. A box's sides are written to 12
 * significant digits: a zoom or pan leaves float noise in them (−2.0999999999999996), which a link
 * a reader sees should not carry, and 12 digits still place the narrowest usable view (see
 * usableView) to a thousandth of its width.
 */
export function viewOptionText({ box, optimizer, logLoss }: RaceView): string | undefined {
  const parts: string[] = [];
  if (box) parts.push(`box:${box.map((side) => Number(side.toPrecision(12))).join(':')}`);
  if (optimizer > 0) parts.push(`optimizer:${optimizer}`);
  if (logLoss) parts.push('log');
  return parts.length > 0 ? parts.join(',') : undefined;
}
