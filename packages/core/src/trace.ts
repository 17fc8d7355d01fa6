/**
 * The ordered steps of a solution. Steps are made on demand by `at`, so a trace of millions of
 * steps costs nothing until a step is shown (the conv of a 3×64×64 input has about a million).
 */
export interface Trace<Step> {
  readonly length: number;
  at(index: number): Step;
}

/** Every step in order; for printing whole answers and for tests, not for drawing one step. */
export function* steps<Step>(trace: Trace<Step>): Generator<Step> {
  for (let i = 0; i < trace.length; i++) yield trace.at(i);
}
