import { derivative } from '../activation.js';
import { formatFactor, formatText } from '../format/number.js';
import { tex, texFactor, texRows } from '../format/tex.js';
import { compute } from './compute.js';
import { layerInput } from './forward.js';
import { BACKPROP_LIMITS } from './limits.js';
import type { BackpropProblem } from './network.js';
import { unitText, weightText } from './notation.js';

/** One parameter of the network: a weight needs its column, a bias has none. */
export type ParameterRef =
  | { readonly layer: number; readonly kind: 'weight'; readonly row: number; readonly column: number }
  | { readonly layer: number; readonly kind: 'bias'; readonly row: number };

/** One factor of a chain: which partial derivative it is, and its value here. */
export interface ChainFactor {
  readonly name: string;
  readonly tex: string;
  readonly value: number;
}

/** One path from the loss down to the parameter: the unit it passes in each layer, top first. */
export interface ChainPath {
  readonly units: readonly number[];
  readonly factors: readonly ChainFactor[];
  readonly product: number;
  /**
   * The path as an answer writes it: the product of its derivatives, then on a second line their
   * values multiplied and the result, so that neither line is as wide as the two together.
   */
  readonly tex: string;
}

export interface ChainRule {
  readonly parameter: ParameterRef;
  /** Every path there is (it grows as the product of the widths above the parameter's layer). */
  readonly pathCount: number;
  /** The first BACKPROP_LIMITS.chainRulePaths of them, each written out. */
  readonly paths: readonly ChainPath[];
  /** The sum of the listed paths' products; equal to `gradient` when every path is listed. */
  readonly sum: number;
  /** dL/dparameter as backpropagation computes it: all paths summed, shared factors computed once. */
  readonly gradient: number;
  readonly learningRate: number;
  readonly value: number;
  readonly updated: number;
  readonly sentence: string;
  /** The sum of the paths, ∂L/∂parameter = … */
  readonly sumTex: string;
  /** The update, parameter ← value − η·g = … */
  readonly updateTex: string;
  /** The whole derivation: each listed path, the sum, the update, one per line. */
  readonly tex: string;
}

const partialText = (of: string, by: string) => `∂${of}/∂${by}`;
const partialTex = (of: string, by: string) => `\\frac{\\partial ${of}}{\\partial ${by}}`;

function checkParameter(problem: BackpropProblem, p: ParameterRef): void {
  const layer = problem.layers[p.layer];
  const columns = layer?.weights[0]!.length ?? 0;
  const fits =
    layer !== undefined &&
    Number.isInteger(p.row) &&
    p.row >= 0 &&
    p.row < layer.bias.length &&
    (p.kind === 'bias' || (Number.isInteger(p.column) && p.column >= 0 && p.column < columns));
  if (!fits) throw new RangeError(`no such parameter in this network: ${JSON.stringify(p)}`);
}

/**
 * The chain rule for one parameter written out path by path, as exams ask: each path from the loss down
 * to the parameter is a product of local derivatives, and the gradient is the sum over paths. Backprop
 * gets the same sum without listing paths; this shows why it is that sum.
 * Throws a RangeError for a parameter the network does not have.
 */
