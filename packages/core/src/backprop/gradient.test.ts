import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activation } from '../activation.js';
import { expectClose } from '../../test/close.js';
import { forward } from './forward.js';
import { lossValue, type Loss } from './loss.js';
import type { BackpropProblem, Layer } from './network.js';
import { solveBackprop } from './solve.js';

const smooth: Activation[] = [
  { type: 'identity' },
  { type: 'sigmoid' },
  { type: 'tanh' },
  { type: 'softplus', beta: 1 },
  { type: 'softplus', beta: 2 },
];
const kinked: Activation[] = [{ type: 'relu' }, { type: 'leakyRelu', alpha: 0.1 }, ...smooth];

const value = fc.double({ min: -2, max: 2, noNaN: true });
const vector = (n: number, arb = value) => fc.array(arb, { minLength: n, maxLength: n });

const losses = fc.constantFrom<Loss>(
  { type: 'mse', reduction: 'mean' },
  { type: 'mse', reduction: 'sum' },
  { type: 'mse', reduction: 'halfSum' },
  { type: 'crossEntropy' },
  { type: 'bce', positiveWeight: 1, negativeWeight: 1 },
  { type: 'bce', positiveWeight: 3, negativeWeight: 0.5 },
);

/** Random small networks with every loss; bce gets a sigmoid output and probabilities as targets. */
function problems(activations: Activation[]): fc.Arbitrary<BackpropProblem> {
  return fc
    .record({
      widths: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
      loss: losses,
    })
    .chain(({ widths, loss }) => {
      const outputs = widths[widths.length - 1]!;
      const layers = widths.slice(1).map((units, l) =>
        fc.record({
          weights: fc.array(vector(widths[l]!), { minLength: units, maxLength: units }),
          bias: vector(units),
          activation: fc.constantFrom(...activations),
        }),
      );
      const target =
        loss.type === 'crossEntropy'
          ? vector(outputs, fc.double({ min: 0.01, max: 1, noNaN: true })).map((t) => {
              const sum = t.reduce((s, v) => s + v, 0);
              return t.map((v) => v / sum);
            })
          : loss.type === 'bce'
            ? vector(outputs, fc.double({ min: 0, max: 1, noNaN: true }))
            : vector(outputs);
      return fc.record({
        widget: fc.constant('backprop' as const),
        input: vector(widths[0]!),
        target,
        layers: fc
          .tuple(...layers)
          .map((ls): Layer[] =>
            loss.type === 'bce'
              ? ls.map((l, i) => (i === ls.length - 1 ? { ...l, activation: { type: 'sigmoid' } } : l))
              : ls,
          ),
        loss: fc.constant(loss),
        learningRate: fc.double({ min: 0, max: 1, noNaN: true }),
      });
    });
}

const lossOf = (problem: BackpropProblem, layers: Layer[]) =>
  lossValue(problem.loss, forward(layers, problem.input).at(-1)!.a, problem.target);

/** Central differences of the loss in every weight and bias, in the layout of the gradients. */
function finiteDifferences(problem: BackpropProblem, h = 1e-6) {
  const nudged = (l: number, change: (layer: Layer) => Layer, sign: number) =>
    lossOf(
      problem,
      problem.layers.map((layer, i) => (i === l ? change(layer) : layer)),
    ) * sign;
  return problem.layers.map((layer, l) => ({
    weights: layer.weights.map((row, j) =>
      row.map((_, i) => {
        const at = (d: number) => (x: Layer) => ({
          ...x,
          weights: x.weights.map((r, jj) => r.map((w, ii) => (jj === j && ii === i ? w + d : w))),
        });
        return (nudged(l, at(h), 1) + nudged(l, at(-h), -1)) / (2 * h);
      }),
    ),
    bias: layer.bias.map((_, j) => {
      const at = (d: number) => (x: Layer) => ({ ...x, bias: x.bias.map((b, jj) => (jj === j ? b + d : b)) });
      return (nudged(l, at(h), 1) + nudged(l, at(-h), -1)) / (2 * h);
    }),
  }));
}

/** Smallest |z| anywhere: finite differences straddle a kink when a perturbation can cross zero. */
const nearestKink = (problem: BackpropProblem) =>
  Math.min(...forward(problem.layers, problem.input).flatMap(({ z }) => z.map(Math.abs)));

/**
 * Whether a BCE output is within 10⁻³ of 0 or 1. There −log(1 − o) or −log(o) turns the rounding of
 * o into an error ε/(1 − o) in the loss, which central differences divide by 2h: with h = 10⁻⁶ they
 * lose the digits the comparison asks for, while the analytic gradient (o − t, scaled) keeps them.
 */
