import { afterEach, expect, test } from 'vitest';
import { stretchedFencePath } from '../src/stretched-fence.js';

let math: Element;
afterEach(() => math.remove());

/** An operator of 16 px text holding `glyph`. */
function operator(glyph: string, name = 'mo'): Element {
  math = document.createElementNS('http://www.w3.org/1998/Math/MathML', 'math');
  math.setAttribute('style', 'font-size: 16px');
  const element = document.createElementNS('http://www.w3.org/1998/Math/MathML', name);
  element.textContent = glyph;
  math.append(element);
  document.body.append(math);
  return element;
}

/** The path's points, as [x, y] pairs. */
const points = (d: string) =>
  d
    .split(' ')
    .filter((token) => !/[A-Z]/.test(token))
    .map(Number)
    .flatMap((value, i, all) => (i % 2 === 0 ? [[value, all[i + 1]!]] : []));

const tall = new DOMRect(100, 10, 10, 40);

test('a floor bracket stretched over 40 px is a line down its left side and a foot to the right', () => {
  const d = stretchedFencePath(operator('⌊'), tall)!;
  expect(points(d)).toEqual([
    [103, 10],
    [103, 50],
    [107.5, 50],
  ]);
});

test('a closing fence is its opener mirrored across its box', () => {
  const opening = points(stretchedFencePath(operator('('), tall)!);
  const closing = points(stretchedFencePath(operator(')'), tall)!);
  expect(closing).toEqual(opening.map(([x, y]) => [210 - x!, y]));
  // Its ends lie in the box (the curve's control point, second, lies beyond it).
  for (const [x, y] of closing.filter((_, i) => i !== 1)) {
    expect(x).toBeGreaterThanOrEqual(100);
    expect(x).toBeLessThanOrEqual(110);
    expect(y).toBeGreaterThanOrEqual(10);
    expect(y).toBeLessThanOrEqual(50);
  }
});

test('every fence the formulas use has a shape', () => {
  for (const glyph of ['(', ')', '[', ']', '⌊', '⌋', '⌈', '⌉', '{', '}', '⟨', '⟩', '|', '‖'])
    expect(stretchedFencePath(operator(glyph), tall), glyph).toMatch(/^M /);
});

test('a fence at its text size, another operator, or another element is left to be written as text', () => {
  expect(stretchedFencePath(operator('⌊'), new DOMRect(100, 10, 10, 20))).toBeUndefined();
  expect(stretchedFencePath(operator('+'), tall)).toBeUndefined();
  expect(stretchedFencePath(operator('(', 'mi'), tall)).toBeUndefined();
});
