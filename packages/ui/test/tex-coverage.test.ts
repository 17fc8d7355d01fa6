import {
  backpropPresets,
  convPresets,
  normPresets,
  optimizerPresets,
  validate,
  workedAnswer,
} from '@dlviz/core';
import { expect, test } from 'vitest';
import { texToMathmlBody } from '../src/tex-to-mathml.js';

/** The math of a Markdown answer: $$display$$ and $inline$ spans. */
const mathOf = (markdown: string): string[] =>
  [...markdown.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g)].map((m) => (m[1] ?? m[2])!);

const presets = [...convPresets, ...backpropPresets, ...optimizerPresets, ...normPresets];

// The converter shows a command it does not know as its TeX source; that is a safety net for users'
// text, never something a formula of ours should need. Every preset's worked answer is the core's
// whole vocabulary of formulas: each must convert with every command known.
test.each(presets.map((p) => [p.id, p.problem] as const))('%s: every formula converts', (_, problem) => {
  const checked = validate(problem);
  if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('; '));
  const formulas = mathOf(workedAnswer(checked.value));
  expect(formulas.length).toBeGreaterThan(0);
  const unknown = formulas.flatMap((tex) =>
    [...texToMathmlBody(tex).matchAll(/<mtext>(\\[^<]*)<\/mtext>/g)].map((m) => m[1]),
  );
  expect(unknown).toEqual([]);
});
