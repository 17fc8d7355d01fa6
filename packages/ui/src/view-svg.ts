/**
 * A widget's view as one standalone SVG document: its drawings, and the text and formulas around
 * them, each where it is on screen. Touches the DOM only when called.
 */

/**
 * The SVG properties a drawing's look depends on; their computed values are written inline. Any
 * one left out falls back to its initial value in the file: without `paint-order`, a label's halo
 * (a wide stroke in the background's color, meant to be painted under the fill) is painted over
 * it, and the label comes out as a blob.
 */
const svgProperties = [
  'fill',
  'fill-opacity',
  'paint-order',
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

/**
 * Controls, left out of a picture with their text and icons, and whatever a widget marks
 * `data-export="skip"` (the frame's settings editor). Labels stay: a legend's names are labels.
 * What is hidden from assistive technology only (a legend's swatch, a word a field's label
 * already says) is seen, so it stays too.
 */
const controls = 'button, select, textarea, script, style, [data-export="skip"]';

/** The fields whose value is a number or a word on screen (a bias, a learning rate), not a choice. */
const valueFields = 'input:not([type]), input[type="text"], input[type="number"]';

/** Something placed in the picture, and its box on screen. */
interface Placed {
  node: SVGElement;
  box: DOMRect;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

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
 * The boxes that clip what `from` shows, between it and `container` (a scrolled formula's, a visually
 * hidden announcement's 1 px box), or undefined when `from` is not visible at all. Read once per
 * element, then asked of each of its words.
 */
function clipsOf(from: Element, container: Element): DOMRect[] | undefined {
  if (getComputedStyle(from).visibility !== 'visible') return undefined;
  const clips: DOMRect[] = [];
  for (let box: Element | null = from; box && box !== container; box = box.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(box);
    if (overflowX !== 'visible' || overflowY !== 'visible') clips.push(box.getBoundingClientRect());
  }
  return clips;
}

/** Whether a box can be seen: not empty, and its middle inside every clip. */
function seen(box: DOMRect, clips: readonly DOMRect[]): boolean {
  const x = (box.left + box.right) / 2;
  const y = (box.top + box.bottom) / 2;
  return (
    box.width >= 1 &&
    box.height >= 1 &&
    clips.every((clip) => x >= clip.left && x <= clip.right && y >= clip.top && y <= clip.bottom)
  );
}

/** The view's drawings, styles inlined, each at its box. */
function drawings(container: Element): Placed[] {
  return [...container.querySelectorAll('svg')]
    .filter((svg) => !svg.parentElement?.closest('svg') && !svg.closest(controls))
    .map((svg) => ({ svg, box: svg.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0)
    .map(({ svg, box }) => {
      const node = inlineStyles(svg);
      for (const [key, value] of [
        ['x', box.left],
        ['y', box.top],
        ['width', box.width],
        ['height', box.height],
      ] as const)
        node.setAttribute(key, String(value));
      return { node, box };
    });
}

/**
 * The text the view shows in HTML around its drawings (headings, captions, legends, the worked
 * numbers, formulas), line by line as SVG <text> where it appears, in its own font and color.
 * Positions come from the layout itself, so a formula's sub- and superscripts stay where they are.
 */
function texts(container: Element): Placed[] {
  const placed: Placed[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const content = node.textContent ?? '';
    if (!parent || !content.trim() || parent.closest(`svg, ${controls}`)) continue;
    const clips = clipsOf(parent, container);
    if (!clips) continue;
    const style = getComputedStyle(parent);
    const keepsSpaces = /^(pre|pre-wrap|break-spaces)$/.test(style.whiteSpace);
    // Words on one line (the same top) become one <text>; a wrapped paragraph, one per line.
    let line: { start: number; end: number; box: DOMRect } | undefined;
    const flush = () => {
      if (!line) return;
      const text = svgElement('text', {
        x: line.box.left,
        y: (line.box.top + line.box.bottom) / 2,
        'dominant-baseline': 'central',
        style: `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:${style.fontStyle};fill:${style.color};white-space:pre`,
      });
      const words = content.slice(line.start, line.end);
      text.textContent = keepsSpaces ? words : words.replace(/\s+/g, ' ');
      placed.push({ node: text, box: line.box });
      line = undefined;
    };
    for (const word of content.matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const box = range.getBoundingClientRect();
      if (!seen(box, clips)) {
        flush();
        continue;
      }
      if (line && Math.abs(box.top - line.box.top) < box.height / 2) {
        line.end = word.index + word[0].length;
        line.box = new DOMRect(line.box.x, line.box.y, box.right - line.box.x, line.box.height);
      } else {
        flush();
        line = { start: word.index, end: word.index + word[0].length, box };
      }
    }
    flush();
  }
  return placed;
}

/** The values in the view's fields (a filter's bias, say), written where they show. */
function fieldValues(container: Element): Placed[] {
  return [...container.querySelectorAll<HTMLInputElement>(valueFields)].flatMap((field) => {
    // A grid cell being edited is a live field inside a drawing: it means nothing in a file.
    const clips = field.closest(`${controls}, foreignObject`) ? undefined : clipsOf(field, container);
    const box = field.getBoundingClientRect();
    if (!field.value.trim() || !clips || !seen(box, clips)) return [];
    const style = getComputedStyle(field);
    const [anchor, x] =
      style.textAlign === 'center'
        ? ['middle', (box.left + box.right) / 2]
        : style.textAlign === 'right' || style.textAlign === 'end'
          ? ['end', box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)]
          : ['start', box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth)];
    const text = svgElement('text', {
      x,
      y: (box.top + box.bottom) / 2,
      'text-anchor': anchor,
      'dominant-baseline': 'central',
      style: `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};fill:${style.color};white-space:pre`,
    });
    text.textContent = field.value;
    return [{ node: text, box }];
  });
}

/** The smallest box holding `boxes`. */
function union(boxes: readonly DOMRect[]): DOMRect {
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.right));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * The marks of the formulas that MathML draws without any text: each fraction's bar, between its
 * numerator and denominator, and each root's sign with the bar over what it takes the root of.
 */
function formulaMarks(container: Element): Placed[] {
  const shown = (math: Element, box: DOMRect) => {
    const clips = math.closest(controls) ? undefined : clipsOf(math, container);
    return clips !== undefined && seen(box, clips);
  };
  const stroke = (math: Element) => `stroke:${getComputedStyle(math).color};stroke-width:1;fill:none`;
  const bars = [...container.querySelectorAll('mfrac')]
    .filter((frac) => frac.getAttribute('linethickness') !== '0' && frac.children.length === 2)
    .flatMap((frac) => {
      const box = frac.getBoundingClientRect();
      if (!shown(frac, box)) return [];
      const y =
        (frac.children[0]!.getBoundingClientRect().bottom + frac.children[1]!.getBoundingClientRect().top) /
        2;
      const node = svgElement('line', { x1: box.left, x2: box.right, y1: y, y2: y, style: stroke(frac) });
      return [{ node, box }];
    });
  const roots = [...container.querySelectorAll('msqrt, mroot')].flatMap((root) => {
    const box = root.getBoundingClientRect();
    // What the root is taken of: every child of msqrt, the first child of mroot.
    const taken = root.localName === 'mroot' ? [root.children[0]!] : [...root.children];
    if (taken.length === 0 || !shown(root, box)) return [];
    const inner = union(taken.map((child) => child.getBoundingClientRect()));
    const top = box.top + 1;
    const signWidth = inner.left - box.left;
    const d = [
      `M ${box.left} ${box.top + box.height * 0.6}`,
      `L ${box.left + signWidth * 0.4} ${box.bottom}`,
      `L ${inner.left - 1} ${top}`,
      `L ${box.right} ${top}`,
    ].join(' ');
    return [{ node: svgElement('path', { d, style: stroke(root) }), box }];
  });
  return [...bars, ...roots];
}

export interface SvgDocument {
  text: string;
  width: number;
  height: number;
}

/**
 * One standalone SVG document for a view: every <svg> under `container` (not nested in another),
 * the text and formulas around them and the values in its fields, each where it appears on screen, less the controls and what is
 * marked `data-export="skip"`, and cut to what is left. Styles there come from CSS (classes, the
 * `--dlviz-*` custom properties, dark mode), which a file opened elsewhere would not have, so
 * computed values are inlined. The background is painted so dark-theme text stays legible.
 */
export function viewToSvg(container: Element, background?: string): SvgDocument {
  const placed = [
    ...drawings(container),
    ...texts(container),
    ...fieldValues(container),
    ...formulaMarks(container),
  ];
  const bounds = placed.length > 0 ? union(placed.map((p) => p.box)) : new DOMRect(0, 0, 1, 1);
  const width = Math.max(1, Math.ceil(bounds.width));
  const height = Math.max(1, Math.ceil(bounds.height));
  const root = svgElement('svg', { xmlns: svgNamespace, width, height, viewBox: `0 0 ${width} ${height}` });
  const fill = background ?? getComputedStyle(container).backgroundColor;
  if (fill && fill !== 'rgba(0, 0, 0, 0)' && fill !== 'transparent')
    root.append(svgElement('rect', { width: '100%', height: '100%', fill }));
  // Everything was placed in page coordinates; one shift puts the top-left of what is shown at 0, 0.
  const view = svgElement('g', { transform: `translate(${-bounds.left} ${-bounds.top})` });
  view.append(...placed.map((p) => p.node));
  root.append(view);
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`,
    width,
    height,
  };
}
