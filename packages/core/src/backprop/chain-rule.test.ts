import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainRule, type ParameterRef } from './chain-rule.js';
import { initializeLayers } from './initialize.js';
import { BACKPROP_LIMITS } from './limits.js';
import type { BackpropProblem } from './network.js';
import { backpropPresets } from './presets.js';

const preset = (id: string) => backpropPresets.find((p) => p.id === id)!.problem;
const duke = preset('duke-q9-leaky-mlp');

describe('chainRule', () => {
  it('sums the two paths to the Duke Q9 first-layer weight, as the answer key does', () => {
    const rule = chainRule(duke, { layer: 0, kind: 'weight', row: 1, column: 0 });
    expect(rule.pathCount).toBe(2);
    expect(rule.paths.map((p) => p.units)).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(rule.paths[0]!.factors.map((f) => [f.name, f.value])).toEqual([
      ['∂L/∂a[1][0]', -2.5],
      ['∂a[1][0]/∂z[1][0]', 1],
      ['∂z[1][0]/∂a[0][1]', 2],
      ['∂a[0][1]/∂z[0][1]', 1],
      ['∂z[0][1]/∂W[0][1][0]', 1],
    ]);
    expect(rule.paths.map((p) => p.product)).toEqual([-5, 1]);
    expect([rule.sum, rule.gradient, rule.updated]).toEqual([-4, -4, 0.9]);
    expect(rule.sentence).toBe(
      '∂L/∂W[0][1][0] sums 2 paths: path 0 via a[1][0]: (−2.5)·1·2·1·1 = −5; path 1 via a[1][1]: (−4)·0.5·(−0.5)·1·1 = 1; gradient −4; update 0.5 − 0.1·(−4) = 0.9',
    );
    expect(rule.sumTex).toBe('\\frac{\\partial L}{\\partial W[0][1][0]} = (-5) + 1 = -4');
    expect(rule.updateTex).toBe('W[0][1][0] \\leftarrow 0.5 - 0.1\\cdot (-4) = 0.9');
    // Each path on two lines: its derivatives, then their values and the product.
    expect(rule.paths[0]!.tex).toMatch(
      /^\\begin\{aligned\} &\\frac\{\\partial L\}\{\\partial a\[1\]\[0\]\} .* \\\\ &= \(-2\.5\)\\cdot 1\\cdot 2\\cdot 1\\cdot 1 = -5 \\end\{aligned\}$/,
    );
    expect(rule.tex).toBe([...rule.paths.map((p) => p.tex), rule.sumTex, rule.updateTex].join(' \\\\ '));
  });

  it('has one path to a last-layer weight (Duke Q9 (c) and (d)) and to a bias', () => {
    const c = chainRule(duke, { layer: 1, kind: 'weight', row: 0, column: 1 });
    expect([c.pathCount, c.gradient, c.updated]).toEqual([1, -5, 2.5]);
    const d = chainRule(duke, { layer: 1, kind: 'weight', row: 1, column: 1 });
    expect([d.pathCount, d.gradient]).toEqual([1, -4]);
    expect(d.updated).toBeCloseTo(-0.1, 15);
    const bias = chainRule(duke, { layer: 0, kind: 'bias', row: 2 });
    expect(bias.paths[0]!.factors.at(-1)).toEqual({
      name: '∂z[0][2]/∂b[0][2]',
      tex: '\\frac{\\partial z[0][2]}{\\partial b[0][2]}',
      value: 1,
    });
    expect(bias.gradient).toBe(2.75);
  });

  it('sums paths to the backprop gradient on random networks', () => {
    const shapes = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(
        shapes,
        fc.integer({ min: 0, max: 1000 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (widths, seed, a, b, c) => {
          const blank = widths.slice(1).map((units, l) => ({
            weights: Array.from({ length: units }, () => new Array<number>(widths[l]!).fill(0)),
            bias: new Array<number>(units).fill(0),
            activation: { type: 'tanh' } as const,
          }));
          const problem: BackpropProblem = {
            widget: 'backprop',
            input: new Array<number>(widths[0]!).fill(0.7),
            target: new Array<number>(widths.at(-1)!).fill(0.3),
            layers: initializeLayers(blank, { type: 'xavier', seed }).map((l) => ({
              ...l,
              bias: l.bias.map(() => 0.1),
            })),
            loss: { type: 'mse', reduction: 'mean' },
            learningRate: 0.1,
          };
          const layer = a % problem.layers.length;
          const row = b % problem.layers[layer]!.bias.length;
          const parameter: ParameterRef = { layer, kind: 'weight', row, column: c % widths[layer]! };
          const rule = chainRule(problem, parameter);
          expect(rule.paths).toHaveLength(rule.pathCount);
          expect(Math.abs(rule.sum - rule.gradient)).toBeLessThanOrEqual(
            1e-12 * (1 + Math.abs(rule.gradient)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('lists only the first paths of a wide deep network, saying how many there are', () => {
    const layers = Array.from({ length: 5 }, () => ({
      weights: Array.from({ length: 6 }, () => new Array<number>(6).fill(0.1)),
      bias: new Array<number>(6).fill(0),
      activation: { type: 'sigmoid' } as const,
    }));
    const problem: BackpropProblem = {
      ...duke,
      input: new Array<number>(6).fill(1),
      target: new Array<number>(6).fill(0),
      layers,
    };
    const rule = chainRule(problem, { layer: 0, kind: 'bias', row: 0 });
    expect(rule.pathCount).toBe(6 ** 4);
    expect(rule.paths).toHaveLength(BACKPROP_LIMITS.chainRulePaths);
    expect(rule.sentence).toContain(`sums 1296 paths (the first ${BACKPROP_LIMITS.chainRulePaths} listed)`);
  });

  it('refuses a parameter the network does not have', () => {
    expect(() => chainRule(duke, { layer: 2, kind: 'bias', row: 0 })).toThrow(RangeError);
    expect(() => chainRule(duke, { layer: 0, kind: 'weight', row: 0, column: 2 })).toThrow(RangeError);
    expect(() => chainRule(duke, { layer: 1, kind: 'bias', row: -1 })).toThrow(RangeError);
  });
});
