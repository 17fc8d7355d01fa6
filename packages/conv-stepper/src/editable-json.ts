import type { ConvProblemJson } from '@dlviz/core';

/**
 * The JSON when it has the nesting the settings panel needs (a 3-D input and 4-D kernels), even if
 * the validator refuses it: a kernel too large for its input is fixed by editing the sizes.
 */
export function editableJson(json: unknown): ConvProblemJson | undefined {
  const nested = (json ?? {}) as { input?: unknown; kernels?: unknown };
  const deep = (value: unknown, depth: number): boolean =>
    depth === 0 || (Array.isArray(value) && value.length > 0 && deep(value[0], depth - 1));
  return deep(nested.input, 3) && deep(nested.kernels, 4) ? (json as ConvProblemJson) : undefined;
}
