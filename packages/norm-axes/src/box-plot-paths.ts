import type { NormSummary } from '@dlviz/core';

/**
 * The marks of a column of box plots, one path per kind with a subpath per row: a new type rewrites
 * five attributes per panel instead of updating (or creating) six elements per row. Rows do not
 * overlap, so drawing kind by kind paints exactly what row by row did.
 */
export interface BoxPlotPaths {
  /** min to max. */
  readonly whiskers: string;
  /** q1 to q3, 12 high (at least 1 wide). */
  readonly boxes: string;
  readonly medians: string;
  /** mean ± one standard deviation, 8 below the row's centre. */
  readonly spreads: string;
  /** The mean, a dot of radius 2.5 on the spread. */
  readonly means: string;
}

export function boxPlotPaths(
  summaries: readonly NormSummary[],
  x: (value: number) => number,
  rowY: (row: number) => number,
): BoxPlotPaths {
  let [whiskers, boxes, medians, spreads, means] = ['', '', '', '', ''];
  summaries.forEach((s, r) => {
    const y = rowY(r);
    const [q1, mean] = [x(s.q1), x(s.mean)];
    whiskers += `M${x(s.min)} ${y}H${x(s.max)}`;
    boxes += `M${q1} ${y - 6}h${Math.max(1, x(s.q3) - q1)}v12H${q1}z`;
    medians += `M${x(s.median)} ${y - 6}V${y + 6}`;
    spreads += `M${x(s.mean - s.std)} ${y + 8}H${x(s.mean + s.std)}`;
    means += `M${mean - 2.5} ${y + 8}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0`;
  });
  return { whiskers, boxes, medians, spreads, means };
}
