// Plain HTML host pages, written the way an instructor pastes our snippets into a course page.
import { backpropPresets, convPresets, normPresets, optimizerPresets } from '@dlviz/core';

export const firstProblem = {
  'conv-stepper': convPresets[0].problem,
  'backprop-graph': backpropPresets[0].problem,
  'optimizer-race': optimizerPresets[0].problem,
  'norm-axes': normPresets[0].problem,
};

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');

/** A custom element tag with its problem as an attribute, an id (the widget's own by default) and `attributes` as written. */
export const elementTag = (widget, problem = firstProblem[widget], { id = widget, attributes = '' } = {}) =>
  `<dlviz-${widget} id="${id}" problem='${escapeAttribute(JSON.stringify(problem))}'${attributes && ` ${attributes}`}></dlviz-${widget}>`;

export const elementScript = (widget) =>
  `<script type="module" src="/elements/${widget}/element.js"></script>`;

export function hostPage(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}
