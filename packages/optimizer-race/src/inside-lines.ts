/**
 * Rows and columns a level's region covers whole, left out of what d3-contour marches over.
 *
 * The higher levels of most surfaces cover the plot but for its corners, so their bounding box is
 * the whole grid, and d3-contour walks all of it and puts a point on every grid line where the
 * region meets the plot's edge. A line whose samples are all ≤ v, between two such lines, holds no
 * crossing: every cell it touches lies inside, and all the region's boundary does there is run
 * along the plot's edge. Traced without those lines, the rings are the same except for the points
 * of those straight runs, which `expandRing` puts back (by index, so the rings stay identical).
 */

/**
 * The lines first … last to trace, as offsets from `first`: all but those whose maximum, and both
 * neighbours' maxima, are ≤ value. The first and last are always kept.
 */
export function keptLines(maxima: Float64Array, first: number, last: number, value: number): Int32Array {
  const kept = new Int32Array(last - first + 1);
  let n = 0;
  for (let k = first; k <= last; k++) {
    const inner = k > first && k < last;
    if (!inner || maxima[k - 1]! > value || maxima[k]! > value || maxima[k + 1]! > value)
      kept[n++] = k - first;
  }
  return kept.subarray(0, n);
}

/** A coordinate traced on the kept lines, on the crop: sample k of the kept lines sits at k + 0.5. */
function place(c: number, lines: Int32Array): number {
  const k = Math.min(lines.length - 1, Math.max(0, Math.floor(c - 0.5)));
  return c + lines[k]! - k;
}

/**
 * A ring d3-contour traced on the kept columns and rows, moved (in place) to the crop's coordinates.
 * Where the ring jumps over left-out lines it runs along the plot's edge, one point per line in the
 * original: those points are put back, one grid step apart.
 */
export function expandRing(ring: number[][], columns: Int32Array, rows: Int32Array): number[][] {
  const out: number[][] = [];
  for (const point of ring) {
    // Indexing, not destructuring: this runs for thousands of points per redraw, often before the
    // JIT has optimized it, and unoptimized destructuring walks an iterator per point.
    const x = place(point[0]!, columns);
    const y = place(point[1]!, rows);
    const last = out[out.length - 1];
    const px = last ? last[0]! : x;
    const py = last ? last[1]! : y;
    // Only a step along one axis can jump (the other's difference is then 0).
    if (x === px || y === py)
      for (let k = 1; k < Math.abs(x - px) + Math.abs(y - py); k++)
        out.push([px + Math.sign(x - px) * k, py + Math.sign(y - py) * k]);
    point[0] = x;
    point[1] = y;
    out.push(point);
  }
  return out;
}
