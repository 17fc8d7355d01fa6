import { expect, test } from 'vitest';
import { flowMarkup } from '../src/formula-flow.js';
import { texToMathmlBody } from '../src/tex-to-mathml.js';

/** The flow's outer box: a grid of left and right sides, or one left side beside its right sides. */
function flowOf(tex: string): HTMLElement | undefined {
  const markup = flowMarkup(tex);
  if (markup === undefined) return undefined;
  return new DOMParser().parseFromString(markup, 'text/html').body.firstElementChild as HTMLElement;
}

const texIn = (element: Element) => [...element.querySelectorAll('annotation')].map((a) => a.textContent!);

/** The TeX of each wrapping box, row by row: a row's left side, then its chains' terms. */
function boxes(tex: string): string[][] | undefined {
  const flow = flowOf(tex);
  if (flow === undefined) return undefined;
  const cells = [...flow.children];
  if (flow.style.gridTemplateColumns === 'minmax(0px, 1fr)') {
    // Equations one under another, each a left side then a column of right sides continuing it.
    return cells.flatMap((equation) => {
      const [lhs, rights] = equation.children;
      return [...rights!.children].map((rhs, i) => [i ? '' : texIn(lhs!)[0]!, ...texIn(rhs)]);
    });
  }
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([texIn(cells[i]!)[0] ?? '', ...texIn(cells[i + 1]!)]);
  return rows;
}

test('an aligned block: a row per equation, its right side cut at each relation, sum and product', () => {
  expect(
    boxes('\\begin{aligned} z &= 0.5 \\cdot 0.5 + 0.3 \\cdot (-1) - 0.1 = -0.3 \\\\ &= -0.3 \\end{aligned}'),
  ).toEqual([
    ['z', '{}= 0.5', '{}\\cdot 0.5', '{}+ 0.3', '{}\\cdot (-1)', '{}- 0.1', '{}= -0.3'],
    ['', '{}= -0.3'],
  ]);
});

test('a lone equation is split at its first relation', () => {
  expect(boxes('\\hat{x} = a + b')).toEqual([['\\hat{x}', '{}= a', '{}+ b']]);
});

test('signs and everything inside a group stay whole', () => {
  // −0.5 after =, −1 after ·, and the sums inside braces, round brackets and a fraction.
  expect(boxes('y = -0.5 \\cdot -1 + (a + b) + \\frac{c + d}{2} + {e + f}')).toEqual([
    ['y', '{}= -0.5', '{}\\cdot -1', '{}+ (a + b)', '{}+ \\frac{c + d}{2}', '{}+ {e + f}'],
  ]);
});

test('round brackets hold together; square ones, around a written-out mean, break between terms', () => {
  expect(boxes('\\sigma^2 = \\frac{1}{2}[(a - b)^2 + (c - d)^2] - (e - f) = 1')).toEqual([
    ['\\sigma^2', '{}= \\frac{1}{2}[(a - b)^2', '{}+ (c - d)^2]', '{}- (e - f)', '{}= 1'],
  ]);
});

test('a product wraps before its ·, × or elementwise ⊙', () => {
  expect(boxes("\\delta = \\left(W^{\\top} \\delta\\right) \\odot g'(z) \\times 2")).toEqual([
    ['\\delta', '{}= \\left(W^{\\top} \\delta\\right)', "{}\\odot g'(z)", '{}\\times 2'],
  ]);
});

test('a remark in words may wrap onto a line of its own', () => {
  expect(boxes('P_{0}(1,1) = 2\\text{ at } (2, 2)\\text{, the first of 2 equal maxima}')).toEqual([
    ['P_{0}(1,1)', '{}= 2', '{}\\text{ at } (2, 2)', '{}\\text{, the first of 2 equal maxima}'],
  ]);
});

test('nothing to wrap: no flow, the formula stays one piece', () => {
  expect(boxes('x = 1')).toBeUndefined();
  expect(boxes('(x_0 + x_1 + x_2)')).toBeUndefined();
  expect(boxes('\\frac{1}{n}')).toBeUndefined();
});

