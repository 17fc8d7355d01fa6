import type { ConvTrace } from '@dlviz/core';
import { cellKey } from './step-marks.js';

/**
 * Reading back this many scatter steps stays well inside a frame; beyond it the running sums show
 * only what the current step adds (its targets' new sums), still read from the core's steps.
 */
const REPLAYED_STEPS = 512;

/**
 * A transposed conv's running sums (before the bias) for `filter` up to step `index` (any later
 * step, Infinity too, gives its final sums): each canvas cell's value (the cropped border's too)
 * after the last scatter step that added into it, as the core's steps report it (`after`). Nothing
 * is added here; overlapping products are visible as sums that grow.
 */
export function scatterSums(trace: ConvTrace, filter: number, index: number): Map<number, number> {
  const sums = new Map<number, number>();
  const section = trace.sections.find((s) => s.kind === 'scatter' && s.filter === filter);
  if (!section) return sums;
  const last = Math.min(index, section.start + section.length - 1);
  const first = Math.max(section.start, last - REPLAYED_STEPS + 1);
  for (let i = first; i <= last; i++) {
    const step = trace.at(i);
    if (step.kind !== 'scatter') continue;
    for (const t of step.targets) sums.set(cellKey(t.outputRow, t.outputColumn), t.after);
  }
  return sums;
}
