// Public names carry an optimizer prefix where a sibling problem type could use the same word.
export { optimizerKind } from './kind.js';
export type {
  OptimizerProblem,
  OptimizerSolution,
  Optimizer,
  OptimizerType,
  Noise as OptimizerNoise,
  Surface as OptimizerSurface,
  SurfaceSource as OptimizerSurfaceSource,
  Trajectory as OptimizerTrajectory,
  Vec2,
} from './problem.js';
export { OPTIMIZER_LIMITS } from './limits.js';
export {
  OPTIMIZERS,
  OPTIMIZER_TYPES,
  HYPERPARAMETERS,
  type Hyperparameter,
  type OptimizerInfo,
  type HyperparameterRule,
} from './catalog.js';
export { numberedNames, optimizerNames } from './names.js';
export { SURFACES, SURFACE_NAMES, type SurfaceName, type SurfacePreset } from './surfaces.js';
export { SURFACE_DESCRIPTIONS } from './surface-descriptions.js';
export {
  optimizerPresetProblems,
  optimizerPresets,
  type OptimizerPreset,
  type OptimizerPresetProblem,
  type OptimizerProblemJson,
} from './presets.js';
export { RULE_TEX as optimizerRuleTex } from './rules.js';
export { raceNoise as optimizerRaceNoise } from './noise.js';
export { runOptimizer, runAll as runOptimizers, type Run as OptimizerRun } from './run.js';
export { runPoints as optimizerRunPoints } from './solve.js';
export {
  optimizerTrace,
  type OptimizerTrace,
  type OptimizerStep,
  type RacerState,
  type NarratedUpdate,
} from './trace.js';
export type { OptimizerUpdate } from './update-of.js';
export { optimizerUpdateTex } from './update-tex.js';
export { parseExpression, type Parsed as ParsedExpression } from './expression/parse.js';
export type { ExpressionError } from './expression/expression-error.js';
export type { Expr } from './expression/ast.js';
export { FUNCTION_NAMES } from './expression/ast.js';
export { compileExpression, type CompiledExpression } from './expression/compile.js';
export { printExpression } from './expression/print.js';
export { expressionTex } from './expression/tex.js';
export { sampleGrid, type ViewBox } from './expression/grid.js';
export { rowProgram, type RowProgram } from './expression/row-program.js';
export { fitViewBox } from './view-box.js';
