/**
 * Timing for the widgets' browser benchmarks (`vitest run --dir bench`), printed as the BENCH lines
 * tests/bench/widgets.mjs collects. Times are reported, never asserted.
 */
import { tick } from 'svelte';

export const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * What a redraw costs: the change, Svelte's update of the DOM, then the style and layout the browser
 * must do before it can paint. Waiting for the next animation frame instead would add the wait for
 * the display's next refresh (up to 16.7 ms of idle time at 60 Hz), so even a change that does
 * nothing would read as a frame. Each change starts at a fresh frame, after the last one painted.
 */
export async function redrawTime(change: () => unknown): Promise<number> {
  await frame();
  const start = performance.now();
  await change();
  await tick();
  void document.body.offsetHeight;
  return performance.now() - start;
}

export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One figure for the report, beside the target its issue names. */
export function report(name: string, value: number, unit: string, target: number): void {
  console.log(`BENCH ${JSON.stringify({ name, value: Math.round(value * 100) / 100, unit, target })}`);
}
