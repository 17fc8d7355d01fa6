import { convGeometry } from './geometry.js';
import type { ConvProblem } from './problem.js';
import { solvedTaps, tapPosition } from './reach.js';

/** The input channels a filter sees: its group's C/groups channels. */
export function filterChannels(problem: ConvProblem, filter: number): { group: number; channels: number[] } {
  const g = convGeometry(problem);
  const group = Math.floor(filter / g.filtersPerGroup);
  return {
    group,
    channels: Array.from({ length: g.channelsPerGroup }, (_, k) => group * g.channelsPerGroup + k),
  };
}

/** The filters that read an input channel: its group's F/groups filters. */
export function channelFilters(problem: ConvProblem, channel: number): number[] {
  const g = convGeometry(problem);
  const group = Math.floor(channel / g.channelsPerGroup);
  return Array.from({ length: g.filtersPerGroup }, (_, k) => group * g.filtersPerGroup + k);
}

/** An output cell an input cell reaches, and the kernel tap that links them. */
export interface Influence {
  readonly filter: number;
  readonly row: number;
  readonly column: number;
  readonly kernelRow: number;
  readonly kernelColumn: number;
}

/**
 * Every output cell (pre-activation) an input cell contributes to, by filter, then row, then column.
 * Its receptive-field dual: what a change of that one input value moves.
 */
export function influencedOutputs(
  problem: ConvProblem,
  channel: number,
  row: number,
  column: number,
): Influence[] {
  const g = convGeometry(problem);
  const [sh, sw] = problem.stride;
  const [ph, pw] = problem.padding;
  const [dh, dw] = problem.dilation;
  const along = (
    x: number,
    limit: number,
    kernel: number,
    s: number,
    p: number,
    d: number,
  ): [number, number][] =>
    problem.transposed
      ? Array.from({ length: kernel }, (_, k): [number, number] => [tapPosition(x, k, s, p, d), k])
          .filter(([y]) => y >= 0 && y < limit)
          .sort((a, b) => a[0] - b[0])
      : solvedTaps(x, limit, kernel, s, p, d);
  const rows = along(row, g.outputHeight, g.kernelHeight, sh, ph, dh);
  const columns = along(column, g.outputWidth, g.kernelWidth, sw, pw, dw);
  return channelFilters(problem, channel).flatMap((filter) =>
    rows.flatMap(([r, kernelRow]) =>
      columns.map(([c, kernelColumn]) => ({ filter, row: r, column: c, kernelRow, kernelColumn })),
    ),
  );
}
