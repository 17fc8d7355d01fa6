import { describe, expect, test } from 'vitest';
import { mathml, texToMathmlBody } from '../src/tex-to-mathml.js';

/** Parses the output as the browser will, so malformed markup fails the test. */
function parse(tex: string): Element {
  const host = document.createElement('div');
  host.innerHTML = mathml(tex);
  const math = host.firstElementChild!;
  expect(math.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
  return math;
}

describe('texToMathmlBody', () => {
  test.each([
    ['3', '<mn>3</mn>'],
    ['0.25', '<mn>0.25</mn>'],
    ['x', '<mi>x</mi>'],
    ['a + b', '<mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>'],
    ['a - b', '<mrow><mi>a</mi><mo>−</mo><mi>b</mi></mrow>'],
    ['-2', '<mrow><mo form="prefix">−</mo><mn>2</mn></mrow>'],
    [
      '(1,\\ -2)',
      '<mrow><mo stretchy="false">(</mo><mn>1</mn><mo>,</mo><mspace width="0.25em"></mspace><mo form="prefix">−</mo><mn>2</mn><mo stretchy="false">)</mo></mrow>',
    ],
    ['a + \\dots - b', '<mrow><mi>a</mi><mo>+</mo><mo>…</mo><mo>−</mo><mi>b</mi></mrow>'],
    [
      'x = (-2, 3) - 1',
      '<mrow><mi>x</mi><mo>=</mo><mo stretchy="false">(</mo><mo form="prefix">−</mo><mn>2</mn><mo>,</mo><mn>3</mn><mo stretchy="false">)</mo><mo>−</mo><mn>1</mn></mrow>',
    ],
    ['2 \\cdot 3', '<mrow><mn>2</mn><mo>·</mo><mn>3</mn></mrow>'],
    ['a \\times b', '<mrow><mi>a</mi><mo>×</mo><mi>b</mi></mrow>'],
    ['x \\le y', '<mrow><mi>x</mi><mo>≤</mo><mi>y</mi></mrow>'],
    ['x \\ge y', '<mrow><mi>x</mi><mo>≥</mo><mi>y</mi></mrow>'],
    ['a < b', '<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>'],
    ['x^{2}', '<msup><mi>x</mi><mn>2</mn></msup>'],
    ['x_i', '<msub><mi>x</mi><mi>i</mi></msub>'],
    ['x_{i}^{2}', '<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>'],
    ['\\frac{a}{b}', '<mfrac><mi>a</mi><mi>b</mi></mfrac>'],
    ['\\sqrt{x}', '<msqrt><mi>x</mi></msqrt>'],
    ['\\hat{y}', '<mover accent="true"><mi>y</mi><mo stretchy="true">^</mo></mover>'],
    // A rule over the whole of x², as the mean square is written: not a macron, which needs a math font to stretch.
    [
      '\\overline{x^2}_0',
      '<msub><mrow style="border-top:.06em solid;padding-top:.1em"><msup><mi>x</mi><mn>2</mn></msup></mrow><mn>0</mn></msub>',
    ],
    ['\\alpha\\beta', '<mrow><mi>α</mi><mi>β</mi></mrow>'],
    ['\\nabla', '<mo>∇</mo>'],
    ['\\partial', '<mi>∂</mi>'],
    ['\\infty', '<mi>∞</mi>'],
    ['a \\odot b', '<mrow><mi>a</mi><mo>⊙</mo><mi>b</mi></mrow>'],
    ['\\text{if } x', '<mrow><mtext>if\u00a0</mtext><mi>x</mi></mrow>'],
    [
      '2 \\text{ at } (1, 2)',
      '<mrow><mn>2</mn><mtext>\u00a0at\u00a0</mtext><mo stretchy="false">(</mo><mn>1</mn><mo>,</mo><mn>2</mn><mo stretchy="false">)</mo></mrow>',
    ],
    ['\\operatorname{ReLU}', '<mi mathvariant="normal">ReLU</mi>'],
    ['\\log x', '<mrow><mi>log</mi><mspace width="0.1667em"></mspace><mi>x</mi></mrow>'],
    ['W^\\top', '<msup><mi>W</mi><mo>⊤</mo></msup>'],
    ['n \\sim \\mathcal{N}', '<mrow><mi>n</mi><mo>∼</mo><mi mathvariant="script">N</mi></mrow>'],
    ['\\max_{i} x', '<mrow><munder><mi>max</mi><mi>i</mi></munder><mi>x</mi></mrow>'],
    ['1, \\ldots, n', '<mrow><mn>1</mn><mo>,</mo><mo>…</mo><mo>,</mo><mi>n</mi></mrow>'],
  ])('%s', (tex, expected) => {
    expect(texToMathmlBody(tex)).toBe(expected);
  });

  test('every Greek letter the core uses', () => {
    const letters = ['alpha', 'beta', 'gamma', 'eta', 'mu', 'sigma', 'epsilon', 'varepsilon', 'nu', 'theta'];
    for (const name of letters) expect(texToMathmlBody(`\\${name}`)).toMatch(/^<mi>[^<\\]<\/mi>$/);
  });

  test('functions the core uses are upright identifiers', () => {
    for (const name of ['log', 'exp', 'max', 'tanh', 'sin', 'cos'])
      expect(texToMathmlBody(`\\${name}(x)`)).toMatch(new RegExp(`^<mrow><mi>${name}</mi><mo`));
  });

  test("a function name keeps TeX's thin space before its operand, not before a bracket or a script", () => {
    const thin = '<mspace width="0.1667em"></mspace>';
    expect(texToMathmlBody('\\log 0.5')).toBe(`<mrow><mi>log</mi>${thin}<mn>0.5</mn></mrow>`);
    expect(texToMathmlBody('\\tanh z')).toBe(`<mrow><mi>tanh</mi>${thin}<mi>z</mi></mrow>`);
    expect(texToMathmlBody('\\sin \\theta')).toContain(`<mi>sin</mi>${thin}<mi>θ</mi>`);
    for (const tex of ['\\log(1 + x)', '\\log\\left(x\\right)', '\\max_{i} x', '\\exp^{2} x'])
      expect(texToMathmlBody(tex)).not.toContain('mspace');
  });

  test('sums put their limits under and over', () => {
    expect(texToMathmlBody('\\sum_{i=1}^{n} x_i')).toBe(
      '<mrow><munderover><mo largeop="true" movablelimits="true">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub></mrow>',
    );
  });

  test('underbrace frames the group below and puts its label under it', () => {
    expect(texToMathmlBody('\\underbrace{a + b}_{c=0}')).toBe(
      '<munder><mrow class="dlviz-underbrace" style="padding:0 0.15em 0.2em;border:0.08em solid;border-top:0;border-radius:0 0 0.35em 0.35em"><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow></mrow><mrow><mi>c</mi><mo>=</mo><mn>0</mn></mrow></munder>',
    );
    expect(texToMathmlBody('\\underbrace{x}')).toBe(
      '<mrow class="dlviz-underbrace" style="padding:0 0.15em 0.2em;border:0.08em solid;border-top:0;border-radius:0 0 0.35em 0.35em"><mi>x</mi></mrow>',
    );
  });

  test('the per-channel sums of a multi-channel convolution window', () => {
    const math = parse(
      'Z_{0}(0,0) = \\underbrace{1 \\cdot 2 + 3 \\cdot (-1)}_{c=0:\\ -1} + \\underbrace{0 \\cdot 1}_{c=1:\\ 0} + 1 = 0',
    );
    const braces = math.querySelectorAll('munder > .dlviz-underbrace');
    expect(braces).toHaveLength(2);
    expect(braces[0]!.textContent).toBe('1·2+3·(−1)');
    expect(braces[0]!.nextElementSibling!.textContent).toBe('c=0:−1');
    expect(braces[1]!.textContent).toBe('0·1');
  });

  test('tfrac is a fraction in text style', () => {
    expect(texToMathmlBody('\\tfrac{1}{2}')).toBe(
      '<mstyle displaystyle="false" scriptlevel="1"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>',
    );
  });

  test('\\left( \\right) become stretchy fences; plain parentheses do not stretch', () => {
    expect(texToMathmlBody('\\left( x \\right)')).toBe(
      '<mrow><mo fence="true" stretchy="true">(</mo><mi>x</mi><mo fence="true" stretchy="true">)</mo></mrow>',
    );
    expect(texToMathmlBody('(x)')).toBe(
      '<mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>',
    );
  });

  test('bmatrix becomes a bracketed table, rows by \\\\ and cells by &', () => {
    const body = texToMathmlBody('\\begin{bmatrix} 1 & -2 \\\\ 3 & 4 \\end{bmatrix}');
    expect(body).toBe(
      '<mrow><mo fence="true" stretchy="true">[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mo form="prefix">−</mo><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mn>4</mn></mtd></mtr></mtable><mo fence="true" stretchy="true">]</mo></mrow>',
    );
  });

  test('a column vector from the core (texVector) has one cell per row', () => {
    const math = parse('\\begin{bmatrix} 1 \\\\ 2 \\\\ 3 \\end{bmatrix}');
    expect(math.querySelectorAll('mtr')).toHaveLength(3);
    expect(math.querySelectorAll('mtd')).toHaveLength(3);
  });

  test('aligned rows meet at the =: one table, no brackets, its own alignment class', () => {
    const math = parse('\\begin{aligned} z &= 1 + 2 \\\\ &\\quad + 3 \\\\ &= 6 \\end{aligned}');
    expect(math.querySelector('mtable')!.getAttribute('class')).toBe('dlviz-aligned');
    expect(math.querySelectorAll('mtr')).toHaveLength(3);
    expect(math.querySelectorAll('mtr:first-child > mtd')).toHaveLength(2);
    expect(math.querySelector('mo[fence]')).toBeNull();
    // Display style, as TeX sets aligned: a fraction in it is full size, not a table cell's small type.
    expect(math.querySelector('mtable')!.getAttribute('displaystyle')).toBe('true');
  });

  test('cases has a left brace and left-aligned rows', () => {
    const math = parse(
      'f(x) = \\begin{cases} x & \\text{if } x \\ge 0 \\\\ 0 & \\text{otherwise} \\end{cases}',
    );
    expect(math.querySelector('mtable')!.getAttribute('class')).toBe('dlviz-left');
    expect(math.querySelectorAll('mtr')).toHaveLength(2);
    expect(math.querySelector('mo[fence]')!.textContent).toBe('{');
    expect(math.querySelector('mtable')!.hasAttribute('displaystyle')).toBe(false);
  });

  test('unknown commands render as text and nothing throws', () => {
    expect(texToMathmlBody('\\foo{x}')).toBe('<mrow><mtext>\\foo</mtext><mi>x</mi></mrow>');
    for (const broken of [
      '\\frac{a',
      '}{',
      'x^',
      '\\left( x',
      '\\begin{bmatrix} 1 &',
      '\\begin{bmatrix} 1 \\right) 2 \\end{bmatrix}',
      '\\right)',
      '\\end{cases}',
      '\\',
      '{{{',
      '_^',
    ]) {
      expect(() => parse(broken)).not.toThrow();
    }
  });

  test('input text is escaped, so markup in TeX cannot become elements', () => {
    const math = parse('\\text{<img src=x onerror=alert(1)>} & "q"');
    expect(math.querySelector('img')).toBeNull();
    expect(math.querySelector('mtext')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('mathml wraps in <math> and keeps the TeX as an annotation', () => {
    const math = parse('y = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}');
    expect(math.getAttribute('display')).toBe('block');
    expect(math.querySelector('annotation')!.textContent).toBe(
      'y = \\frac{x - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}',
    );
    expect(math.querySelector('mfrac msqrt msup')).not.toBeNull();
    expect(mathml('x', { display: 'inline' })).toContain('display="inline"');
  });

  test('a formula the core emits for a convolution output', () => {
    const tex = 'y_{1,2} = 0\\cdot 1 + 2\\cdot(-1) + 1 = -1, \\quad \\max(0.01\\cdot(-1), -1) = -0.01';
    const math = parse(tex);
    expect(math.querySelector('mspace')).not.toBeNull();
    expect(math.textContent).toContain('max');
  });
});
