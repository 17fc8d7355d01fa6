import { BACKPROP_LIMITS, CONV_LIMITS, NORM_LIMITS, OPTIMIZER_LIMITS } from '@dlviz/core';

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 65,536 as written; a million or more that is a power of ten as one (10⁹). */
export function count(n: number): string {
  const power = Math.log10(n);
  return n >= 1e6 && Number.isInteger(power)
    ? `10${[...String(power)].map((d) => SUPERSCRIPTS[Number(d)]).join('')}`
    : n.toLocaleString('en-US');
}

/**
 * The size limits the validator enforces, per problem type, worded from @dlviz/core's own
 * constants so that the page cannot state other numbers than the messages do.
 */
export const limits: Readonly<Record<'conv' | 'backprop' | 'optimizer' | 'norm', readonly string[]>> = {
  conv: [
    `input values C·H·W: at most ${count(CONV_LIMITS.maxInputCells)}`,
    `kernel weights: at most ${count(CONV_LIMITS.maxWeights)}`,
    `output cells F·Ho·Wo: at most ${count(CONV_LIMITS.maxOutputCells)}`,
    `multiply-adds of the whole layer: at most ${count(CONV_LIMITS.maxMultiplyAdds)}`,
    `stride at most ${CONV_LIMITS.maxStride}, padding at most ${CONV_LIMITS.maxPadding}, dilation at most ${CONV_LIMITS.maxDilation}`,
    `every input value, weight and bias within ±${count(CONV_LIMITS.maxAbsValue)}`,
  ],
  backprop: [
    `layers: at most ${count(BACKPROP_LIMITS.layers)}`,
    `units in a layer, and input values: at most ${count(BACKPROP_LIMITS.width)}`,
    `weights and biases in all: at most ${count(BACKPROP_LIMITS.parameters)}`,
  ],
  optimizer: [
    `steps: at most ${count(OPTIMIZER_LIMITS.maxSteps)}`,
    `optimizers: at most ${count(OPTIMIZER_LIMITS.maxOptimizers)}`,
    `steps × optimizers: at most ${count(OPTIMIZER_LIMITS.maxUpdates)}`,
    `an expression: at most ${count(OPTIMIZER_LIMITS.maxExpressionLength)} characters`,
    `each coordinate of the start within ±${count(OPTIMIZER_LIMITS.maxAbsStart)}`,
    `the noise's seed: at most ${count(OPTIMIZER_LIMITS.maxSeed)}`,
  ],
  norm: [
    `input values: at most ${count(NORM_LIMITS.maxCells)}`,
    `channels (features for BTD): at most ${count(NORM_LIMITS.maxChannels)}`,
    `every input value, γ and β within ±${count(NORM_LIMITS.maxAbsValue)}`,
    `eps: at most ${count(NORM_LIMITS.maxEps)}`,
  ],
};
