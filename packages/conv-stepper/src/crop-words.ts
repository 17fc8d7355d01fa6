/** One axis of a transposed conv: how much of its canvas the output keeps. */
export interface CropAxis {
  readonly padding: number;
  readonly outputPadding: number;
}

const count = (n: number, noun: string) => `${n} ${n === 1 ? noun.slice(0, -1) : noun}`;

/**
 * What a transposed conv's output keeps of its canvas along one axis, in words: padding p crops p
 * positions at the start and p − output padding at the end; where output padding exceeds the
 * padding, the output goes on past the canvas into positions that only the bias reaches. Nothing to
 * say (undefined) when the axis has neither.
 */
export function cropWords(noun: 'rows' | 'columns', axis: CropAxis): string | undefined {
  const [start, end] = noun === 'rows' ? ['top', 'bottom'] : ['left', 'right'];
  const { padding: p, outputPadding: op } = axis;
  if (p === 0 && op === 0) return undefined;
  const atEnd = p - op;
  const endPadding = op === 0 ? `padding ${p}` : `padding ${p} − output padding ${op}`;
  const startWords = `${count(p, noun)} cropped at the ${start} (padding ${p})`;
  const endWords =
    atEnd >= 0
      ? `${atEnd} at the ${end} (${endPadding})`
      : `none at the ${end}, where output padding ${op} adds ${count(-atEnd, noun)} past the canvas that only the bias reaches`;
  return `${startWords}, ${endWords}`;
}
