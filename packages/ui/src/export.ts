/**
 * Getting a view out of the page: SVG and PNG files, downloads, the clipboard.
 * Every function touches the DOM only when called, never at import, so server rendering is safe.
 */

/** The SVG properties a drawing's look depends on; their computed values are written inline. */
const svgProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
  'visibility',
  'display',
  'color',
] as const;

const svgNamespace = 'http://www.w3.org/2000/svg';

/** A copy of `svg` whose look no longer depends on the page's CSS: computed values are inlined. */
function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    target.setAttribute('style', svgProperties.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  // Live editing fields are HTML inside the drawing; they mean nothing in a file.
  copy.querySelectorAll('foreignObject').forEach((node) => node.remove());
  return copy;
}

/**
 * Text that belongs to controls, not to the view, left out of an exported picture: form controls
 * and their labels, and whatever a widget marks `data-export="skip"` (its settings editor).
 */
const controlText =
  'svg, button, select, textarea, label, legend, script, style, [aria-hidden="true"], [data-export="skip"]';

/**
 * Whether a word can be seen: its middle inside every box between it and `container` that clips
 * its overflow (a scrolled formula shows part of itself; a visually hidden announcement's 1 px box,
 * nothing).
 */
function visibleIn(word: DOMRect, from: Element, container: Element): boolean {
  const x = (word.left + word.right) / 2;
  const y = (word.top + word.bottom) / 2;
  for (let box: Element | null = from; box && box !== container; box = box.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(box);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    const clip = box.getBoundingClientRect();
    if (x < clip.left || x > clip.right || y < clip.top || y > clip.bottom) return false;
  }
  return true;
}

/**
 * The text the view shows in HTML around its drawings (headings, captions, the worked numbers,
 * formulas), line by line as SVG <text> where it appears on screen, in its own font and color.
 * Positions come from the layout itself, so a formula's sub- and superscripts stay where they are.
 */
function htmlTextAsSvg(container: Element, origin: DOMRect): SVGTextElement[] {
  const texts: SVGTextElement[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const content = node.textContent ?? '';
    if (!parent || !content.trim() || parent.closest(controlText)) continue;
    const style = getComputedStyle(parent);
    if (style.visibility !== 'visible') continue;
    // Words on one line (the same top) become one <text>; a wrapped paragraph, one per line.
    let line: { start: number; end: number; box: DOMRect } | undefined;
    const flush = () => {
      if (!line) return;
      const text = document.createElementNS(svgNamespace, 'text');
      text.setAttribute('x', String(line.box.left - origin.left));
      text.setAttribute('y', String((line.box.top + line.box.bottom) / 2 - origin.top));
      text.setAttribute('dominant-baseline', 'central');
      text.setAttribute(
        'style',
        `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:${style.fontStyle};fill:${style.color};white-space:pre`,
      );
      text.textContent = content.slice(line.start, line.end);
      texts.push(text);
      line = undefined;
    };
    for (const word of content.matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const box = range.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || !visibleIn(box, parent, container)) {
        flush();
        continue;
      }
      if (line && Math.abs(box.top - line.box.top) < box.height / 2) line.end = word.index + word[0].length;
      else {
        flush();
        line = { start: word.index, end: word.index + word[0].length, box };
      }
    }
    flush();
  }
  return texts;
}

/**
 * The bars of the formulas' fractions, which MathML draws without any text: a line between each
 * numerator and its denominator, in the formula's color.
 */
function fractionBarsAsSvg(container: Element, origin: DOMRect): SVGLineElement[] {
  return [...container.querySelectorAll('mfrac')]
    .filter((frac) => frac.getAttribute('linethickness') !== '0' && frac.children.length === 2)
    .flatMap((frac) => {
      const box = frac.getBoundingClientRect();
      const over = frac.children[0]!.getBoundingClientRect();
      const under = frac.children[1]!.getBoundingClientRect();
      if (box.width < 1 || !visibleIn(box, frac, container)) return [];
      const y = (over.bottom + under.top) / 2 - origin.top;
      const line = document.createElementNS(svgNamespace, 'line');
      line.setAttribute('x1', String(box.left - origin.left));
      line.setAttribute('x2', String(box.right - origin.left));
      line.setAttribute('y1', String(y));
      line.setAttribute('y2', String(y));
      line.setAttribute('style', `stroke:${getComputedStyle(frac).color};stroke-width:1`);
      return [line];
    });
}

export interface SvgDocument {
  text: string;
  width: number;
  height: number;
}

/**
 * One standalone SVG document for a view: every <svg> under `container` (not nested in another)
 * and the text around them, placed where they appear on screen, less what is marked
 * `data-export="skip"`. Styles there come from CSS
 * (classes, the `--dlviz-*` custom properties, dark mode), which a file opened elsewhere would not
 * have, so computed values are inlined. The background is painted so dark-theme text stays legible.
 */
export function viewToSvg(container: Element, background?: string): SvgDocument {
  const origin = container.getBoundingClientRect();
  const svgs = [...container.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg') && !svg.closest('[data-export="skip"]'),
  );
  const boxes = svgs.map((svg) => svg.getBoundingClientRect());
  const texts = htmlTextAsSvg(container, origin);
  const width = Math.ceil(Math.max(1, origin.width, ...boxes.map((b) => b.right - origin.left)));
  const height = Math.ceil(Math.max(1, origin.height, ...boxes.map((b) => b.bottom - origin.top)));
  const root = document.createElementNS(svgNamespace, 'svg');
  root.setAttribute('xmlns', svgNamespace);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const fill = background ?? getComputedStyle(container).backgroundColor;
  if (fill && fill !== 'rgba(0, 0, 0, 0)' && fill !== 'transparent') {
    const rect = document.createElementNS(svgNamespace, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', fill);
    root.append(rect);
  }
  svgs.forEach((svg, i) => {
    const copy = inlineStyles(svg);
    const box = boxes[i]!;
    copy.setAttribute('x', String(box.left - origin.left));
    copy.setAttribute('y', String(box.top - origin.top));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    root.append(copy);
  });
  root.append(...texts, ...fractionBarsAsSvg(container, origin));
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`,
    width,
    height,
  };
}

/**
 * Rasterizes SVG text to a PNG at `scale` times its size (2 for sharp slides). Loads the SVG from a
 * blob: URL, so a page's CSP needs `img-src blob:` for PNG export.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw to a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob as a file through a temporary link. Returns false where there is no document. */
export function downloadBlob(blob: Blob, filename: string): boolean {
  if (typeof document === 'undefined') return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

export function downloadText(text: string, filename: string, type: string): boolean {
  return downloadBlob(new Blob([text], { type }), filename);
}

/**
 * Copies text. The async Clipboard API needs a secure context and permission (iframes often lack
 * it), so fall back to a hidden textarea and execCommand. Resolves whether the copy worked.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unavailable here: try the old way below.
    }
  }
  if (typeof document === 'undefined') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
