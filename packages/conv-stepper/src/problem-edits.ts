import type { ConvProblemJson } from '@dlviz/core';
import { keptWhereTheyFit, zeros } from '@dlviz/ui';

/*
 * Changes to the problem JSON that the widget's controls make. Each returns a new object (the old one
 * may be what the host passed in) and keeps every value it can, so shrinking and growing a dimension
 * back restores nothing but never scrambles what is still in range.
 */

/** The sizes the settings panel edits. */
export interface Dimensions {
  channels: number;
  height: number;
  width: number;
  filters: number;
  kernelHeight: number;
  kernelWidth: number;
  groups: number;
}

export function dimensionsOf(json: ConvProblemJson): Dimensions {
  const kernel = json.kernels[0]?.[0];
  return {
    channels: json.input.length,
    height: json.input[0]?.length ?? 0,
    width: json.input[0]?.[0]?.length ?? 0,
    filters: json.kernels.length,
    kernelHeight: kernel?.length ?? 0,
    kernelWidth: kernel?.[0]?.length ?? 0,
    groups: json.groups ?? 1,
  };
}

/** A nested array reshaped to `shape`: old values where their index still exists, zeros elsewhere. */
const reshaped = (old: unknown, shape: readonly number[]): unknown => keptWhereTheyFit(old, zeros(shape));

/**
 * The problem resized to `next`. Groups must divide both C and F; a size that breaks that falls
 * back to one group rather than leaving a problem the validator would refuse.
 */
export function resized(json: ConvProblemJson, next: Dimensions): ConvProblemJson {
  const groups = next.channels % next.groups === 0 && next.filters % next.groups === 0 ? next.groups : 1;
  const perGroup = next.channels / groups;
  const result: ConvProblemJson = {
    ...json,
    input: reshaped(json.input, [next.channels, next.height, next.width]) as number[][][],
    kernels: reshaped(json.kernels, [
      next.filters,
      perGroup,
      next.kernelHeight,
      next.kernelWidth,
    ]) as number[][][][],
  };
  if (json.bias) result.bias = reshaped(json.bias, [next.filters]) as number[];
  if (groups === 1) delete result.groups;
  else result.groups = groups;
  return result;
}

/** One input value replaced. */
export function withInput(
  json: ConvProblemJson,
  channel: number,
  row: number,
  column: number,
  value: number,
): ConvProblemJson {
  const input = json.input.map((map, c) =>
    c !== channel ? map : map.map((r, i) => (i !== row ? r : r.map((x, j) => (j === column ? value : x)))),
  );
  return { ...json, input };
}

/** One kernel weight replaced. */
export function withWeight(
  json: ConvProblemJson,
  filter: number,
  slice: number,
  row: number,
  column: number,
  value: number,
): ConvProblemJson {
  const kernels = json.kernels.map((kernel, f) =>
    f !== filter
      ? kernel
      : kernel.map((m, k) =>
          k !== slice ? m : m.map((r, i) => (i !== row ? r : r.map((x, j) => (j === column ? value : x)))),
        ),
  );
  return { ...json, kernels };
}

/** One bias replaced; the bias array is created (zeros) when the problem had none. */
export function withBias(json: ConvProblemJson, filter: number, value: number): ConvProblemJson {
  const bias = (json.bias ?? json.kernels.map(() => 0)).map((b, f) => (f === filter ? value : b));
  return { ...json, bias };
}
