import { readActivation } from '../activation.js';
import type { Checker, Nested } from '../validate/checker.js';
import { index, key } from '../validate/path.js';
import { axisLength, axisLengthText, poolLength, poolLengthText, type Axis, type AxisName } from './axis.js';
import { CONV_LIMITS } from './limits.js';
import type { ConvPool, ConvProblem, PoolType } from './problem.js';

const KEYS = [
  'widget',
  'input',
  'kernels',
  'bias',
  'stride',
  'padding',
  'dilation',
  'groups',
  'transposed',
  'outputPadding',
  'activation',
  'pool',
] as const;
const POOL_KEYS = ['type', 'size', 'stride'] as const;
const POOL_TYPES: readonly PoolType[] = ['max', 'avg'];
const AXES: readonly AxisName[] = ['rows', 'columns'];

/** Flags every value too large to keep the layer's sums finite, each at its own path. */
function checkMagnitude(c: Checker, data: Nested, path: string): void {
  if (Array.isArray(data)) {
    data.forEach((item, i) => checkMagnitude(c, item, index(path, i)));
  } else if (Math.abs(data) > CONV_LIMITS.maxAbsValue) {
    c.fail(
      path,
      `expected a number between −${CONV_LIMITS.maxAbsValue} and ${CONV_LIMITS.maxAbsValue}, got ${data}`,
    );
  }
}

/** A deep copy, so the validated problem owns its numbers (see `compute`'s cache). */
function copy(data: Nested): Nested {
  return Array.isArray(data) ? data.map(copy) : data;
}

/** A rectangular tensor of bounded size and magnitude, copied out of the JSON. */
function readTensor(
  c: Checker,
  value: unknown,
  path: string,
  nouns: readonly string[],
  size: { max: number; what: string },
  sizes: readonly (number | undefined)[] = [],
): { data: Nested; shape: number[] } | undefined {
  if (value === undefined) return undefined;
  const tensor = c.tensor(value, path, nouns, sizes);
  if (
    !tensor ||
    !c.limit(
      tensor.shape.reduce((a, b) => a * b, 1),
      size.max,
      path,
      size.what,
    )
  )
    return undefined;
  const before = c.issues.length;
  checkMagnitude(c, tensor.data, path);
  return c.issues.length === before ? { data: copy(tensor.data), shape: tensor.shape } : undefined;
}

/** An optional key: its default when absent, else what `read` accepts (undefined after an issue). */
function optional<T>(value: unknown, fallback: T, read: (v: unknown) => T | undefined): T | undefined {
  return value === undefined ? fallback : read(value);
}

/** The path of one axis of a pair-valued key: `stride[1]` when given as a pair, else `stride`. */
function axisPath(record: Record<string, unknown>, name: string, axis: number): string {
  return Array.isArray(record[name]) ? index(name, axis) : name;
}

function readPool(c: Checker, value: unknown): ConvPool | undefined {
  const record = c.object(value, 'pool', POOL_KEYS);
  if (!record) return undefined;
  const rawType = c.required(record, 'pool', 'type');
  const type = rawType === undefined ? undefined : c.oneOf(rawType, key('pool', 'type'), POOL_TYPES);
  const rawSize = c.required(record, 'pool', 'size');
  const size = rawSize === undefined ? undefined : c.pair(rawSize, key('pool', 'size'), { min: 1 });
  const stride = optional(record.stride, size, (v) =>
    c.pair(v, key('pool', 'stride'), { min: 1, max: CONV_LIMITS.maxStride }),
  );
  return type && size && stride ? { type, size, stride } : undefined;
}

