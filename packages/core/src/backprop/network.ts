import type { Activation } from '../activation.js';
import type { Loss } from './loss.js';

/** One fully connected layer: z = W a_prev + b, a = act(z); weights are [Dout][Din] as in torch.nn.Linear. */
export interface Layer {
  readonly weights: number[][];
  readonly bias: number[];
  readonly activation: Activation;
}

/** The problem with its defaults filled in: every layer has its activation, the learning rate is set. */
export interface BackpropProblem {
  readonly widget: 'backprop';
  readonly input: number[];
  readonly target: number[];
  readonly layers: Layer[];
  readonly loss: Loss;
  readonly learningRate: number;
}

/** A gradient or an update has the shape of a layer's parameters. */
export interface Parameters {
  weights: number[][];
  bias: number[];
}

/** What the forward pass computes in one layer. */
export interface LayerValues {
  z: number[];
  a: number[];
}

/**
 * A layer's forward values with the step between: `weighted` = W a_prev, to which the bias is added
 * to give z. The computational graph draws it as the multiply's output, the add's input.
 */
export interface ForwardValues extends LayerValues {
  weighted: number[];
}

/** The solution, exactly the keys the problem format names. */
export interface BackpropSolution {
  layers: LayerValues[];
  output: number[];
  loss: number;
  gradients: Parameters[];
  updated: Parameters[];
}
