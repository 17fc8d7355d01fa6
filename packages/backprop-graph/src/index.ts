export { default as BackpropGraph } from './BackpropGraph.svelte';
