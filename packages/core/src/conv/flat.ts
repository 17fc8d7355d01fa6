/**
 * Nested arrays in and out of flat Float64Arrays (row-major, last index fastest): the solver's inner
 * loops run on flat memory, the problem and the solution stay plain JSON.
 */
import type { Maps } from './problem.js';

type Nested = number | readonly Nested[];

export function flatten(data: Nested, length: number): Float64Array {
  const flat = new Float64Array(length);
  let at = 0;
  const walk = (v: Nested): void => {
    if (typeof v === 'number') flat[at++] = v;
    else for (const item of v) walk(item);
  };
  walk(data);
  return flat;
}

/** [channels][rows][columns] from a flat map stack. */
export function nestMaps(flat: Float64Array, channels: number, rows: number, columns: number): Maps {
  const maps: Maps = [];
  for (let c = 0, at = 0; c < channels; c++) {
    const map: number[][] = [];
    for (let r = 0; r < rows; r++) {
      const row = new Array<number>(columns);
      for (let j = 0; j < columns; j++) row[j] = flat[at++]!;
      map.push(row);
    }
    maps.push(map);
  }
  return maps;
}
