// Public names carry a norm prefix where a sibling problem type could use the same word.
export { normKind } from './kind.js';
export type { NormProblem, NormSolution, NormTensor } from './problem.js';
export type { NormProblemJson, NormPreset, NormPresetProblem } from './presets.js';
export { normPresets, normPresetProblems } from './presets.js';
export {
  normLayouts,
  normTypes,
  layoutAxes as normLayoutAxes,
  type NormInput,
  type NormLayout,
  type NormType,
  type LayoutAxis as NormLayoutAxis,
} from './layout.js';
export { NORM_LIMITS } from './limits.js';
export {
  grouping as normGrouping,
  groupBox as normGroupBox,
  boxCells as normBoxCells,
  cellGroups as normCellGroups,
  reducedAxes as normReducedAxes,
  type Grouping as NormGrouping,
  type AxisRange as NormAxisRange,
} from './grouping.js';
export {
  normTrace,
  normGroupSteps,
  normCell,
  type NormStep,
  type MeanStep as NormMeanStep,
  type VarianceStep as NormVarianceStep,
  type MeanSquareStep as NormMeanSquareStep,
  type NormalizeStep as NormNormalizeStep,
  type NormCell,
  type GroupFacts as NormGroupFacts,
} from './trace.js';
export {
  normDistributions,
  summarize as normSummarize,
  type Summary as NormSummary,
  type BeforeAfter as NormBeforeAfter,
} from './distribution.js';
export {
  runningStats,
  runningEstimates,
  singleValueNoUpdate,
  batchNormEval,
  batchNormEvalFlat,
  type RunningStatistics,
  type RunningUpdate,
  type RunningRun,
} from './running.js';
export { randomNormInput, type RandomNormOptions } from './random.js';
export { normFlat, type NormFlat } from './compute.js';
export { shapeOf as normShape, coordsOf as normCoords, indexOf as normIndex } from './tensor.js';
