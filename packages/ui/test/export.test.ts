import { afterEach, describe, expect, test } from 'vitest';
import { viewToSvg } from '../src/export.js';

let view: HTMLElement;
afterEach(() => view.remove());

/** Exports a view made of `html`, and parses the file. */
function exported(html: string, style = 'width: 300px; font: 16px sans-serif; color: rgb(10, 20, 30)') {
  view = document.createElement('div');
  view.style.cssText = style;
  view.innerHTML = html;
  document.body.append(view);
  const svg = viewToSvg(view);
  const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  const texts = [...doc.querySelectorAll(':root > g > text')].map((e) => ({
    text: e.textContent ?? '',
    y: Number(e.getAttribute('y')),
  }));
  return { svg, doc, texts, all: texts.map((t) => t.text).join(' | ') };
}

describe('viewToSvg', () => {
  test('writes the view’s HTML text where it is, line by line, and leaves hidden and skipped text out', () => {
    const { doc, texts, all } = exported(`
      <h3 style="margin: 0">Input, 2×4×4</h3>
      <p style="margin: 0">Every product of the window, then their sum
         plus the bias, then the activation.</p>
      <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">Hidden announcement</span>
      <button type="button"><svg width="9" height="9"><text>6</text></svg>Next step</button>
      <label><svg width="9" height="9"><rect width="9" height="9" /></svg> Adam <input value="0.1" /></label>
      <p><svg width="9" height="9" aria-hidden="true"><circle r="4" /></svg> in the window;
         <span aria-hidden="true">weight</span> <input aria-label="Weight of filter 0" value="−1" /></p>
      <svg width="20" height="20"><text x="2" y="15">7</text></svg>
      <div style="width: 60px; overflow: hidden; white-space: nowrap">shown-at-first scrolled-away</div>
      <div data-export="skip"><p>Settings editor</p><svg width="9" height="9"><text>8</text></svg></div>`);
    expect(texts[0]!.text).toBe('Input, 2×4×4');
    // The paragraph wraps in 300 px: one <text> per line, each lower than the last, the source's
    // line break and indentation read as one space.
    const lines = texts.filter((t) => /product|sum|activation|bias/.test(t.text));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.y)).toEqual([...lines.map((l) => l.y)].sort((a, b) => a - b));
    expect(lines.map((l) => l.text).join(' ')).toBe(
      'Every product of the window, then their sum plus the bias, then the activation.',
    );
    // A legend's name is a label, and stays with its swatch; a button shows its name and icon.
    expect(all).toContain('Adam');
    expect(all).toContain('Next step');
    // What only assistive technology is not told is still seen: a swatch, a word, a field's value.
    expect(doc.querySelectorAll('svg svg circle')).toHaveLength(1);
    expect(all).toContain('weight');
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['0.1', '−1']));
    expect(all).toContain('shown-at-first');
    for (const left of ['scrolled-away', 'Hidden announcement', 'Settings editor'])
      expect(all).not.toContain(left);
    // The drawing's own number stays in the drawing, not written again as page text.
    expect(texts.some((t) => t.text === '7')).toBe(false);
    expect([...doc.querySelectorAll('svg svg text')].map((t) => t.textContent)).toEqual(['6', '7']);
    expect(doc.querySelectorAll('svg svg rect')).toHaveLength(1);
    expect(doc.querySelector(':root > g > text')?.getAttribute('style')).toContain('fill:rgb(10, 20, 30)');
  });

  test('keeps a label’s halo under its text: the paint order is written out with the rest', () => {
    const { doc } = exported(`
      <svg width="60" height="20"><text x="2" y="15"
        style="fill: rgb(0, 0, 0); stroke: rgb(255, 255, 255); stroke-width: 3px; paint-order: stroke">min</text></svg>`);
    const style = doc.querySelector('svg svg text')!.getAttribute('style')!;
    expect(style).toMatch(/(^|;)paint-order:\s*stroke/);
    expect(style).toContain('stroke:rgb(255, 255, 255)');
    // Drawn in a page without that CSS, the file still paints the halo first, then the fill.
    const file = document.createElement('div');
    file.innerHTML = new XMLSerializer().serializeToString(doc.querySelector('svg svg')!);
    document.body.append(file);
    try {
      expect(getComputedStyle(file.querySelector('text')!).paintOrder).toMatch(/^stroke/);
    } finally {
      file.remove();
    }
  });

  test('is cut to what it shows: a part left out leaves no empty band', () => {
    const { svg, texts } = exported(
      '<div data-export="skip" style="height: 200px">Settings</div><h3 style="margin: 0">Output</h3>',
    );
    expect(texts.map((t) => t.text)).toEqual(['Output']);
    // The heading's line and a 12 px margin above and below it.
    expect(svg.height).toBeLessThan(40 + 24);
  });

  test('leaves a margin around what it shows, so nothing touches the edge', () => {
    const { doc } = exported('<h3 style="margin: 0">Output</h3>');
    const view = doc.querySelector('svg > g')!;
    expect(view.getAttribute('transform')).toMatch(/^translate\(12(\.\d+)? /);
  });

  test('draws the marks formulas have no text for: fraction bars and root signs', () => {
    const { doc } = exported('<math><mfrac><mi>a</mi><msqrt><mi>b</mi></msqrt></mfrac></math>');
    const bar = doc.querySelector(':root > g > line')!;
    const y = Number(bar.getAttribute('y1'));
    const [a, b] = [...doc.querySelectorAll(':root > g > text')].map((t) => Number(t.getAttribute('y')));
    expect(a).toBeLessThan(y);
    expect(b).toBeGreaterThan(y);
    // The root's sign ends in a bar over b, above its text.
    const sign = doc.querySelector(':root > g > path')!.getAttribute('d')!;
    const top = Number(sign.trim().split(/\s+/).at(-1));
    expect(top).toBeLessThan(b!);
  });

  test('draws a bracket stretched around a fraction as lines, where the browser stretched it', () => {
    const fence = (glyph: string) => `<mo fence="true" stretchy="true">${glyph}</mo>`;
    const { doc, all } = exported(
      `<math style="font-family: math, 'DejaVu Math TeX Gyre', 'Noto Sans Math'"><mrow>${fence('⌊')}
      <mfrac><mi>a</mi><mi>b</mi></mfrac>${fence('⌋')}</mrow></math>`,
    );
    const stretched = view.querySelector('mo')!.getBoundingClientRect().height > 1.4 * 16;
    // Without a math font the browser leaves the brackets at their text size: then they stay text.
    expect(all.includes('⌊')).toBe(!stretched);
    expect(doc.querySelectorAll(':root > g > path').length).toBe(stretched ? 2 : 0);
  });

  test('draws HTML boxes: a swatch’s color, border, radius and dashes, a table’s rules, a fieldset’s frame', () => {
    const { doc } = exported(`
      <p><span style="display: inline-block; width: 16px; height: 16px; border-radius: 50%; background: rgb(0, 0, 255);
        border: 2px dotted rgb(255, 0, 0)"></span> chain-rule paths</p>
      <table style="border-collapse: collapse"><tr><td style="border-bottom: 1px solid rgb(0, 128, 0)">1</td></tr></table>
      <fieldset style="border: 1px solid rgb(1, 2, 3)"><legend>Optimizers</legend>SGD</fieldset>
      <div style="opacity: 0.5"><div style="background: rgb(9, 9, 9); height: 10px"></div></div>
      <div style="background: rgba(0, 0, 0, 0); border: 0 solid red; height: 10px"></div>`);
    const rects = [...doc.querySelectorAll(':root > g > g > rect')];
    const swatch = rects.find((r) => r.getAttribute('style')!.includes('fill:rgb(0, 0, 255)'))!;
    // The stroke runs down the middle of the border, so the outer edge is the box's: 16 + 2 · 2.
    expect(Number(swatch.getAttribute('width'))).toBe(18);
    expect(Number(swatch.getAttribute('rx'))).toBe(9);
    expect(swatch.getAttribute('style')).toMatch(
      /stroke:rgb\(255, 0, 0\);stroke-width:2;stroke-dasharray:0 4/,
    );
    // One side's border is a line, not a frame.
    const rule = doc.querySelector(':root > g > g > line')!;
    expect(rule.getAttribute('style')).toContain('stroke:rgb(0, 128, 0)');
    expect(rule.getAttribute('y1')).toBe(rule.getAttribute('y2'));
    // The fieldset's frame leaves a gap where its legend is written.
    const frame = rects.find((r) => r.getAttribute('style')!.includes('stroke:rgb(1, 2, 3)'))!;
    expect(frame.getAttribute('style')).toMatch(/stroke-dasharray:[\d.]+ [\d.]+ [\d.]+ 0/);
    // Seen through a half-transparent parent, a box is half transparent; a transparent one is not drawn.
    const veiled = rects.find((r) => r.getAttribute('style')!.includes('fill:rgb(9, 9, 9)'))!;
    expect(veiled.parentElement!.getAttribute('opacity')).toBe('0.5');
    expect(rects).toHaveLength(3);
  });

  test('draws controls as a reader sees them: a button with its icon, a dropdown’s choice, a slider, a checkbox', () => {
    const { doc } = exported(`
      <button type="button" style="border: 1px solid rgb(5, 5, 5)"><svg width="20" height="10"><rect width="20" height="10" /></svg> Batch norm</button>
      <select><option>alpha</option><option selected>beta</option></select>
      <input type="range" min="0" max="10" value="5" style="width: 200px; accent-color: rgb(0, 99, 0)" />
      <input type="checkbox" checked style="accent-color: rgb(0, 99, 0)" /> log scale`);
    // A control's face is a group of its own, text and all.
    const all = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | ');
    expect(all).toContain('Batch norm');
    // The button's little diagram is drawn where it is, inside the button's frame.
    const frame = [...doc.querySelectorAll(':root > g > g > rect')].find((r) =>
      r.getAttribute('style')!.includes('stroke:rgb(5, 5, 5)'),
    )!;
    const icon = doc.querySelector(':root > g > svg')!;
    expect(Number(icon.getAttribute('x'))).toBeGreaterThan(Number(frame.getAttribute('x')));
    // A dropdown shows its choice only.
    expect(all).toContain('beta');
    expect(all).not.toContain('alpha');
    // The slider's thumb is halfway along it, in the accent color; the checked box is filled with it.
    const thumb = doc.querySelector('circle')!;
    const track = [...doc.querySelectorAll('line')][0]!;
    const [x1, x2] = [Number(track.getAttribute('x1')), Number(track.getAttribute('x2'))];
    expect(Number(thumb.getAttribute('cx'))).toBeCloseTo((x1 + x2) / 2, 0);
    expect(thumb.getAttribute('style')).toContain('fill:rgb(0, 99, 0)');
    expect(
      [...doc.querySelectorAll('rect')].some((r) => r.getAttribute('style')!.includes('fill:rgb(0, 99, 0)')),
    ).toBe(true);
    expect(all).toContain('log scale');
  });

  test('paints in document order: a card’s background under its text, an overlay over a drawing', () => {
    const { doc } = exported(`
      <div style="background: rgb(200, 200, 200)">Card</div>
      <div style="position: relative"><svg width="40" height="20"></svg>
        <span style="position: absolute; left: 0; background: rgb(1, 1, 1)">on top</span></div>`);
    const order = [...doc.querySelectorAll(':root > g > *')].map((node) =>
      node.localName === 'text' ? node.textContent : node.localName,
    );
    expect(order).toEqual(['g', 'Card', 'svg', 'g', 'on top']);
  });

  test('writes a formula’s accent over one letter as a combining mark, over more as a line', () => {
    const { doc, texts } =
      exported(`<math><mover accent="true"><mi>x</mi><mo stretchy="true">^</mo></mover><mo>=</mo>
      <mover accent="true"><msup><mi>x</mi><mn>2</mn></msup><mo stretchy="true">¯</mo></mover></math>`);
    expect(texts.map((t) => t.text)).toContain('x\u0302');
    expect(texts.map((t) => t.text)).not.toContain('^');
    expect(texts.map((t) => t.text)).not.toContain('¯');
    const bar = doc.querySelector(':root > g > path')!.getAttribute('d')!;
    const [, , y1, , , y2] = bar.split(' ').map(Number);
    expect(y1).toBe(y2);
    // A one-letter identifier is italic, as MathML draws it.
    expect(doc.querySelector(':root > g > text')!.getAttribute('style')).toContain('font-style:italic');
  });

  test('draws the rule over a mean square across the whole of x², where the page draws a border', () => {
    const { doc, texts } = exported(
      '<math><mrow style="border-top:1px solid"><msup><mi>x</mi><mn>2</mn></msup></mrow></math>',
    );
    expect(texts.map((t) => t.text)).toEqual(['x', '2']);
    const [, x1, y1, , x2, y2] = doc.querySelector(':root > g > path')!.getAttribute('d')!.split(' ');
    expect(y1).toBe(y2);
    // Over the base and its exponent: at least as wide as the two glyphs.
    expect(Number(x2) - Number(x1)).toBeGreaterThan(10);
  });

  test('draws no rule over an underbrace, the other styled mrow, whose frame has no top', () => {
    const { doc } = exported('<math><mrow style="border:1px solid;border-top:0"><mi>x</mi></mrow></math>');
    expect(doc.querySelector(':root > g > path')).toBeNull();
  });

  test('draws a disclosure’s triangle before its summary, and not what it hides', () => {
    const { doc, all } = exported('<details><summary>Shapes</summary><p>Hidden inside</p></details>');
    expect(all).toContain('Shapes');
    expect(all).not.toContain('Hidden inside');
    const marker = doc.querySelector(':root > g > path')!;
    const text = doc.querySelector(':root > g > text')!;
    expect(marker.getAttribute('style')).toContain('fill:rgb(10, 20, 30)');
    expect(Number(marker.getAttribute('d')!.split(' ')[1])).toBeLessThan(Number(text.getAttribute('x')));
  });
});
