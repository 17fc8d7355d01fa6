import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { mismatches } from '../../core/test/close.js';

const fixtures = new URL('../../core/test/fixtures/', import.meta.url);
const cases = readdirSync(fixtures)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      JSON.parse(readFileSync(new URL(name, fixtures), 'utf8')) as {
        name: string;
        problem: { widget: string };
        expected: unknown;
      },
  );

const from = (text: string) => async () => text;

describe('dlviz solve', () => {
  it.each(cases.map((c) => [c.name, c]))(
    'solves %s as PyTorch does',
    async (_name, { problem, expected }) => {
      const { code, stdout, stderr } = await run(['solve', 'case.json'], from(JSON.stringify(problem)));
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(mismatches(expected, JSON.parse(stdout), problem.widget === 'optimizer' ? 1e-6 : 1e-9)).toEqual(
        [],
      );
    },
  );

  it.each(cases.map((c) => [c.name, c]))('writes a worked answer for %s', async (_name, { problem }) => {
    const { code, stdout } = await run(['solve', '-', '--format', 'markdown'], from(JSON.stringify(problem)));
    expect(code).toBe(0);
    // One title, then its sections; display math a block of its own, as Markdown renderers need it.
    expect(stdout).toMatch(/^# /);
    for (const block of stdout.split(/\n\s*\n/))
      if (block.includes('$$')) expect(block.trim()).toMatch(/^\$\$[^$]+\$\$$/);
    expect(stdout).not.toMatch(/NaN|undefined|\[object Object\]/);
  });

  it('reports every validation error on its own line with its path, and nothing on stdout', async () => {
    const problem = { widget: 'conv', input: [[[1, 2]]], kernels: [[[[1], [2, 3]]]], paddding: 1 };
    const { code, stdout, stderr } = await run(['solve', 'p.json'], from(JSON.stringify(problem)));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.startsWith('paddding: unknown key (did you mean "padding"?)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('kernels[0][0][1]:'))).toBe(true);
  });

  it('names the line and column of a JSON syntax error', async () => {
    const { code, stderr } = await run(
      ['solve', 'p.json'],
      from('{\n  "widget": "conv",\n  "input": [1,, 2]\n}'),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^problem: not valid JSON at line 3, column 15/);
  });

  it('says when a file cannot be read', async () => {
    const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    const { code, stderr } = await run(['solve', 'nope.json'], () => Promise.reject(missing));
    expect(code).toBe(2);
    expect(stderr).toBe('dlviz: cannot read nope.json: no such file\n');
  });

  it('explains usage mistakes and prints help', async () => {
    expect((await run(['solve', 'a', '--format', 'html'], from(''))).stderr).toMatch(
      /--format takes json or markdown/,
    );
    expect((await run(['solve'], from(''))).code).toBe(2);
    expect((await run(['frobnicate'], from(''))).stderr).toMatch(/unknown command/);
    const helpText = await run(['--help'], from(''));
    expect(helpText.code).toBe(0);
    expect(helpText.stdout).toMatch(/dlviz solve FILE/);
  });
});
