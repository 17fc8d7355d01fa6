import { backpropMarkdown } from './backprop/markdown.js';
import { convMarkdown } from './conv/markdown.js';
import { normMarkdown } from './norm/markdown.js';
import { optimizerMarkdown } from './optimizer/markdown.js';
import type { Problem } from './problem.js';

// Its own entry point (`@dlviz/core/markdown`) as well as part of the index: a widget needs a
// worked answer only when it is exported, so it loads this module on demand and its first bundle
// carries no Markdown writer.
export { backpropMarkdown, convMarkdown, normMarkdown, optimizerMarkdown };

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
