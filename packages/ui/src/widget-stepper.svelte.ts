import { onDestroy, untrack } from 'svelte';
import { Stepper } from './stepper.svelte.js';
import type { StepChange } from './widget-props.js';

export interface WidgetStepperOptions {
  /** The number of steps, read reactively (the trace's length). */
  length: () => number;
  /** The `initialStep` prop: read once, since it says where the reader starts, not where they are. */
  initialStep: () => number | undefined;
  /** The problem the host gave, read reactively: a new one starts again at the initial step. */
  given: () => unknown;
  /** Steps per second to start with, read once. */
  speed?: () => number;
  /** Called with each move the reader makes, e.g. to forward the `onstepchange` prop. */
  onstepchange: (change: StepChange) => void;
}

/**
 * A widget component's stepper, created during its initialization: it starts at the initial step,
 * reports every move with the trace's length, and stops its playback timer when the component goes.
 */
export function widgetStepper(options: WidgetStepperOptions): Stepper {
  const speed = options.speed && untrack(options.speed);
  const stepper: Stepper = new Stepper({
    length: options.length,
    initialStep: untrack(options.initialStep) ?? 0,
    startsOver: options.given,
    ...(speed !== undefined && { speed }),
    onchange: (index) => options.onstepchange({ index, length: stepper.length }),
  });
  onDestroy(() => stepper.destroy());
  return stepper;
}
