// The grids drawn only on request: the worked answer, and a transposed conv's canvas. They load as
// one chunk: two chunks that both draw grids make rolldown split the number formatter out of
// element.js into a chunk of its own that every page must fetch first (rolldown#10731).
export { default as RunningSums } from './RunningSums.svelte';
export { default as StepWork } from './StepWork.svelte';
