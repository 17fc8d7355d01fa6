import type { ConvSection, ConvStepKind } from '@dlviz/core';

/** The trace's section of one kind and filter, if the trace has it. */
function sectionOf(
  sections: readonly ConvSection[],
  kinds: readonly ConvStepKind[],
  filter: number,
): ConvSection | undefined {
  return sections.find((s) => s.filter === filter && kinds.includes(s.kind));
}

/** The kinds of step that fill an output map: windows, or a transposed conv's collect steps. */
export const OUTPUT_KINDS: readonly ConvStepKind[] = ['window', 'collect'];
export const POOL_KINDS: readonly ConvStepKind[] = ['pool'];

/** The step that computes cell `cell` (row-major) of a filter's map: where a click on it jumps. */
export function stepOfCell(
  sections: readonly ConvSection[],
  kinds: readonly ConvStepKind[],
  filter: number,
  cell: number,
): number | undefined {
  const section = sectionOf(sections, kinds, filter);
  return section && cell >= 0 && cell < section.length ? section.start + cell : undefined;
}

/**
 * How many cells of a filter's map are already computed at step `index` (row-major order): the
 * output "filling in". Cells from this count on are drawn blank until their step comes.
 */
export function filledCells(
  sections: readonly ConvSection[],
  kinds: readonly ConvStepKind[],
  filter: number,
  index: number,
): number {
  const section = sectionOf(sections, kinds, filter);
  if (!section) return 0;
  return Math.min(section.length, Math.max(0, index - section.start + 1));
}
