import { backpropMarkdown as backpropWriter } from './backprop/markdown.js';
import { convCellTex, convMarkdown as convWriter } from './conv/markdown.js';
import { normMarkdown as normWriter } from './norm/markdown.js';
import { optimizerMarkdown as optimizerWriter } from './optimizer/markdown.js';
import type { BackpropProblem } from './backprop/network.js';
import type { ConvProblem } from './conv/problem.js';
import type { NormProblem } from './norm/problem.js';
import type { OptimizerProblem } from './optimizer/problem.js';
import type { Problem } from './problem.js';

/** `$$…$$`, captured, so that splitting a line by it keeps the formulas at its odd indices. */
const DISPLAY_MATH = /(\$\$[^$]+\$\$)/;

/**
 * Sets every `$$…$$` apart as a block of its own, with blank lines around it. Renderers (CommonMark
 * with a math extension, the docs site) read `$$` as display math only when it stands alone; one
 * inside a sentence shows its dollar signs. Done here, once for every writer, so that no answer (in
 * a widget's export, the docs page or `dlviz solve`) depends on each writer remembering it.
 */
export function displayMathApart(markdown: string): string {
  const lines: string[] = [];
  let afterMath = false;
  const push = (line: string, math: boolean) => {
    const previous = lines[lines.length - 1];
    if ((math || afterMath) && line !== '' && previous !== undefined && previous !== '') lines.push('');
    lines.push(line);
    afterMath = math;
  };
  for (const line of markdown.split('\n')) {
    const parts = line.split(DISPLAY_MATH);
    if (parts.length === 1) push(line, false);
    else
      parts.forEach((part, i) => {
        if (i % 2 === 1) push(part, true);
        else if (part.trim() !== '') push(part.trim(), false);
      });
  }
  return lines.join('\n');
}

// Its own entry point (`@dlviz/core/markdown`) as well as part of the index: a widget needs a
// worked answer only when it is exported, so it loads this module on demand and its first bundle
// carries no Markdown writer. Each writer is exported through displayMathApart.
export { convCellTex };

/** The worked answer to a convolution problem. */
export const convMarkdown = (problem: ConvProblem): string => displayMathApart(convWriter(problem));
/** The worked answer to a backprop problem. */
export const backpropMarkdown = (problem: BackpropProblem): string =>
  displayMathApart(backpropWriter(problem));
/** The worked answer to an optimizer race. */
export const optimizerMarkdown = (problem: OptimizerProblem): string =>
  displayMathApart(optimizerWriter(problem));
/** The worked answer to a normalization problem. */
export const normMarkdown = (problem: NormProblem): string => displayMathApart(normWriter(problem));

/** The worked, exam-style answer in Markdown with LaTeX math. */
export function workedAnswer(problem: Problem): string {
  switch (problem.widget) {
    case 'conv':
      return convMarkdown(problem);
    case 'backprop':
      return backpropMarkdown(problem);
    case 'optimizer':
      return optimizerMarkdown(problem);
    case 'norm':
      return normMarkdown(problem);
  }
}
