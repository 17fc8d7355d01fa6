import { gaussian, uniform } from '../random.js';
import { forEachCell, grouping } from './grouping.js';
import { layoutAxes, layoutOfRank, type NormInput, type NormLayout } from './layout.js';
import { NORM_LIMITS } from './limits.js';
import { unflatten } from './tensor.js';

export interface RandomNormOptions {
  /** Defaults to the layout the shape's rank implies. */
  readonly layout?: NormLayout;
  readonly shape: readonly number[];
  readonly seed: number;
  /** Per channel (feature); drawn from [−3, 3] when absent. */
  readonly offsets?: readonly number[];
  /** Per channel (feature) standard deviations; drawn from [0.5, 3] when absent. */
  readonly scales?: readonly number[];
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * A seeded input whose channels sit at visibly different offsets and scales, so that what a
 * normalization evens out (and what it leaves) shows. Values carry two decimals, like exam data.
 */
export function randomNormInput(options: RandomNormOptions): NormInput {
  const { shape, seed } = options;
  const layout = options.layout ?? layoutOfRank(shape.length);
  if (!layout || layoutAxes(layout).length !== shape.length)
    throw new RangeError(
      `randomNormInput: shape [${shape.join(', ')}] does not fit layout ${String(layout)}`,
    );
  if (!shape.every((s) => Number.isInteger(s) && s >= 1))
    throw new RangeError(`randomNormInput: sizes must be positive integers, got [${shape.join(', ')}]`);
  const cells = shape.reduce((a, b) => a * b, 1);
  if (cells > NORM_LIMITS.maxCells)
    throw new RangeError(`randomNormInput: ${cells} values, over the limit of ${NORM_LIMITS.maxCells}`);
  const g = grouping('batch', layout, shape);
  const channels = g.groupCount;
  const pick = uniform(seed);
  const offsets = options.offsets ?? Array.from({ length: channels }, () => round2(-3 + 6 * pick()));
  const scales = options.scales ?? Array.from({ length: channels }, () => round2(0.5 + 2.5 * pick()));
  if (offsets.length !== channels || scales.length !== channels)
    throw new RangeError(`randomNormInput: offsets and scales need ${channels} entries`);
  const noise = gaussian(seed ^ 0x5bd1e995);
  const values = new Float64Array(cells);
  forEachCell(g, (i, _group, c) => (values[i] = round2(offsets[c]! + scales[c]! * noise())));
  return unflatten(values, shape) as NormInput;
}
