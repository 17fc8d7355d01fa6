import { formatText } from '../format/number.js';
import type { Checker } from '../validate/checker.js';
import { describe } from '../validate/describe.js';
import { index, key } from '../validate/path.js';
import { HYPERPARAMETERS, OPTIMIZERS, OPTIMIZER_TYPES } from './catalog.js';
import { compileExpression } from './expression/compile.js';
import { parseExpression } from './expression/parse.js';
import { isOneDimensional } from './expression/variables.js';
import { OPTIMIZER_LIMITS } from './limits.js';
import type { Noise, Optimizer, OptimizerProblem, Surface, SurfaceSource, Vec2 } from './problem.js';
import { SURFACES, SURFACE_NAMES } from './surfaces.js';

const keys = ['widget', 'surface', 'start', 'steps', 'noise', 'optimizers'];

/** A surface from its source text; undefined (with an issue at `path`) when it does not parse. */
export function makeSurface(
  c: Checker,
  source: SurfaceSource,
  expression: string,
  path: string,
): Surface | undefined {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return c.fail(path, parsed.error.message);
  return {
    source,
    expression,
    ast: parsed.ast,
    compiled: compileExpression(parsed.ast),
    oneDimensional: isOneDimensional(parsed.ast),
    toJSON: () => source,
  };
}

function readSurface(c: Checker, value: unknown): Surface | undefined {
  if (value === undefined) return c.fail('surface', 'required');
  const record = c.object(value, 'surface', ['expression', 'preset']);
  if (!record) return undefined;
  const hasExpression = record.expression !== undefined;
  const hasPreset = record.preset !== undefined;
  if (hasExpression === hasPreset) {
    return c.fail(
      'surface',
      `expected exactly one of "expression" or "preset", got ${hasPreset ? 'both' : 'neither'}`,
    );
  }
  if (hasPreset) {
    const preset = c.oneOf(record.preset, 'surface.preset', SURFACE_NAMES);
    return preset && makeSurface(c, { preset }, SURFACES[preset].expression, 'surface.preset');
  }
  const expression = c.string(record.expression, 'surface.expression');
  if (expression === undefined) return undefined;
  if (
    !c.limit(
      expression.length,
      OPTIMIZER_LIMITS.maxExpressionLength,
      'surface.expression',
      'the expression length',
    )
  )
    return undefined;
  return makeSurface(c, { expression }, expression, 'surface.expression');
}

function readStart(c: Checker, value: unknown): Vec2 | undefined {
  if (value === undefined) return c.fail('start', 'required');
  if (!Array.isArray(value) || value.length !== 2)
    return c.fail('start', `expected [x, y], got ${describe(value)}`);
  const limit = { min: -OPTIMIZER_LIMITS.maxAbsStart, max: OPTIMIZER_LIMITS.maxAbsStart };
  const x = c.number(value[0], 'start[0]', limit);
  const y = c.number(value[1], 'start[1]', limit);
  return x === undefined || y === undefined ? undefined : [x, y];
}

function readNoise(c: Checker, value: unknown): Noise | undefined {
  const record = c.object(value, 'noise', ['sigma', 'seed']);
  if (!record) return undefined;
  const present = (name: string): boolean => c.required(record, 'noise', name) !== undefined;
  const sigma = present('sigma') ? c.number(record.sigma, 'noise.sigma', { min: 0 }) : undefined;
  const seed = present('seed')
    ? c.integer(record.seed, 'noise.seed', { min: 0, max: OPTIMIZER_LIMITS.maxSeed })
    : undefined;
  return sigma === undefined || seed === undefined ? undefined : { sigma, seed };
}

/** A hyperparameter: the learning rate is required, the others fall back to the format's defaults. */
function readHyperparameter(
  c: Checker,
  record: Record<string, unknown>,
  path: string,
  name: keyof typeof HYPERPARAMETERS,
): number | undefined {
  const rule = HYPERPARAMETERS[name];
  const at = key(path, name);
  const value =
    rule.fallback === undefined ? c.required(record, path, name) : (record[name] ?? rule.fallback);
  if (value === undefined) return undefined;
  if (rule.range !== 'fraction')
    return c.number(value, at, { min: 0, exclusiveMin: rule.range === 'positive' });
  const fraction = c.number(value, at, { min: 0 });
  // A decay rate of 1 or more never forgets (or grows): the running averages would not average.
  if (fraction !== undefined && fraction >= 1)
    return c.fail(at, `expected a number in [0, 1), got ${fraction}`);
  return fraction;
}

function readOptimizer(c: Checker, value: unknown, path: string): Optimizer | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return c.fail(
      path,
      `expected an optimizer object such as {"type": "sgd", "lr": 0.1}, got ${describe(value)}`,
    );
  }
  const type = c.oneOf((value as { type?: unknown }).type, key(path, 'type'), OPTIMIZER_TYPES);
  if (type === undefined) return undefined;
  const info = OPTIMIZERS[type];
  const before = c.issues.length;
  const record = c.object(value, path, ['type', ...info.keys])!;
  const values = Object.fromEntries(
    info.keys.map((name) => [name, readHyperparameter(c, record, path, name)]),
  );
  return c.issues.length === before ? ({ type, ...values } as Optimizer) : undefined;
}

function readOptimizers(c: Checker, value: unknown): Optimizer[] | undefined {
  if (value === undefined) return c.fail('optimizers', 'required');
  if (!Array.isArray(value))
    return c.fail('optimizers', `expected an array of optimizers, got ${describe(value)}`);
  if (value.length === 0) return c.fail('optimizers', 'expected at least one optimizer, got none');
  if (!c.limit(value.length, OPTIMIZER_LIMITS.maxOptimizers, 'optimizers', 'the number of optimizers'))
    return undefined;
  const optimizers = value.map((o, k) => readOptimizer(c, o, index('optimizers', k)));
  return optimizers.every((o) => o !== undefined) ? optimizers : undefined;
}

/** Validates an optimizer problem (the `widget` key is already known to be "optimizer"). */
export function readOptimizerProblem(c: Checker, value: unknown): OptimizerProblem | undefined {
  const before = c.issues.length;
  const record = c.object(value, '', keys);
  if (!record) return undefined;
  const surface = readSurface(c, record.surface);
  const start = readStart(c, record.start);
  const steps = c.integer(record.steps ?? 100, 'steps', { min: 0, max: OPTIMIZER_LIMITS.maxSteps });
  const noise = record.noise === undefined ? undefined : readNoise(c, record.noise);
  const optimizers = readOptimizers(c, record.optimizers);
  if (!surface || !start || steps === undefined || !optimizers || c.issues.length > before) return undefined;
  const updates = steps * optimizers.length;
  if (
    !c.limit(
      updates,
      OPTIMIZER_LIMITS.maxUpdates,
      'steps',
      `steps × optimizers (${steps} × ${optimizers.length})`,
    )
  )
    return undefined;
  const f0 = surface.compiled.value(start[0], start[1]);
  if (!Number.isFinite(f0)) {
    // At the start, where the race begins; but f may be what is wrong (1/0 is infinite everywhere),
    // so the message names the value and both ways out.
    const at = `f(${formatText(start[0])}, ${formatText(start[1])})`;
    return c.fail(
      'start',
      `${at} = ${formatText(f0)}, not a finite loss: change the expression or the start`,
    );
  }
  return { widget: 'optimizer', surface, start, steps, noise, optimizers };
}
