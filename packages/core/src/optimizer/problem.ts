import type { CompiledExpression } from './expression/compile.js';
import type { Expr } from './expression/ast.js';
import type { SurfaceName } from './surfaces.js';

export type Vec2 = [number, number];

export type OptimizerType = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

export type Optimizer =
  | { readonly type: 'sgd'; readonly lr: number }
  | { readonly type: 'momentum'; readonly lr: number; readonly momentum: number }
  | { readonly type: 'nesterov'; readonly lr: number; readonly momentum: number }
  | { readonly type: 'adagrad'; readonly lr: number; readonly eps: number }
  | { readonly type: 'rmsprop'; readonly lr: number; readonly decay: number; readonly eps: number }
  | {
      readonly type: 'adam';
      readonly lr: number;
      readonly beta1: number;
      readonly beta2: number;
      readonly eps: number;
    };

export interface Noise {
  readonly sigma: number;
  readonly seed: number;
}

/** The surface as the problem wrote it: what goes back into JSON and URLs. */
export type SurfaceSource = { readonly expression: string } | { readonly preset: SurfaceName };

/** A validated loss surface: its source, its text (a preset's own), its tree and its compiled f. */
export interface Surface {
  readonly source: SurfaceSource;
  readonly expression: string;
  readonly ast: Expr;
  readonly compiled: CompiledExpression;
  /** f uses x only: drawn as a curve. */
  readonly oneDimensional: boolean;
  /** JSON.stringify of a problem writes the surface as the problem format's object, not the functions. */
  toJSON(): SurfaceSource;
}

/** A validated optimizer problem with every default filled in. */
export interface OptimizerProblem {
  readonly widget: 'optimizer';
  readonly surface: Surface;
  readonly start: Vec2;
  readonly steps: number;
  readonly noise: Noise | undefined;
  readonly optimizers: readonly Optimizer[];
}

export interface Trajectory {
  readonly type: OptimizerType;
  /** θ0 first; steps + 1 points, or fewer when the run diverged. */
  readonly points: Vec2[];
  readonly diverged: boolean;
}

export interface OptimizerSolution {
  readonly trajectories: Trajectory[];
}