const saturatedBce = (problem: BackpropProblem) =>
  problem.loss.type === 'bce' &&
  forward(problem.layers, problem.input)
    .at(-1)!
    .a.some((o) => Math.min(o, 1 - o) < 1e-3);

describe('gradients', () => {
  it('agree with central finite differences for smooth activations and every loss', () => {
    fc.assert(
      fc.property(problems(smooth), (problem) => {
        // Such draws test the finite differences' rounding, not the gradients (see saturatedBce).
        if (saturatedBce(problem)) return;
        expectClose(solveBackprop(problem).gradients, finiteDifferences(problem), 1e-6);
      }),
      { numRuns: 100 },
    );
  });

  it('agree with finite differences for relu and leaky relu away from their kinks', () => {
    fc.assert(
      fc.property(problems(kinked), (problem) => {
        // Near a kink finite differences straddle it and disagree by design; such draws prove nothing.
        if (nearestKink(problem) <= 1e-3 || saturatedBce(problem)) return;
        expectClose(solveBackprop(problem).gradients, finiteDifferences(problem), 1e-6);
      }),
      { numRuns: 100 },
    );
  });

  it('update every parameter to p − lr·g', () => {
    fc.assert(
      fc.property(problems(kinked), (problem) => {
        const { gradients, updated } = solveBackprop(problem);
        problem.layers.forEach((layer, l) => {
          layer.weights.forEach((row, j) =>
            row.forEach((w, i) =>
              expect(updated[l]!.weights[j]![i]).toBe(
                w - problem.learningRate * gradients[l]!.weights[j]![i]!,
              ),
            ),
          );
          layer.bias.forEach((b, j) =>
            expect(updated[l]!.bias[j]).toBe(b - problem.learningRate * gradients[l]!.bias[j]!),
          );
        });
      }),
      { numRuns: 100 },
    );
  });

  it('of one identity layer with mse are the linear-regression gradient (2/n)(Wx + b − t)xᵀ', () => {
    const regression = fc
      .record({ inputs: fc.integer({ min: 1, max: 4 }), outputs: fc.integer({ min: 1, max: 4 }) })
      .chain(({ inputs, outputs }) =>
        fc.record({
          x: vector(inputs),
          t: vector(outputs),
          W: fc.array(vector(inputs), { minLength: outputs, maxLength: outputs }),
          b: vector(outputs),
        }),
      );
    fc.assert(
      fc.property(regression, ({ x, t, W, b }) => {
        const problem: BackpropProblem = {
          widget: 'backprop',
          input: x,
          target: t,
          layers: [{ weights: W, bias: b, activation: { type: 'identity' } }],
          loss: { type: 'mse', reduction: 'mean' },
          learningRate: 0.1,
        };
        const residual = W.map((row, j) => row.reduce((s, w, i) => s + w * x[i]!, b[j]!) - t[j]!);
        const n = t.length;
        expectClose(
          solveBackprop(problem).gradients[0],
          {
            weights: residual.map((r) => x.map((xi) => ((2 * r) / n) * xi)),
            bias: residual.map((r) => (2 * r) / n),
          },
          1e-12,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('of stacked identity layers match the collapsed linear map W₂W₁x + W₂b₁ + b₂', () => {
    fc.assert(
      fc.property(
        vector(2),
        vector(2),
        vector(2),
        vector(2),
        vector(2),
        vector(2),
        ([x0, x1], r0, r1, b1, s, [b2]) => {
          const W1 = [r0, r1];
          const problem: BackpropProblem = {
            widget: 'backprop',
            input: [x0!, x1!],
            target: [0],
            layers: [
              { weights: W1, bias: b1, activation: { type: 'identity' } },
              { weights: [s], bias: [b2!], activation: { type: 'identity' } },
            ],
            loss: { type: 'mse', reduction: 'halfSum' },
            learningRate: 0.1,
          };
          const h = W1.map((row, j) => row[0]! * x0! + row[1]! * x1! + b1[j]!);
          const o = s[0]! * h[0]! + s[1]! * h[1]! + b2!;
          const solution = solveBackprop(problem);
          expect(solution.output[0]).toBeCloseTo(o, 12);
          // For the first layer, the regression's residual o − t arrives scaled by the second layer's weights.
          expectClose(
            solution.gradients[0]!.weights,
            W1.map((_, j) => [o * s[j]! * x0!, o * s[j]! * x1!]),
            1e-12,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
