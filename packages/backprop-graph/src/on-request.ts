// The widget's answers beyond the trace it steps through, loaded on request: a chosen parameter's
// chain rule (the core's, its paths as drawn on the network, its formulas), training (the core's
// loop and the chart of its losses), and the worked answer in Markdown for export. They load as one
// chunk: in chunks of their own, they make rolldown split the core's number formatter and
// activations out of element.js into a chunk that every page must fetch first (rolldown#10731).
export { chainRule, train } from '@dlviz/core';
export { backpropMarkdown } from '@dlviz/core/markdown';
export { chainHighlight } from './chain-highlight.js';
export { default as ChainRuleFormulas } from './ChainRuleFormulas.svelte';
export { default as LossChart } from './LossChart.svelte';
