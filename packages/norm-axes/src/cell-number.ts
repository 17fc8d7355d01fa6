import { formatText } from '@dlviz/core';

/** A value as a cell of the tensor block writes it: three significant digits; the cell panel has them all. */
export const cellNumber = (value: number): string => formatText(value, 3);

/** The longest of the values as the cells write them, over every array given (the input and the output). */
export function widestNumber(arrays: readonly ArrayLike<number>[]): string {
  let widest = '';
  for (const values of arrays)
    for (let i = 0; i < values.length; i++) {
      const text = cellNumber(values[i]!);
      if (text.length > widest.length) widest = text;
    }
  return widest;
}
