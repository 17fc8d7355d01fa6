export { default as NormAxes } from './NormAxes.svelte';
export { viewerPresets, type ViewerPreset } from './presets.js';
export { VIEW_LIMITS } from './view-limits.js';
