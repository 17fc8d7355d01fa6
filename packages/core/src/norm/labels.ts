import type { Grouping } from './grouping.js';
import { coordsOf } from './tensor.js';

const words: Record<string, string> = {
  N: 'example',
  B: 'example',
  T: 'token',
  C: 'channel',
  D: 'feature',
  G: 'group',
};

/** A group's name in prose, zero-based like PyTorch: "example 0, group 1", "channel 2". */
export function groupLabel(g: Grouping, index: number): string {
  const coords = coordsOf(g.groupShape, index);
  return g.groupAxes.map((axis, a) => `${words[axis]} ${coords[a]}`).join(', ');
}

/** A cell's name: `x[0, 2, 1, 1]`. */
export function cellLabel(coords: readonly number[]): string {
  return `x[${coords.join(', ')}]`;
}
