import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { solve, validate } from '../src/index.js';
import { expectClose } from './close.js';

const folder = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
        name: string;
        problem: { widget: string };
        expected: unknown;
      },
  );

describe('PyTorch golden cases', () => {
  it('covers every problem type', () => {
    expect(new Set(cases.map((c) => c.problem.widget))).toEqual(
      new Set(['conv', 'backprop', 'optimizer', 'norm']),
    );
  });

  it.each(cases.map((c) => [c.name, c]))('%s', (_name, { problem, expected }) => {
    const checked = validate(problem);
    if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expectClose(solve(checked.value), expected, problem.widget === 'optimizer' ? 1e-6 : 1e-9);
  });
});
