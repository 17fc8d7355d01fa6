/**
 * Per-filter maps as the widget draws them while stepping: the first `filled[f]` cells of map f
 * (row by row) hold their values and the cells whose step has not come yet hold 0. Those cells'
 * numbers are hidden until their step anyway; giving them one constant means a change of problem
 * (new sizes, padding, values) redraws the cells already computed and leaves the thousands still
 * to come as they were.
 */
export function computedSoFar(
  maps: readonly (readonly (readonly number[])[])[],
  filled: readonly number[],
): (readonly (readonly number[])[])[] {
  return maps.map((map, f) => {
    const count = filled[f] ?? 0;
    const width = map[0]?.length ?? 0;
    return map.map((row, r) => {
      const inRow = count - r * width;
      if (inRow >= width) return row;
      return row.map((value, c) => (c < inRow ? value : 0));
    });
  });
}