export function chainRule(problem: BackpropProblem, parameter: ParameterRef): ChainRule {
  checkParameter(problem, parameter);
  const computed = compute(problem);
  const { layer, row } = parameter;
  const last = problem.layers.length - 1;
  const widths = problem.layers.map((l) => l.bias.length);
  let pathCount = 1;
  for (let m = layer + 1; m <= last; m++) pathCount *= widths[m]!;
  const listed = Math.min(pathCount, BACKPROP_LIMITS.chainRulePaths);

  const paramText =
    parameter.kind === 'weight' ? weightText(layer, row, parameter.column) : unitText('b', layer, row);
  const lastFactor: ChainFactor =
    parameter.kind === 'weight'
      ? {
          name: partialText(unitText('z', layer, row), paramText),
          tex: partialTex(unitText('z', layer, row), paramText),
          value: layerInput(problem.input, computed.values, layer)[parameter.column]!,
        }
      : {
          name: partialText(unitText('z', layer, row), paramText),
          tex: partialTex(unitText('z', layer, row), paramText),
          value: 1,
        };

  const paths: ChainPath[] = [];
  for (let p = 0; p < listed; p++) {
    // One unit per layer above the parameter's, top layer first; the lowest of them varies fastest.
    const top = new Array<number>(last - layer + 1);
    top[last - layer] = row;
    let rest = p;
    for (let m = layer + 1; m <= last; m++) {
      top[last - m] = rest % widths[m]!;
      rest = Math.floor(rest / widths[m]!);
    }
    const factors: ChainFactor[] = [];
    const output = top[0]!;
    factors.push({
      name: partialText('L', unitText('a', last, output)),
      tex: partialTex('L', unitText('a', last, output)),
      value: computed.outputGradient[output]!,
    });
    for (let m = last; m >= layer; m--) {
      const u = top[last - m]!;
      factors.push({
        name: partialText(unitText('a', m, u), unitText('z', m, u)),
        tex: partialTex(unitText('a', m, u), unitText('z', m, u)),
        value: derivative(problem.layers[m]!.activation, computed.values[m]!.z[u]!),
      });
      if (m > layer) {
        const below = top[last - m + 1]!;
        factors.push({
          name: partialText(unitText('z', m, u), unitText('a', m - 1, below)),
          tex: partialTex(unitText('z', m, u), unitText('a', m - 1, below)),
          value: problem.layers[m]!.weights[u]![below]!,
        });
      }
    }
    factors.push(lastFactor);
    const product = factors.reduce((s, f) => s * f.value, 1);
    const written = texRows([
      `&${factors.map((f) => f.tex).join(' ')}`,
      `&= ${factors.map((f) => texFactor(f.value)).join('\\cdot ')} = ${tex(product)}`,
    ]);
    paths.push({ units: top, factors, product, tex: written });
  }

  const sum = paths.reduce((s, path) => s + path.product, 0);
  const gradients = computed.gradients[layer]!;
  const after = computed.updated[layer]!;
  const [gradient, value, updated] =
    parameter.kind === 'weight'
      ? [
          gradients.weights[row]![parameter.column]!,
          problem.layers[layer]!.weights[row]![parameter.column]!,
          after.weights[row]![parameter.column]!,
        ]
      : [gradients.bias[row]!, problem.layers[layer]!.bias[row]!, after.bias[row]!];
  const { learningRate } = problem;
  const complete = listed === pathCount;
  const pathsText = paths
    .map(
      (path, i) =>
        `path ${i} via ${
          path.units
            .slice(0, -1)
            .map((u, k) => unitText('a', last - k, u))
            .join(', ') || unitText('a', layer, row)
        }: ${path.factors.map((f) => formatFactor(f.value)).join('·')} = ${formatText(path.product)}`,
    )
    .join('; ');
  const sentence =
    `${partialText('L', paramText)} sums ${pathCount} path${pathCount === 1 ? '' : 's'}` +
    `${complete ? '' : ` (the first ${listed} listed)`}: ${pathsText}; ` +
    `gradient ${formatText(gradient)}; update ${formatText(value)} − ${formatFactor(learningRate)}·${formatFactor(gradient)} = ${formatText(updated)}`;
  const sumTex = `${partialTex('L', paramText)} = ${complete ? paths.map((path) => texFactor(path.product)).join(' + ') : '\\sum_{\\text{paths}} \\cdots'} = ${tex(gradient)}`;
  const updateTex = `${paramText} \\leftarrow ${tex(value)} - ${texFactor(learningRate)}\\cdot ${texFactor(gradient)} = ${tex(updated)}`;
  return {
    parameter,
    pathCount,
    paths,
    sum,
    gradient,
    learningRate,
    value,
    updated,
    sentence,
    sumTex,
    updateTex,
    tex: [...paths.map((path) => path.tex), sumTex, updateTex].join(' \\\\ '),
  };
}
