export { normKind } from './kind.js';
export type { NormProblem, NormSolution, NormTensor } from './problem.js';
export {
  normLayouts,
  normTypes,
  layoutAxes,
  type NormInput,
  type NormLayout,
  type NormType,
  type LayoutAxis,
} from './layout.js';
export { NORM_LIMITS } from './limits.js';
export { grouping, groupBox, boxCells, cellGroups, reducedAxes, type Grouping, type AxisRange } from './grouping.js';
export {
  normTrace,
  normCell,
  type NormStep,
  type MeanStep,
  type VarianceStep,
  type MeanSquareStep,
  type NormalizeStep,
  type NormCell,
  type GroupFacts,
} from './trace.js';
export { normDistributions, summarize, type Summary, type BeforeAfter } from './distribution.js';
export {
  runningStats,
  batchNormEval,
  type RunningStatistics,
  type RunningUpdate,
  type RunningRun,
} from './running.js';
export { randomNormInput, type RandomNormOptions } from './random.js';
export { normPresets, type NormPreset, type NormProblemJson } from './presets.js';
