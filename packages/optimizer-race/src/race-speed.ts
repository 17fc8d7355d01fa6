import type { SpeedChoice } from '@dlviz/ui';

/**
 * Playback speeds in updates per second. The shared stepper's choices (up to 8 per second) suit a
 * 20-step exam question, not a 1000-step race, so the race offers its own, up to a frame per update.
 */
const raceSpeeds = [1, 2, 4, 8, 15, 30, 60, 120] as const;

/** The frame's speed menu for the race. */
export const raceSpeedChoices: readonly SpeedChoice[] = raceSpeeds.map((value) => ({
  value,
  label: `${value} ${value === 1 ? 'update' : 'updates'}/s`,
}));

/** A speed that plays the whole race in about six seconds. */
export function speedFor(steps: number): number {
  const wanted = steps / 6;
  return raceSpeeds.reduce(
    (best, s) => (Math.abs(Math.log(s / wanted)) < Math.abs(Math.log(best / wanted)) ? s : best),
    2,
  );
}
