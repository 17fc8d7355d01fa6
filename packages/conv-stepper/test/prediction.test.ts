import { describe, expect, test } from 'vitest';
import { steps, type ConvScatterStep, type ConvStep } from '@dlviz/core';
import { predictionFor } from '../src/prediction.js';
import { preset, traceOf } from './helpers.js';

describe('predictionFor', () => {
  test('a scatter step asks about a product that lands in the output, not one the padding crops', () => {
    const all: ConvStep[] = [...steps(traceOf(preset('transposed-upsampling')))];
    const scatters = all.filter((s): s is ConvScatterStep => s.kind === 'scatter');
    const cropped = scatters.find((s) => s.targets[0]!.cropped && s.targets.some((t) => !t.cropped))!;
    expect(cropped).toBeDefined();
    const kept = cropped.targets.find((t) => !t.cropped)!;
    const prediction = predictionFor(cropped)!;
    expect(prediction.answer).toBe(kept.product);
    expect(prediction.question).toContain(
      `to output (${kept.outputRow}, ${kept.outputColumn}) through kernel tap (${kept.kernelRow}, ${kept.kernelColumn})`,
    );
  });
});
