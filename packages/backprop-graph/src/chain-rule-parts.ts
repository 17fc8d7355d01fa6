// What a chosen parameter's chain rule needs, loaded on the first choice: the core's chain rule, its
// paths as drawn on the network, and its formulas.
export { chainRule } from '@dlviz/core';
export { chainHighlight } from './chain-highlight.js';
export { default as ChainRuleFormulas } from './ChainRuleFormulas.svelte';
