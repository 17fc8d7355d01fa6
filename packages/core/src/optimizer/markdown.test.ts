import { describe, expect, it } from 'vitest';
import { optimizerMarkdown } from './markdown.js';
import type { OptimizerProblemJson } from './presets.js';
import { optimizerProblem } from './test-problem.testing.js';
import { fitViewBox } from './view-box.js';

describe('optimizerMarkdown', () => {
  it('writes the first updates in full, a table of iterates and a summary', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { preset: 'ellipse' },
        start: [1, 1],
        steps: 40,
        optimizers: [
          { type: 'sgd', lr: 0.01 },
          { type: 'momentum', lr: 0.01 },
        ],
      }),
    );
    expect(md).toContain('# Optimizers on $f(x, y) = x^{2} + 10 \\cdot y^{2}$');
    expect(md).toContain('## 1. SGD ($\\varepsilon = 0.01$)');
    expect(md).toContain('## 2. Momentum ($\\varepsilon = 0.01$, $\\alpha = 0.9$)');
    expect(md).toContain(
      '\\theta_{1} &= \\theta_{0} - \\varepsilon g_{1} = \\left(1,\\ 1\\right) - 0.01 \\cdot \\left(2,\\ 20\\right) \\\\ &= \\left(0.98,\\ 0.8\\right)',
    );
    expect(md).toContain('Updates 4 to 40 follow the same rule');
    expect(md).toContain('| 40 |');
    expect(md).toContain('## Summary');
  });

  it('says where a run diverged and which noise it had', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { expression: 'x^2' },
        start: [1, 0],
        steps: 1000,
        noise: { sigma: 0.1, seed: 9 },
        optimizers: [{ type: 'sgd', lr: 3 }],
      }),
    );
    expect(md).toMatch(/\*\*Diverged\*\* at update \d+/);
    expect(md).toContain(
      'Gaussian noise $n \\sim \\mathcal{N}(0, \\sigma^2)$ with $\\sigma = 0.1$, from seed 9',
    );
    expect(md).toContain('# Optimizers on $f(x) = x^{2}$');
  });

  it('says a run stopped where its gradient is undefined, not that it diverged', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { expression: 'sqrt(x^2+y^2)' },
        start: [0, 0],
        steps: 10,
        optimizers: [{ type: 'sgd', lr: 0.1 }],
      }),
    );
    expect(md).toContain('**Stopped** at update 1: the gradient at $\\theta_{0} = ');
    expect(md).toContain('stopped (gradient undefined) at update 1');
    expect(md).not.toMatch(/diverged/i);
  });
});

/** The table's rows as [t, θ_t] in the order listed. */
function tableRows(md: string): [number, string][] {
  return [...md.matchAll(/^\| (\d+) \| \$([^$]+)\$ \|/gm)].map((m) => [Number(m[1]), m[2]!]);
}

describe('optimizerMarkdown iterate table', () => {
  it('lists a short run whole, so a flip at every update shows', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { preset: 'absolute' },
        start: [1, 0],
        steps: 20,
        optimizers: [{ type: 'sgd', lr: 1.5 }],
      }),
    );
    const rows = tableRows(md);
    expect(rows.map(([t]) => t)).toEqual(Array.from({ length: 21 }, (_, t) => t));
    expect(rows.map(([, x]) => x)).toEqual(Array.from({ length: 21 }, (_, t) => (t % 2 ? '-0.5' : '1')));
    expect(md).toContain('Updates 4 to 20 follow the same rule; the table lists every step.');
  });

  it('samples a long period-2 run in pairs t, t + 1, keeping it short and saying so', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { expression: 'x^2' },
        start: [1, 0],
        steps: 1000,
        optimizers: [{ type: 'sgd', lr: 1 }],
      }),
    );
    const rows = tableRows(md);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeLessThanOrEqual(24);
    expect(rows.at(-1)).toEqual([1000, '1']);
    // Every listed step after the first ones sits next to its neighbour, so both signs appear.
    const after = rows.filter(([t]) => t > 3);
    for (const [t, x] of after) expect(x).toBe(t % 2 ? '-1' : '1');
    for (const [t] of after) expect(after.some(([u]) => Math.abs(u - t) === 1)).toBe(true);
    expect(new Set(after.map(([, x]) => x))).toEqual(new Set(['1', '-1']));
    expect(md).toContain(
      'Updates 4 to 1000 follow the same rule; the table lists steps 0 to 3, then pairs of consecutive steps $t$ and $t + 1$',
    );
  });
});

