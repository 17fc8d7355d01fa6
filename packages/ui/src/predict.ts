/**
 * Whether a student's prediction counts as right: within `tolerance` relative to the answer's size,
 * and absolute near zero, so 0.73 passes for 0.7311 and 3 for 3.004, but 0.7 does not for 0.73.
 */
export function closeEnough(guess: number, answer: number, tolerance = 0.01): boolean {
  return Math.abs(guess - answer) <= tolerance * Math.max(1, Math.abs(answer));
}
