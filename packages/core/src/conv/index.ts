export { convKind } from './kind.js';
export type { ConvPool, ConvProblem, ConvProblemJson, ConvSolution, Maps, PoolType } from './problem.js';
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
  PlainStep,
} from './steps.js';
export { convMarkdown, WORKED_STEPS } from './markdown.js';
export { poolBackward } from './pool-backward.js';
export {
  axisLength,
  axisLengthWork,
  poolLength,
  poolLengthWork,
  type Axis,
  type AxisName,
  type SizeWork,
} from './axis.js';
export { convGeometry, parameterWork, shapeWork, type ConvGeometry, type ShapeWork } from './geometry.js';
export { tilingWarnings, type TilingWarning } from './tiling.js';
export { channelFilters, filterChannels, influencedOutputs, type Influence } from './connectivity.js';
export { convPresets, type ConvPreset } from './presets.js';