/** Validates a conv problem: every issue at once, cross-checks wherever their inputs are valid. */
export function readConv(c: Checker, value: unknown): ConvProblem | undefined {
  const record = c.object(value, '', KEYS);
  if (!record) return undefined;
  const before = c.issues.length;
  const input = readTensor(c, c.required(record, '', 'input'), 'input', ['channels', 'rows', 'columns'], {
    max: CONV_LIMITS.maxInputCells,
    what: 'the input size C·H·W',
  });
  const kernels = readTensor(
    c,
    c.required(record, '', 'kernels'),
    'kernels',
    ['filters', 'channels', 'rows', 'columns'],
    {
      max: CONV_LIMITS.maxWeights,
      what: 'the weight count F·(C/groups)·kH·kW',
    },
  );
  const filters = kernels?.shape[0];
  const bias = optional(record.bias, undefined, (v) =>
    readTensor(
      c,
      v,
      'bias',
      ['biases (one per filter)'],
      { max: CONV_LIMITS.maxWeights, what: 'the bias count' },
      [filters],
    ),
  );
  const groups = optional(record.groups, 1, (v) => c.integer(v, 'groups', { min: 1 }));
  const stride = optional(record.stride, [1, 1] as [number, number], (v) =>
    c.pair(v, 'stride', { min: 1, max: CONV_LIMITS.maxStride }),
  );
  const padding = optional(record.padding, [0, 0] as [number, number], (v) =>
    c.pair(v, 'padding', { min: 0, max: CONV_LIMITS.maxPadding }),
  );
  const dilation = optional(record.dilation, [1, 1] as [number, number], (v) =>
    c.pair(v, 'dilation', { min: 1, max: CONV_LIMITS.maxDilation }),
  );
  const transposed = optional(record.transposed, false, (v) => c.boolean(v, 'transposed'));
  const outputPadding = optional(record.outputPadding, [0, 0] as [number, number], (v) =>
    c.pair(v, 'outputPadding', { min: 0, max: CONV_LIMITS.maxStride }),
  );
  const activation = readActivation(c, record.activation, 'activation');
  const pool = optional(record.pool, null, (v) => readPool(c, v));

  const [channels, height, width] = input?.shape ?? [];
  if (groups !== undefined && channels !== undefined && channels % groups !== 0) {
    c.fail('groups', `groups = ${groups} must divide the input channels C = ${channels}`);
  }
  if (groups !== undefined && filters !== undefined && filters % groups !== 0) {
    c.fail('groups', `groups = ${groups} must divide the filters F = ${filters}`);
  }
  if (groups !== undefined && channels !== undefined && kernels && channels % groups === 0) {
    const want = channels / groups;
    const got = kernels.shape[1]!;
    if (got !== want)
      c.fail(
        index('kernels', 0),
        `expected ${want} channel${want === 1 ? '' : 's'} (C/groups = ${channels}/${groups}), got ${got}`,
      );
  }
  if (outputPadding && transposed === false && (outputPadding[0] !== 0 || outputPadding[1] !== 0)) {
    c.fail('outputPadding', 'only a transposed convolution takes an output padding (set "transposed": true)');
  }
  if (outputPadding && transposed && stride && dilation) {
    AXES.forEach((name, i) => {
      if (outputPadding[i]! >= stride[i]! && outputPadding[i]! >= dilation[i]!) {
        c.fail(
          axisPath(record, 'outputPadding', i),
          `must be smaller than the stride (${stride[i]}) or the dilation (${dilation[i]}) along ${name}, got ${outputPadding[i]}`,
        );
      }
    });
  }
  if (c.issues.length > before || !input || !kernels || !activation || pool === undefined) return undefined;

  const axes = AXES.map((_, i): Axis => ({
    size: i === 0 ? height! : width!,
    kernel: kernels.shape[2 + i]!,
    stride: stride![i]!,
    padding: padding![i]!,
    dilation: dilation![i]!,
    outputPadding: outputPadding![i]!,
    transposed: transposed!,
  }));
  const lengths = axes.map((axis, i) => {
    const length = axisLength(axis);
    if (length < 1) {
      const keys = transposed
        ? 'input, stride, padding, dilation, kernels and outputPadding'
        : 'input, padding, dilation, kernels and stride';
      c.fail(
        transposed ? 'padding' : 'kernels',
        `the output has no ${AXES[i]}: ${axisLengthText(axis, AXES[i]!)} < 1 (from ${keys})`,
      );
    }
    return length;
  });
  if (pool && lengths.every((n) => n >= 1)) {
    AXES.forEach((name, i) => {
      const [size, window, stride] = [lengths[i]!, pool.size[i]!, pool.stride[i]!];
      if (poolLength(size, window, stride) < 1) {
        c.fail(
          'pool.size',
          `the pooled output has no ${name}: ${poolLengthText(size, window, stride, name)} < 1 (pool.size is larger than the output)`,
        );
      }
    });
  }
  if (c.issues.length > before) return undefined;
  const [f, cg, kh, kw] = [filters!, channels! / groups!, kernels.shape[2]!, kernels.shape[3]!];
  const outputCells = f * lengths[0]! * lengths[1]!;
  const work = transposed ? f * cg * height! * width! * kh * kw : outputCells * cg * kh * kw;
  if (
    !c.limit(outputCells, CONV_LIMITS.maxOutputCells, '', 'the output size F·Ho·Wo') ||
    !c.limit(work, CONV_LIMITS.maxMultiplyAdds, '', 'the multiply-add count')
  ) {
    return undefined;
  }
  return {
    widget: 'conv',
    input: input.data as number[][][],
    kernels: kernels.data as number[][][][],
    bias: bias ? (bias.data as number[]) : new Array<number>(f).fill(0),
    stride: stride!,
    padding: padding!,
    dilation: dilation!,
    outputPadding: outputPadding!,
    groups: groups!,
    transposed: transposed!,
    activation,
    pool: pool ?? undefined,
  };
}
