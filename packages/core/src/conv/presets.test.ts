import { describe, expect, it } from 'vitest';
import { Checker } from '../validate/checker.js';
import { convMarkdown } from './markdown.js';
import { convPresets } from './presets.js';
import { readConv } from './read.js';
import { solveConv } from './solve.js';

function load(json: unknown) {
  const c = new Checker();
  const problem = readConv(c, json);
  if (!problem) throw new Error(c.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return problem;
}
const solved = (id: string) => solveConv(load(convPresets.find((p) => p.id === id)!.problem));

describe('conv presets', () => {
  it('have unique ids, a title and a one-line description', () => {
    expect(new Set(convPresets.map((p) => p.id)).size).toBe(convPresets.length);
    for (const p of convPresets) {
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.description).not.toContain('\n');
    }
  });

  it.each(convPresets.map((p) => [p.id, p]))('%s validates, solves and has a worked answer', (_id, p) => {
    const problem = load(p.problem);
    const solution = solveConv(problem);
    expect(solution.outputShape.every((n) => n >= 1)).toBe(true);
    expect(convMarkdown(problem)).toContain('## Output size');
  });

  it('answer the seed exams’ questions', () => {
    expect(solved('duke-q8-maxpool').pooled).toEqual([
      [
        [4, 1],
        [2, 2],
      ],
    ]);
    expect(solved('duke-q8-avgpool').pooled).toEqual([
      [
        [1.1, 0.15],
        [1, 1.125],
      ],
    ]);
    expect(solved('duke-q4-1x1-parameters')).toMatchObject({ parameters: 17, outputShape: [1, 64, 64] });
    expect(solved('duke-q5-1x1-then-pool').pooled!.length).toBe(2);
    expect(solved('cmu-2b-stride-2').outputShape).toEqual([1, 5, 5]);
    expect(solved('cmu-2b-same').outputShape).toEqual([1, 7, 7]);
    expect(solved('cmu-2c-valid').output).toEqual([
      [
        [1.5, 2.5],
        [6, 5],
        [4.5, 3.5],
      ],
    ]);
    expect(solved('cmu-2d-lenet-conv1')).toMatchObject({ parameters: 156, outputShape: [6, 28, 28] });
    expect(solved('cmu-2d-lenet-conv1').pooled![0]!.length).toBe(14);
    expect(solved('cmu-2d-lenet-conv3')).toMatchObject({ parameters: 2416, outputShape: [16, 10, 10] });
    expect(solved('cmu-2d-lenet-conv5')).toMatchObject({ parameters: 48120, outputShape: [120, 1, 1] });
    expect(solved('cmu-3c-rgb-5x5')).toMatchObject({ parameters: 380, outputShape: [5, 6, 6] });
    expect(solved('stanford-g-15x15')).toMatchObject({ parameters: 420, outputShape: [15, 15, 15] });
    expect(solved('ucla-d-conv-pool-parameters').parameters).toBe(140);
  });

  it('show what the classic kernels do', () => {
    const square = convPresets.find((p) => p.id === 'identity')!.problem.input;
    expect(solved('identity').output).toEqual(square);
    expect(solved('laplacian').output[0]![0]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(solved('sobel').outputShape).toEqual([2, 6, 6]);
    expect(solved('depthwise').parameters).toBe(30);
    expect(solved('bottleneck-1x1').outputShape).toEqual([2, 3, 3]);
    expect(solved('stride-2').outputShape).toEqual([1, 2, 2]);
    expect(solved('transposed-upsampling').output).toEqual([
      [
        [1, 3, 2, 2],
        [4, 10, 6, 6],
        [3, 7, 4, 4],
        [3, 7, 4, 4],
      ],
    ]);
  });
});
