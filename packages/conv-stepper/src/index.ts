export { default as ConvStepper } from './ConvStepper.svelte';
export type { ConvStepperProps } from './props.js';
