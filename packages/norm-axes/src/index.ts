export { default as NormAxes } from './NormAxes.svelte';
export { VIEW_LIMITS } from './view-limits.js';
