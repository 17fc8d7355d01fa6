import type { BackpropProblem, BackpropTrace } from '@dlviz/core';
import { shown } from './labels.js';
import { HALO, halfWidth, RADIUS, shapeHalfWidth, type NodeKind } from './layout.js';
import { localText, nodeTexts } from './node-texts.js';
import type { Reveal } from './reveal.js';

/** How much room the drawing's texts need, for the layout to space its columns by them. */
export interface TextRoom {
  /** Each layer's longest weight label line, in characters: its longest number after a two-character prefix. */
  readonly weightChars: readonly number[];
  /**
   * How far a column's widest node with all its texts reaches either side of its center, in px (the
   * loss's texts start at its box's left side).
   */
  readonly half: (kind: NodeKind, layer: number) => number;
  /** Half the width of a layer's widest local-derivative label with its halo, in px (graph view). */
  readonly local: (layer: number) => number;
}

/** The room the texts of one problem and its trace need; `widths` as in the layout. */
export function textRoom(
  problem: BackpropProblem,
  trace: BackpropTrace,
  reveal: Reveal,
  widths: readonly number[],
): TextRoom {
  const { gradients, updated } = trace.computation;
  const units = (kind: NodeKind, layer: number) =>
    kind === 'loss' ? 1 : kind === 'input' ? widths[0]! : widths[layer + 1]!;
  // A value fits inside its node (see valueSize): the texts above and below are what can be wider.
  const measured = new Map<string, number>();
  const measure = (kind: NodeKind, layer: number) => {
    const key = `${kind}:${layer}`;
    let half = measured.get(key);
    if (half === undefined) {
      const shape = shapeHalfWidth(kind, RADIUS);
      half = shape;
      for (let unit = 0; unit < units(kind, layer); unit++) {
        const texts = nodeTexts(problem, trace, reveal, kind, layer, unit);
        for (const line of [texts.above, ...texts.below.map((below) => below.text)]) {
          const width = 2 * halfWidth(line.length);
          half = Math.max(half, kind === 'loss' ? width - shape : width / 2);
        }
      }
      measured.set(key, half);
    }
    return half;
  };
  return {
    weightChars: problem.layers.map(
      (layer, l) =>
        2 +
        Math.max(
          ...[layer.weights, gradients[l]!.weights, updated[l]!.weights].flat(2).map((v) => shown(v).length),
        ),
    ),
    half: measure,
    local: (layer) =>
      HALO +
      Math.max(
        ...Array.from({ length: widths[layer + 1]! }, (_, unit) =>
          halfWidth(localText(problem, trace, layer, unit).length),
        ),
      ),
  };
}
