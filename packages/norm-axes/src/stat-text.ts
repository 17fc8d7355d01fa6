import { formatText, type NormSummary } from '@dlviz/core';

/**
 * Float64 sums leave noise where the exact answer is 0 (a normalized channel's mean comes out as
 * −3.3e-17): a statistic below this fraction of its values' largest magnitude is that noise.
 */
const noise = 1e-12;

/** A row's "μ 0.12 σ 0.98" as shown beside its box plot, with rounding noise shown as 0. */
export function statText(row: NormSummary): string {
  const scale = Math.max(Math.abs(row.min), Math.abs(row.max));
  const shown = (value: number) => formatText(Math.abs(value) <= noise * scale ? 0 : value, 2);
  return `μ ${shown(row.mean)} σ ${shown(row.std)}`;
}
