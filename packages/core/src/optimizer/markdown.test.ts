import { describe, expect, it } from 'vitest';
import { optimizerMarkdown } from './markdown.js';
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
      '\\theta_{1} &= \\theta_{0} - \\varepsilon g_{1} = \\left(1,\\ 1\\right) - 0.01 \\cdot \\left(2,\\ 20\\right) = \\left(0.98,\\ 0.8\\right)',
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
    expect(md).toContain('Gaussian noise $n \\sim \\mathcal{N}(0, 0.1^2)$ from seed 9');
    expect(md).toContain('# Optimizers on $f(x) = x^{2}$');
  });
});

describe('fitViewBox', () => {
  it("keeps a preset's box and grows it to hold the start", () => {
    expect(
      fitViewBox(
        optimizerProblem({
          surface: { preset: 'bowl' },
          start: [1, 1],
          optimizers: [{ type: 'sgd', lr: 1 }],
        }),
      ),
    ).toEqual([-5, 5, -5, 5]);
    const [x0, , , y1] = fitViewBox(
      optimizerProblem({ surface: { preset: 'bowl' }, start: [-8, 9], optimizers: [{ type: 'sgd', lr: 1 }] }),
    );
    expect(x0).toBeLessThan(-8);
    expect(y1).toBeGreaterThan(9);
  });

  it('frames a typed surface around the start and the iterates, ignoring runaway points', () => {
    const problem = optimizerProblem({
      surface: { expression: '(x - 3)^2 + y^2' },
      start: [0, 0],
      optimizers: [{ type: 'sgd', lr: 1 }],
    });
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
    const [x0, x1, y0, y1] = fitViewBox(
      optimizerProblem({
        surface: { preset: 'parabola' },
        start: [1, 0],
        optimizers: [{ type: 'sgd', lr: 1 }],
      }),
    );
    expect([x0, x1]).toEqual([-2, 2]);
    expect(y0).toBeLessThan(0);
    expect(y1).toBeGreaterThan(4);
  });
});
