/**
 * How many significant digits tell a run of evenly spaced ticks apart, and at least `least`: the
 * largest tick written down to the step's decimal place. A chart zoomed into a narrow span (a loss
 * that hardly changes, a deep zoom on the surface) has ticks such as 1.05 and 1.1 that two digits
 * would both write as 1.1.
 */
export function tickDigits(ticks: readonly number[], least: number): number {
  const step = Math.abs(ticks[1]! - ticks[0]!);
  const largest = Math.max(...ticks.map(Math.abs));
  // Fewer than two ticks, or all 0, have no step to tell apart; toPrecision takes up to 100 digits.
  return step > 0 && largest > 0
    ? Math.min(17, Math.max(least, Math.ceil(Math.log10(largest / step)) + 1))
    : least;
}
