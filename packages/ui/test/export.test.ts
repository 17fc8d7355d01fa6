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
  test('writes the view’s HTML text where it is, line by line, and leaves controls and hidden text out', () => {
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
    // A legend's name is a label, and stays with its swatch; a button's name and icon do not.
    expect(all).toContain('Adam');
    // What only assistive technology is not told is still seen: a swatch, a word, a field's value.
    expect(doc.querySelectorAll('svg svg circle')).toHaveLength(1);
    expect(all).toContain('weight');
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['0.1', '−1']));
    expect(all).toContain('shown-at-first');
    for (const left of ['scrolled-away', 'Hidden announcement', 'Next step', 'Settings editor'])
      expect(all).not.toContain(left);
    // The drawing's own number stays in the drawing, not written again as page text.
    expect(texts.some((t) => t.text === '7')).toBe(false);
    expect([...doc.querySelectorAll('svg svg text')].map((t) => t.textContent)).toEqual(['7']);
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
    expect(svg.height).toBeLessThan(40);
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
});
