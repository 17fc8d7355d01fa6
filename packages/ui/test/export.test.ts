import { afterEach, describe, expect, test } from 'vitest';
import { viewToSvg } from '../src/export.js';

/** The text of each <text> drawn outside the nested drawings, with its place. */
function htmlTexts(svgText: string) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return [...doc.documentElement.children]
    .filter((e) => e.localName === 'text')
    .map((e) => ({ text: e.textContent, x: Number(e.getAttribute('x')), y: Number(e.getAttribute('y')) }));
}

describe('viewToSvg', () => {
  let view: HTMLElement;
  afterEach(() => view.remove());

  test('writes the view’s HTML text where it is, line by line, and leaves controls and hidden text out', () => {
    view = document.createElement('div');
    view.style.cssText = 'width: 300px; font: 16px sans-serif; color: rgb(10, 20, 30)';
    view.innerHTML = `
      <h3 style="margin: 0">Input, 2×4×4</h3>
      <p style="margin: 0">Every product of the window, then their sum plus the bias, then the activation.</p>
      <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">Hidden announcement</span>
      <button type="button">Next step</button>
      <label>Learning rate <input value="0.1" /></label>
      <div data-export="skip"><p>Settings editor</p><svg width="9" height="9"><text>8</text></svg></div>
      <svg width="20" height="20"><text x="2" y="15">7</text></svg>
      <div style="width: 60px; overflow: hidden; white-space: nowrap">shown-at-first scrolled-away</div>`;
    document.body.append(view);
    const texts = htmlTexts(viewToSvg(view).text);
    const all = texts.map((t) => t.text).join(' | ');
    expect(texts[0]).toMatchObject({ text: 'Input, 2×4×4', x: 0 });
    // The paragraph wraps in 300 px: one <text> per line, each lower than the last.
    const lines = texts.filter((t) => /product|sum|activation|bias/.test(t.text ?? ''));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.y)).toEqual([...lines.map((l) => l.y)].sort((a, b) => a - b));
    expect(lines.map((l) => l.text).join(' ')).toBe(
      'Every product of the window, then their sum plus the bias, then the activation.',
    );
    expect(all).toContain('shown-at-first');
    expect(all).not.toContain('scrolled-away');
    expect(all).not.toContain('Hidden announcement');
    expect(all).not.toContain('Next step');
    expect(all).not.toContain('Learning rate');
    expect(all).not.toContain('Settings editor');
    // The drawing's own number stays in the drawing, not written again as page text.
    expect(texts.some((t) => t.text === '7')).toBe(false);
    const doc = new DOMParser().parseFromString(viewToSvg(view).text, 'image/svg+xml');
    expect([...doc.querySelectorAll('svg svg text')].map((t) => t.textContent)).toEqual(['7']);
    expect(doc.querySelector(':root > text')?.getAttribute('style')).toContain('fill:rgb(10, 20, 30)');
  });

  test('draws the bar of each formula fraction between its numerator and denominator', () => {
    view = document.createElement('div');
    view.innerHTML = '<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>';
    document.body.append(view);
    const doc = new DOMParser().parseFromString(viewToSvg(view).text, 'image/svg+xml');
    const bar = doc.querySelector(':root > line')!;
    const y = Number(bar.getAttribute('y1'));
    const [a, b] = [...doc.querySelectorAll(':root > text')].map((t) => Number(t.getAttribute('y')));
    expect(a).toBeLessThan(y);
    expect(b).toBeGreaterThan(y);
  });
});
