import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { normMarkdown } from './markdown.js';
import { normPresets } from './presets.js';
import { readNorm } from './read.js';
import { solveNorm } from './solve.js';

describe('normPresets', () => {
  it('have unique ids', () => {
    expect(new Set(normPresets.map((p) => p.id)).size).toBe(normPresets.length);
  });

  it.each(normPresets.map((p) => [p.id, p]))('%s validates, solves and explains', (_id, preset) => {
    const c = new Checker();
    const problem = readNorm(c, preset.problem);
    expect(c.issues).toEqual([]);
    const solution = solveNorm(problem!);
    expect(JSON.stringify(solution)).not.toMatch(/null|NaN/);
    expect(normMarkdown(problem!)).toContain('## Results');
    expect(preset.description.length).toBeGreaterThan(20);
  });

  it('collapse the one-example batch to beta', () => {
    const c = new Checker();
    const problem = readNorm(c, normPresets.find((p) => p.id === 'single-example-batch')!.problem)!;
    expect(solveNorm(problem).output).toEqual([problem.beta]);
  });
});
