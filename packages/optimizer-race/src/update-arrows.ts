import type { NarratedUpdate, Optimizer, Vec2 } from '@dlviz/core';

export type ArrowKind = 'gradient' | 'velocity' | 'moment' | 'step';

/** An arrow in surface coordinates, with the words that name it on the plot. */
export interface UpdateArrow {
  kind: ArrowKind;
  from: Vec2;
  to: Vec2;
  label: string;
  /** What it is, for the key under the plot. */
  meaning: string;
}

const plus = (p: Vec2, d: Vec2, scale = 1): Vec2 => [p[0] + scale * d[0], p[1] + scale * d[1]];

/**
 * The arrows that explain one update, all in the units of a step so they can be compared: the plain
 * gradient step −ε·g (ε the learning rate, as in the formulas; from where the gradient was taken: Nesterov's look-ahead), the momentum carried
 * over α·v (momentum, Nesterov) or Adam's −ε·v̂ before per-coordinate scaling, and the step actually
 * taken. Momentum's overshoot is the step running past the gradient step; Adam's scaling is the step
 * turning away from −ε·v̂.
 */
export function updateArrows(u: NarratedUpdate, o: Optimizer): UpdateArrow[] {
  const arrows: UpdateArrow[] = [
    {
      kind: 'gradient',
      from: u.at,
      to: plus(u.at, u.g, -o.lr),
      label: '−ε g',
      meaning: 'plain gradient step −ε·g',
    },
  ];
  if ((o.type === 'momentum' || o.type === 'nesterov') && u.vBefore) {
    arrows.push({
      kind: 'velocity',
      from: u.from,
      to: plus(u.from, u.vBefore, o.momentum),
      label: 'α v',
      meaning: 'momentum carried over, α·v',
    });
  }
  if (o.type === 'adam' && u.vHat) {
    arrows.push({
      kind: 'moment',
      from: u.from,
      to: plus(u.from, u.vHat, -o.lr),
      label: '−ε v̂',
      meaning: 'first-moment step −ε·v̂, before scaling by 1/(√â + ν)',
    });
  }
  if (!u.diverged)
    arrows.push({ kind: 'step', from: u.from, to: u.to, label: 'Δθ', meaning: 'the step taken' });
  return arrows;
}
