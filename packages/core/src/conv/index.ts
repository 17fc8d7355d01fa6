// Names other problem types could also use carry a Conv prefix here, since the core's index
// re-exports every type's API side by side.
export { convKind } from './kind.js';
export type {
  ConvPool,
  ConvProblem,
  ConvProblemJson,
  ConvSolution,
  Maps as ConvMaps,
  PoolType,
} from './problem.js';
export { CONV_LIMITS } from './limits.js';
export { solveConv } from './solve.js';
export { convTrace, type ConvSection, type ConvTrace } from './trace.js';
export type {
  ConvChannelWindow,
  ConvCollectStep,
  ConvContribution,
  ConvPoolCell,
  ConvPoolStep,
  ConvScatterStep,
  ConvScatterTarget,
  ConvStep,
  ConvStepKind,
  ConvTap,
  ConvWindowStep,
  PlainStep as ConvPlainStep,
} from './steps.js';
export { convStepTex } from './step-tex.js';
export { poolBackward } from './pool-backward.js';
export {
  axisLength as convOutputLength,
  poolLength as convPoolLength,
  type Axis as ConvAxis,
  type AxisName as ConvAxisName,
} from './axis.js';
export {
  convGeometry,
  parameterCount as convParameterCount,
  transposedCanvas,
  type ConvGeometry,
  type TransposedCanvas,
} from './geometry.js';
export {
  axisLengthWork as convOutputLengthWork,
  parameterWork as convParameterWork,
  poolLengthWork as convPoolLengthWork,
  shapeWork as convShapeWork,
  type ShapeWork as ConvShapeWork,
  type SizeWork as ConvSizeWork,
} from './size-work.js';
export { tilingWarnings as convTilingWarnings, type TilingWarning as ConvTilingWarning } from './tiling.js';
export {
  channelFilters,
  filterChannels,
  influencedOutputs,
  type Influence as ConvInfluence,
} from './connectivity.js';
export { convPresetProblems, convPresets, type ConvPreset, type ConvPresetProblem } from './presets.js';
