import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { convCellTex, convMarkdown } from './markdown.js';
import { convPresets } from './presets.js';
import { readConv } from './read.js';

function answer(id: string): string {
  const c = new Checker();
  const problem = readConv(c, convPresets.find((p) => p.id === id)!.problem);
  if (!problem) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return convMarkdown(problem);
}

describe('the conv answer’s notation', () => {
  // Two input channels: each step braces its per-channel sums with `c=…`.
  const md = answer('duke-q8-maxpool');

  it('writes the cell formula as a block of its own, after the sentence that introduces it', () => {
    expect(md).toContain(`taps reaching into the padding read 0:\n\n$$${convCellTex}$$\n\n`);
  });

  it('keeps c for the input channel, in the formula and in every step’s braces', () => {
    expect(convCellTex).toContain('\\sum_{c}');
    expect(convCellTex).toContain('X_{c}\\left(');
    expect(convCellTex).toContain('K_{f,c}(u,v)');
    expect(md).toContain('}_{c=0:\\ ');
    // The column is j, never c.
    expect(md).not.toMatch(/[ZYP]_\{?f\}?\(\w,c\)/);
    expect(md).toContain('$Z_f(i,j)$');
    expect(md).toContain('$P_f(i,j)$');
  });

  it('keeps W for widths: the kernel is K', () => {
    expect(md).toContain('Kernels $K$');
    expect(md).not.toMatch(/W_\{?[fck0-9]/);
  });

  it('says which channels a grouped filter sums over, with the same letter', () => {
    expect(answer('depthwise')).toContain(
      'Here $c$ runs over the input channels of filter $f$’s group only.',
    );
  });
});
