// Names that other problem types could also use are exported with a Backprop prefix, since the core's
// index re-exports every type's API side by side.
export { backpropKind, type BackpropProblem, type BackpropSolution } from './kind.js';
export type {
  Layer as BackpropLayer,
  ForwardValues as BackpropForwardValues,
  LayerValues as BackpropLayerValues,
  Parameters as BackpropParameters,
} from './network.js';
export {
  lossTypes as backpropLossTypes,
  mseReductions,
  type Loss as BackpropLoss,
  type LossType as BackpropLossType,
  type MseReduction,
} from './loss.js';
export { BACKPROP_LIMITS } from './limits.js';
export { solveBackprop } from './solve.js';
export { backpropTrace, type BackpropTrace, type TraceSection as BackpropTraceSection } from './trace.js';
export type {
  AccumulateStep as BackpropAccumulateStep,
  BackpropStep,
  ForwardStep as BackpropForwardStep,
  LossStep as BackpropLossStep,
  NodeStep as BackpropNodeStep,
  OutputGradientStep as BackpropOutputGradientStep,
  UpdateStep as BackpropUpdateStep,
  WeightGradientStep as BackpropWeightGradientStep,
} from './step.js';
export { backpropStepTex } from './step-tex.js';
export type { BackpropComputation } from './compute.js';
export {
  chainRule,
  type ChainFactor,
  type ChainPath,
  type ChainRule,
  type ParameterRef as BackpropParameterRef,
} from './chain-rule.js';
export { train, type TrainingRun } from './train.js';
export { initializedNetwork, initializeLayers, type Initializer as WeightInitializer } from './initialize.js';
export { gradientMagnitudes, type GradientMagnitude } from './magnitude.js';
export { backpropPresets, type BackpropPreset } from './presets.js';
