// What training needs, loaded on the first run: the core's loop and the chart of its losses.
export { train } from '@dlviz/core';
export { default as LossChart } from './LossChart.svelte';
