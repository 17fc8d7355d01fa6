import type { Expr, FunctionName } from './ast.js';
import { sigmoid } from './functions.js';

/**
 * out[i] = name(u[i]) for the expression language's functions. A loop per function: calling the
 * function through a variable would be one call site for all of them, whose results V8 boxes.
 */
function applyFunction(name: FunctionName, u: Float64Array, out: Float64Array): void {
  const n = out.length;
  switch (name) {
    case 'abs':
      for (let i = 0; i < n; i++) out[i] = Math.abs(u[i]!);
      return;
    case 'sqrt':
      for (let i = 0; i < n; i++) out[i] = Math.sqrt(u[i]!);
      return;
    case 'exp':
      for (let i = 0; i < n; i++) out[i] = Math.exp(u[i]!);
      return;
    case 'log':
      for (let i = 0; i < n; i++) out[i] = Math.log(u[i]!);
      return;
    case 'sin':
      for (let i = 0; i < n; i++) out[i] = Math.sin(u[i]!);
      return;
    case 'cos':
      for (let i = 0; i < n; i++) out[i] = Math.cos(u[i]!);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) out[i] = Math.tanh(u[i]!);
      return;
    case 'sigmoid':
      for (let i = 0; i < n; i++) out[i] = sigmoid(u[i]!);
      return;
  }
}

/** A node evaluated along one row of a grid (fixed x samples, one y): its own buffer, refilled per call. */
export type RowProgram = (y: number) => Float64Array;

/**
 * f along a row of x samples at any y, a whole row per node at a time, with the same arithmetic in
 * the same order as the core's compiled closures (so the same values). For a contour grid this is
 * several times faster than a closure call per point: the closures of a tree call each other
 * through call sites that see every kind of node, which returns every intermediate number boxed on
 * the heap, 40 000 points × every node of garbage per grid; here the loops run over typed arrays.
 */
export function rowProgram(node: Expr, xs: Float64Array): RowProgram {
  const n = xs.length;
  const out = new Float64Array(n);
  switch (node.kind) {
    case 'number': {
      out.fill(node.value);
      return () => out;
    }
    case 'variable':
      return node.name === 'x' ? () => xs : (y) => out.fill(y);
    case 'negate': {
      const a = rowProgram(node.operand, xs);
      return (y) => {
        const u = a(y);
        for (let i = 0; i < n; i++) out[i] = -u[i]!;
        return out;
      };
    }
    case 'call': {
      const a = rowProgram(node.argument, xs);
      const name = node.name;
      return (y) => {
        applyFunction(name, a(y), out);
        return out;
      };
    }
    case 'binary': {
      const a = rowProgram(node.left, xs);
      const b = rowProgram(node.right, xs);
      const operator = node.operator;
      // The operator chosen once per row, so each loop is plain arithmetic.
      return (y) => {
        const u = a(y);
        const v = b(y);
        if (operator === '+') for (let i = 0; i < n; i++) out[i] = u[i]! + v[i]!;
        else if (operator === '-') for (let i = 0; i < n; i++) out[i] = u[i]! - v[i]!;
        else if (operator === '*') for (let i = 0; i < n; i++) out[i] = u[i]! * v[i]!;
        else if (operator === '/') for (let i = 0; i < n; i++) out[i] = u[i]! / v[i]!;
        else for (let i = 0; i < n; i++) out[i] = Math.pow(u[i]!, v[i]!);
        return out;
      };
    }
  }
}
