import type { BackpropStep } from '@dlviz/core';
import type { Prediction } from '@dlviz/ui';

/** Predict mode: the one number a step computes, asked before the step shows it. */
export function predictionFor(step: BackpropStep): Prediction {
  switch (step.kind) {
    case 'forward':
      return {
        question: `What is a[${step.layer}][${step.unit}], the activation of layer ${step.layer}, unit ${step.unit}?`,
        answer: step.a,
      };
    case 'loss':
      return { question: 'What is the loss L?', answer: step.value };
    case 'outputGradient':
    case 'accumulate':
      return { question: `What is ∂L/∂a[${step.layer}][${step.unit}]?`, answer: step.value };
    case 'node':
      return { question: `What is ∂L/∂z[${step.layer}][${step.unit}]?`, answer: step.value };
    case 'weightGradient':
      return { question: `What is ∂L/∂W[${step.layer}][${step.unit}][0]?`, answer: step.weights[0]! };
    case 'update': {
      const name =
        step.column === undefined
          ? `b[${step.layer}][${step.row}]`
          : `W[${step.layer}][${step.row}][${step.column}]`;
      return { question: `What is ${name} after the update?`, answer: step.updated };
    }
  }
}
