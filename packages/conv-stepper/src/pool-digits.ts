import { cellText } from '@dlviz/ui';

/** The most digits a grid shows for this: the narration's six. */
const MOST = 6;

type Maps = readonly (readonly (readonly number[])[])[];

/**
 * The significant digits to draw a max pool's maps with, the map it reads and the pooled one:
 * `digits`, or as many more (up to six, as the narration writes) as it takes for each window's
 * maximum to read apart from the other numbers in its window. At three digits, 0.9998 and 0.9997
 * both read "1", and the cell marked as the maximum would not look like one.
 */
export function poolDigits(
  maps: Maps,
  pooled: Maps,
  [height, width]: readonly [number, number],
  [strideRows, strideColumns]: readonly [number, number],
  digits: number,
): number {
  let shown = digits;
  pooled.forEach((map, f) =>
    map.forEach((row, i) =>
      row.forEach((maximum, j) => {
        for (let r = i * strideRows; r < i * strideRows + height; r++)
          for (let c = j * strideColumns; c < j * strideColumns + width; c++) {
            const value = maps[f]![r]![c]!;
            // Only numbers within one unit of the last digit can read alike; the rest are skipped unformatted.
            if (value === maximum || Math.abs(maximum - value) > Math.abs(maximum) * 10 ** (1 - shown))
              continue;
            while (shown < MOST && cellText(value, shown) === cellText(maximum, shown)) shown++;
          }
      }),
    ),
  );
  return shown;
}
