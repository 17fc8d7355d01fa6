import { describe, expect, it } from 'vitest';
import { backpropPresets } from './backprop/presets.js';
import { convPresets } from './conv/presets.js';
import {
  backpropDefaultPreset,
  convDefaultPreset,
  normDefaultPreset,
  optimizerDefaultPreset,
} from './default-presets.js';
import { normPresets } from './norm/presets.js';
import { optimizerPresets } from './optimizer/presets.js';
import { described } from './preset.js';

describe('described', () => {
  it('adds each preset’s description by id and keeps order, ids and titles', () => {
    const presets = described(
      [
        { id: 'a', title: 'A', problem: 1 },
        { id: 'b', title: 'B', problem: 2 },
      ],
      { b: 'Bee', a: 'Ay' },
    );
    expect(
      presets.map(({ id, title, description, problem }) => ({ id, title, description, problem })),
    ).toEqual([
      { id: 'a', title: 'A', description: 'Ay', problem: 1 },
      { id: 'b', title: 'B', description: 'Bee', problem: 2 },
    ]);
  });

  it('reads the problem through, so a problem built on demand is built only when read', () => {
    let builds = 0;
    const lazy = {
      id: 'lazy',
      title: 'Lazy',
      get problem() {
        builds++;
        return 'built';
      },
    };
    const [preset] = described([lazy], { lazy: 'Built when read.' });
    expect(builds).toBe(0);
    expect(preset!.problem).toBe('built');
    expect(builds).toBe(1);
  });
});

describe('default presets', () => {
  it('name a preset of each widget', () => {
    expect(convPresets.map((p) => p.id)).toContain(convDefaultPreset);
    expect(backpropPresets.map((p) => p.id)).toContain(backpropDefaultPreset);
    expect(optimizerPresets.map((p) => p.id)).toContain(optimizerDefaultPreset);
    expect(normPresets.map((p) => p.id)).toContain(normDefaultPreset);
  });
});
