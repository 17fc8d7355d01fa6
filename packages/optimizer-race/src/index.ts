export { default as OptimizerRace } from './OptimizerRace.svelte';
