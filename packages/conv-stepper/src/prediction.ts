import { formatText, type ConvStep } from '@dlviz/core';
import type { Prediction } from '@dlviz/ui';

/**
 * What predict mode asks before step `next` is shown: the value that step reveals, in the core's
 * zero-based coordinates (the same the narration uses).
 */
export function predictionFor(next: ConvStep | undefined): Prediction | undefined {
  if (!next) return undefined;
  switch (next.kind) {
    case 'window':
    case 'collect':
      return {
        question: `What is filter ${next.filter}'s output at (${next.row}, ${next.column})${next.activation.type === 'identity' ? '' : ', after the activation'}?`,
        answer: next.output,
      };
    case 'scatter': {
      // A tap whose product lands in the output: one cropped by the padding adds nothing to ask about.
      const kept = next.targets.find((t) => !t.cropped) ?? next.targets[0]!;
      return {
        question: `Input (${next.row}, ${next.column}) of channel ${next.channel} is ${formatText(next.input)}: what does it add to output (${kept.outputRow}, ${kept.outputColumn}) through kernel tap (${kept.kernelRow}, ${kept.kernelColumn})?`,
        answer: kept.product,
      };
    }
    case 'pool':
      return {
        question: `What is filter ${next.filter}'s ${next.type === 'max' ? 'max' : 'average'}-pooled value at (${next.row}, ${next.column})?`,
        answer: next.value,
      };
  }
}
