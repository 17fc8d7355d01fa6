import type { BackpropParameterRef, BackpropProblem } from '@dlviz/core';

/** Every weight and bias, row by row as PyTorch stores them, each with the key the list uses. */
export function allParameters(problem: BackpropProblem): { key: string; parameter: BackpropParameterRef }[] {
  const list: { key: string; parameter: BackpropParameterRef }[] = [];
  problem.layers.forEach((layer, l) => {
    layer.weights.forEach((row, j) => {
      row.forEach((_, i) =>
        list.push({
          key: parameterKey({ layer: l, kind: 'weight', row: j, column: i }),
          parameter: { layer: l, kind: 'weight', row: j, column: i },
        }),
      );
      list.push({
        key: parameterKey({ layer: l, kind: 'bias', row: j }),
        parameter: { layer: l, kind: 'bias', row: j },
      });
    });
  });
  return list;
}

export function parameterKey(p: BackpropParameterRef): string {
  return p.kind === 'weight' ? `w:${p.layer}:${p.row}:${p.column}` : `b:${p.layer}:${p.row}`;
}

/** Whether the network (after an edit shrank it) still has the parameter. */
export function hasParameter(problem: BackpropProblem, p: BackpropParameterRef): boolean {
  const layer = problem.layers[p.layer];
  if (!layer || p.row >= layer.bias.length) return false;
  return p.kind === 'bias' || p.column < layer.weights[0]!.length;
}
