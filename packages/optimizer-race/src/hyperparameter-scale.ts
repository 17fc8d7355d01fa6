import type { Hyperparameter } from '@dlviz/core';

/**
 * How a hyperparameter's slider maps its position to a value. Learning rates and eps span decades,
 * so their sliders move in log10; β2 lives in 0.9 … 0.9999, so its slider moves in log10(1 − β2),
 * where each notch adds a 9. Momentum-like rates are fine on a linear slider.
 */
export interface SliderScale {
  min: number;
  max: number;
  step: number;
  toValue(position: number): number;
  toPosition(value: number): number;
}

const log = (min: number, max: number): SliderScale => ({
  min: Math.log10(min),
  max: Math.log10(max),
  step: 0.01,
  toValue: (p) => Number(Math.pow(10, p).toPrecision(3)),
  toPosition: (v) => Math.log10(v),
});

const linear = (min: number, max: number, step: number): SliderScale => ({
  min,
  max,
  step,
  toValue: (p) => p,
  toPosition: (v) => v,
});

/** Position is −log10(1 − value): 1 at 0.9, 2 at 0.99, 4 at 0.9999. */
const nines = (min: number, max: number): SliderScale => ({
  min: -Math.log10(1 - min),
  max: -Math.log10(1 - max),
  step: 0.01,
  toValue: (p) => Number((1 - Math.pow(10, -p)).toPrecision(Math.max(2, Math.ceil(p) + 2))),
  toPosition: (v) => -Math.log10(1 - v),
});

export const sliderScales: Record<Hyperparameter, SliderScale> = {
  lr: log(1e-4, 10),
  momentum: linear(0, 0.99, 0.01),
  decay: linear(0, 0.999, 0.001),
  beta1: linear(0, 0.99, 0.01),
  beta2: nines(0.9, 0.9999),
  eps: log(1e-10, 1),
};

/**
 * The slider's position for a value, inside its track even when a typed value lies outside: a
 * learning rate of 0 (at −∞ on a log slider) sits at the lowest end.
 */
export function sliderPosition(scale: SliderScale, value: number): number {
  const p = scale.toPosition(value);
  return Number.isFinite(p) ? Math.min(scale.max, Math.max(scale.min, p)) : scale.min;
}