describe('optimizerMarkdown wording', () => {
  it('counts a single update in the singular', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { expression: 'x^2' },
        start: [1, 0],
        steps: 1,
        optimizers: [{ type: 'sgd', lr: 0.1 }],
      }),
    );
    expect(md).toContain('and makes 1 update;');
    expect(md).toContain('**After 1 update:**');
    expect(md).not.toMatch(/\b1 updates/);
  });

  it('parenthesises negative factors, folds added negatives and brackets a 1-D argument', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { expression: 'x^2' },
        start: [1.8, 0],
        steps: 2,
        optimizers: [{ type: 'nesterov', lr: 0.1, momentum: 0.9 }],
      }),
    );
    expect(md).toContain('= \\nabla f(1.116) \\\\ &= 2.232');
    expect(md).toContain('= 0.9 \\cdot (-0.36) - 0.1 \\cdot 2.232 \\\\ &= -0.5472');
    expect(md).toContain('= 1.44 - 0.5472 \\\\ &= 0.8928');
    expect(md).not.toMatch(/\\cdot -|\+ -/);
  });

  it('writes large magnitudes in TeX, not as 1e20', () => {
    const md = optimizerMarkdown(
      optimizerProblem({
        surface: { expression: 'x^4' },
        start: [1e5, 0],
        steps: 2,
        optimizers: [{ type: 'sgd', lr: 0.1 }],
      }),
    );
    expect(md).toContain('with $f(\\theta_0) = 10^{20}$');
    expect(md).toContain('| 0 | $100000$ | $10^{20}$ |');
    expect(md).not.toMatch(/\de\d/);
  });
});

describe('fitViewBox', () => {
  /** One SGD run of step `lr` on `surface` from `start`: the race fitViewBox frames. */
  const sgdRace = (surface: OptimizerProblemJson['surface'], start: [number, number], lr = 1) =>
    optimizerProblem({ surface, start, optimizers: [{ type: 'sgd', lr }] });

  it("keeps a preset's box and grows it to hold the start", () => {
    expect(fitViewBox(sgdRace({ preset: 'bowl' }, [1, 1]))).toEqual([-5, 5, -5, 5]);
    const [x0, , , y1] = fitViewBox(sgdRace({ preset: 'bowl' }, [-8, 9]));
    expect(x0).toBeLessThan(-8);
    expect(y1).toBeGreaterThan(9);
  });

  it('frames a typed surface around the start and the iterates, ignoring runaway points', () => {
    const problem = sgdRace({ expression: '(x - 3)^2 + y^2' }, [0, 0]);
    const [x0, x1, y0, y1] = fitViewBox(problem, [
      [3, 0],
      [1e300, 0],
    ]);
    expect(x0).toBeLessThan(0);
    expect(x1).toBeGreaterThan(3);
    expect(x1).toBeLessThan(10);
    expect(y0).toBeLessThan(0);
    expect(y1).toBeGreaterThan(0);
  });

  it('uses the loss range as the y range of a 1-D curve', () => {
    const [, , y0, y1] = fitViewBox(sgdRace({ preset: 'parabola' }, [1, 0]), [[-1, 0]]);
    expect(y0).toBeLessThan(0);
    expect(y1).toBeGreaterThan(1);
  });

  it('frames a preset curve around its iterates and its minimum, not its whole box', () => {
    // |x| from 0.1 with step 0.5 bounces between 0.1 and −0.4: a span of 0.5, framed as one unit.
    const problem = sgdRace({ preset: 'absolute' }, [0.1, 0], 0.5);
    const [x0, x1] = fitViewBox(problem, [
      [-0.4, 0],
      [0.1, 0],
    ]);
    expect(x0).toBeCloseTo(-0.8, 9);
    expect(x1).toBeCloseTo(0.5, 9);
    // The minimum at 0 is in the frame even where the iterates stay on one side of it.
    const [from, to] = fitViewBox({ ...problem, start: [3, 0] }, [[2, 0]]);
    expect(from).toBeLessThan(0);
    expect(to).toBeGreaterThan(3);
  });
});
