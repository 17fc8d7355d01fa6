import { describe, expect, it } from 'vitest';
import { backpropPresets } from './backprop/presets.js';
import { convPresets } from './conv/presets.js';
import { displayMathApart, workedAnswer } from './markdown.js';
import { normPresets } from './norm/presets.js';
import { optimizerPresets } from './optimizer/presets.js';
import { validate } from './problem.js';

/** Every preset of every problem type with its worked answer. */
const answers = [...convPresets, ...backpropPresets, ...optimizerPresets, ...normPresets].map((preset) => {
  const checked = validate(preset.problem);
  if (!checked.ok) throw new Error(`preset ${preset.id} is invalid`);
  return [`${checked.value.widget} ${preset.id}`, workedAnswer(checked.value)] as const;
});

describe('displayMathApart', () => {
  it('sets a formula inside a sentence apart, with the text before and after it', () => {
    expect(displayMathApart('Before: $$a = 1$$ after $x$.\n')).toBe('Before:\n\n$$a = 1$$\n\nafter $x$.\n');
  });

  it('parts formulas that follow one another, and ones at the start or end of a line', () => {
    expect(displayMathApart('$$a$$ and $$b$$\ntext')).toBe('$$a$$\n\nand\n\n$$b$$\n\ntext');
  });

  it('adds a blank line only where one is missing', () => {
    expect(displayMathApart('# A\n\ntext\n$$a$$\n\nmore\n')).toBe('# A\n\ntext\n\n$$a$$\n\nmore\n');
  });

  it('leaves lines without display math as they are, inline math included', () => {
    const text = '## Setup\n\n- Input $X$: $C = 2$.\n  indented\n\n| $a$ | $b$ |\n';
    expect(displayMathApart(text)).toBe(text);
  });
});

describe('every worked answer', () => {
  it.each(answers)('%s: has display math only on blocks of its own', (_name, markdown) => {
    for (const block of markdown.split(/\n\s*\n/)) {
      if (block.includes('$$')) expect(block.trim()).toMatch(/^\$\$[^$]+\$\$$/);
    }
  });

  it.each(answers)(
    '%s: opens with its one top-level heading, sections one level below',
    (_name, markdown) => {
      const levels = [...markdown.matchAll(/^(#+) /gm)].map((m) => m[1]!.length);
      expect(markdown.startsWith('# ')).toBe(true);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      expect(levels).toContain(2);
      // No level skipped: a heading is at most one below the one before it.
      levels.forEach((level, i) => i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1));
    },
  );
});
