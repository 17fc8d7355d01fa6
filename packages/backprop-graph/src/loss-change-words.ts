import { activationName, formatText, type BackpropProblem } from '@dlviz/core';

const list = (values: readonly number[]) => `[${values.map((v) => formatText(v)).join(', ')}]`;
const outputActivation = (problem: BackpropProblem) => problem.layers[problem.layers.length - 1]!.activation;

/**
 * What choosing a loss changed besides the loss, said to the reader, since the change is theirs to
 * undo: binary cross-entropy makes the output layer a sigmoid and clips the targets to [0, 1];
 * cross-entropy makes a target that is not a distribution one-hot. Targets of another length (a new
 * output size) are the reader's own change and go unsaid. Undefined when nothing else changed.
 */
export function lossChangeWords(before: BackpropProblem, after: BackpropProblem): string | undefined {
  const changes: string[] = [];
  const [was, now] = [outputActivation(before), outputActivation(after)].map(activationName);
  if (now !== was) changes.push(`the output layer's activation is now ${now} (was ${was})`);
  const targetsKept = after.target.length === before.target.length;
  if (targetsKept && after.target.some((t, k) => t !== before.target[k]))
    changes.push(`the target is now ${list(after.target)} (was ${list(before.target)})`);
  if (changes.length === 0) return undefined;
  const why =
    after.loss.type === 'bce'
      ? 'binary cross-entropy needs outputs and targets between 0 and 1'
      : 'cross-entropy needs a target that is a distribution (no negative entries, summing to 1)';
  const said = changes.join(', and ');
  return `${said[0]!.toUpperCase()}${said.slice(1)}: ${why}.`;
}
