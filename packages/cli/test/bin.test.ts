import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const duke = JSON.parse(
  readFileSync(new URL('../../core/test/fixtures/duke-q9-mlp-leaky-backprop.json', import.meta.url), 'utf8'),
) as { problem: unknown };

const dlviz = (args: string[], input: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });

describe('the built dlviz binary', () => {
  it('reads standard input and prints JSON', () => {
    const result = dlviz(['solve', '-'], JSON.stringify(duke.problem));
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { loss: number }).loss).toBe(11.125);
  });

  it('exits 2 with one line per error and no stack trace', () => {
    const result = dlviz(['solve', '-'], '{"widget": "norm", "input": "x"}');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^input: /m);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
