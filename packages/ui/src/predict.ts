/** Below this, an answer is float noise around 0 (a normalized mean of 1.3×10⁻¹⁷): 0 is right for it. */
const NOISE = 1e-9;

/**
 * Whether a student's prediction counts as right: within `tolerance` of the answer relative to its
 * size, so 0.73 passes for 0.7311 and 3 for 3.004, but 0.7 does not for 0.73, nor 0 or −0.009 for a
 * vanishing gradient of 5.9×10⁻⁷: a small answer is still asked for, sign and digits.
 */
export function closeEnough(guess: number, answer: number, tolerance = 0.01): boolean {
  return Math.abs(guess - answer) <= Math.max(tolerance * Math.abs(answer), NOISE);
}
