import {
  backpropPresets,
  convPresets,
  normPresets,
  optimizerPresets,
  validate,
  workedAnswer,
} from '@dlviz/core';
import { expect, test } from 'vitest';
import { flowMarkup } from '../src/formula-flow.js';
import { mathml, texToMathmlBody } from '../src/tex-to-mathml.js';

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

/**
 * What a formula's markup shows: its MathML text without the TeX annotations, each cell of a matrix
 * (a table other than an aligned block's, which wrapping replaces) closed by a |.
 */
function shown(markup: string): string {
  const page = new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html');
  for (const annotation of page.querySelectorAll('annotation')) annotation.remove();
  for (const cell of page.querySelectorAll('mtable:not(.dlviz-aligned) > mtr > mtd')) cell.append('|');
  return page.body.textContent!.replace(/\s/g, '');
}

// Wrapped, a formula is cut into pieces at its relations and sums: every piece must still show what
// the one formula did, nothing lost to a cut inside a group, nothing doubled.
test.each(presets.map((p) => [p.id, p.problem] as const))(
  '%s: every formula wraps to the same text',
  (_, problem) => {
    const checked = validate(problem);
    if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('; '));
    for (const tex of mathOf(workedAnswer(checked.value))) {
      const flowed = flowMarkup(tex);
      if (flowed !== undefined) expect(shown(flowed), tex).toBe(shown(mathml(tex)));
    }
  },
);