test('each chain wraps apart from the next; its later terms wrap indented', () => {
  const [, rights] = flowOf('a = b + c = d')!.children[0]!.children;
  const chains = [...rights!.children[0]!.children];
  expect(chains).toHaveLength(2);
  for (const chain of chains) expect((chain as HTMLElement).style.paddingLeft).toBe('1.5em');
  expect((chains[0]!.children[0] as HTMLElement).style.marginLeft).toBe('-1.5em');
  expect((chains[0]!.children[1] as HTMLElement).style.marginLeft).toBe('');
});

test('one left side: its right sides go under it, indented, only where the two do not fit side by side', () => {
  const flow = flowOf('\\begin{aligned} \\frac{a}{b} &= c + d \\\\ &= e \\end{aligned}')!;
  expect(flow.children).toHaveLength(1);
  // A wrapping line whose right sides shrink no narrower than their widest piece, then drop under.
  const equation = flow.children[0] as HTMLElement;
  expect(equation.style.display).toBe('flex');
  expect(equation.style.flexWrap).toBe('wrap');
  expect(equation.style.paddingLeft).toBe('1em');
  const [lhs, rights] = equation.children as unknown as [HTMLElement, HTMLElement];
  expect(lhs.style.marginLeft).toBe('-1em');
  expect(rights.style.flex).toBe('1 1 0px');
  expect(rights.style.minWidth).toBe('min-content');
  expect(rights.children).toHaveLength(2);
});

test('equations set side by side each wrap on their own; an aligned block with several left sides keeps its grid', () => {
  const sideBySide = flowOf('\\frac{a}{b} = c,\\qquad d = \\left(e\\right) \\odot f')!;
  expect([...sideBySide.children].map((equation) => (equation as HTMLElement).style.flexWrap)).toEqual([
    'wrap',
    'wrap',
  ]);
  const aligned = flowOf('\\begin{aligned} z &= 1 + 2 \\\\ a &= 3 \\end{aligned}')!;
  expect(aligned.style.gridTemplateColumns).toBe('auto minmax(0px, 1fr)');
});

test('equations set side by side with \\quad or \\qquad go one under another', () => {
  expect(boxes('a = 1, \\quad b = 2 + 3')).toEqual([
    ['a', '{}= 1,'],
    ['b', '{}= 2', '{}+ 3'],
  ]);
  expect(boxes('v_t = a - b,\\qquad \\theta_t = c + v_t')).toEqual([
    ['v_t', '{}= a', '{}- b,'],
    ['\\theta_t', '{}= c', '{}+ v_t'],
  ]);
});

test("a matrix's rows and columns stay its own: only the formula's top-level breaks are taken", () => {
  const matrix = '\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}';
  const flowed = flowMarkup(`\\begin{aligned} a &= ${matrix}, \\quad b = 2 + 3 \\\\ &= 5 \\end{aligned}`)!;
  expect(flowed).toContain(texToMathmlBody(matrix));
});

test('a \\left( bracket may break after its commas and between its terms; one around a fraction may not', () => {
  expect(boxes('\\theta_1 = \\left(1,\\ -2\\right) - 0.1 \\cdot \\left(0.5,\\ -0.25\\right)')).toEqual([
    ['\\theta_1', '{}= (1,\\ ', '-2)', '{}- 0.1', '{}\\cdot (0.5,\\ ', '-0.25)'],
  ]);
  // A sum's later terms start infix, as a tuple's later items start with their signs.
  expect(boxes('L = -\\left(1 \\cdot \\log 0.8 + 0 \\cdot \\log 0.2\\right)')).toEqual([
    ['L', '{}= -(1 \\cdot \\log 0.8', '{}+ 0 \\cdot \\log 0.2)'],
  ]);
  // Where the bracket is not at the factor's top level, or holds something tall, or one term only,
  // the factor stays whole.
  expect(
    boxes('y = \\left(\\frac{1}{2},\\ 3\\right) + \\log\\left(x\\right) + {\\left(1,\\ 2\\right)}'),
  ).toEqual([
    ['y', '{}= \\left(\\frac{1}{2},\\ 3\\right)', '{}+ \\log\\left(x\\right)', '{}+ {\\left(1,\\ 2\\right)}'],
  ]);
  const markup = flowMarkup('a = b + \\left(1,\\ 2\\right)')!;
  const tuple = new DOMParser()
    .parseFromString(markup, 'text/html')
    .querySelector('[style*="padding-left:1em"]')!;
  expect([...tuple.children].map((part) => (part as HTMLElement).style.marginLeft)).toEqual(['-1em', '']);
});
