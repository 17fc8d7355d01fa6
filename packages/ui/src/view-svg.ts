/**
 * A widget's view as one standalone SVG document: its drawings, and the text and formulas around
 * them, each where it is on screen. Touches the DOM only when called.
 */

import { stretchedFencePath } from './stretched-fence.js';

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
 * What a picture leaves out: whatever a widget marks `data-export="skip"` (the frame's settings
 * editor, a control that is not part of the picture), and what is never seen. Controls otherwise
 * stay as a reader sees them: a button is a box with its name and icon, a field a box with its
 * value, a dropdown a box with its choice. What is hidden from assistive technology only (a
 * legend's swatch, a word a field's label already says) is seen, so it stays too.
 */
const leftOut = 'script, style, template, [data-export="skip"]';

/**
 * Controls whose text nodes are not what they show: a dropdown shows its chosen option, not all of
 * them, and a text area its value, not its initial text. `controlFaces` and `fieldValues` write it.
 */
const ownText = 'select, textarea';

/** The fields whose value is a number or a word on screen (a bias, a learning rate), not a choice. */
const valueFields = 'input:not([type]), input[type="text"], input[type="number"], textarea';

/** The controls a browser draws itself, whatever their box's CSS says: `controlFaces` draws them. */
const nativeFaces = 'input[type="range"], input[type="checkbox"], input[type="radio"]';

/** The blue browsers draw a checked box or a slider in when the page sets no `accent-color`. */
const defaultAccent = 'rgb(0, 117, 255)';

/**
 * Something placed in the picture, its box on screen, and the node it comes from: the picture is
 * painted in document order, so a card's background lies under its text and an overlay on top.
 */
interface Placed {
  node: SVGElement;
  box: DOMRect;
  from: Node;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Whether a computed color paints anything: not `transparent`, nor any color with alpha 0. */
function painted(color: string): boolean {
  if (!color || color === 'transparent') return false;
  const inner = color.slice(color.indexOf('(') + 1, -1);
  // rgba(r, g, b, a) or, in the newer syntax, rgb(r g b / a), oklab(l a b / a), color(srgb … / a).
  const alpha = inner.includes('/') ? inner.split('/')[1] : inner.split(',')[3];
  return alpha === undefined || parseFloat(alpha) > 0;
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

/** How an element is seen through its ancestors: the boxes that clip it, and its opacity. */
interface Sight {
  clips: DOMRect[];
  opacity: number;
}

/**
 * How `from` is seen, between it and `container`: the boxes that clip it (a scrolled formula's, a
 * visually hidden announcement's 1 px box) and the opacity it is painted with (a disabled button's,
 * a veiled group's), or undefined when it is not seen at all (hidden, or fully transparent), or left
 * out. Read once per element, then asked of each of its words.
 */
function sightOf(from: Element, container: Element): Sight | undefined {
  // A wrapper with `display: contents` has no box of its own, so it is never "visible": its parent says.
  while (from !== container && from.parentElement && getComputedStyle(from).display === 'contents')
    from = from.parentElement;
  // checkVisibility also sees what a closed disclosure holds, laid out but never painted.
  if (from.closest(leftOut) || !from.checkVisibility({ visibilityProperty: true })) return undefined;
  const clips: DOMRect[] = [];
  let opacity = 1;
  for (let box: Element | null = from; box && box !== container; box = box.parentElement) {
    const style = getComputedStyle(box);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
      clips.push(box.getBoundingClientRect());
    opacity *= Number(style.opacity);
  }
  return opacity > 0 ? { clips, opacity } : undefined;
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

/** `node` faded to `opacity` when it is seen through something translucent. */
function faded<T extends SVGElement>(node: T, opacity: number): T {
  if (opacity < 1) node.setAttribute('opacity', String(opacity));
  return node;
}

/** An SVG `style` writing an HTML element's font and color. */
function fontStyle(style: CSSStyleDeclaration): string {
  return `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:${style.fontStyle};fill:${style.color};white-space:pre`;
}

/**
 * The view's drawings, styles inlined, each at its box: an icon in a button or a card's little
 * diagram too. A drawing is not cut by a scrolled box (a wide network keeps its whole width).
 */
function drawings(container: Element): Placed[] {
  return [...container.querySelectorAll('svg')]
    .filter((svg) => !svg.parentElement?.closest('svg'))
    .flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      const sight = svg.parentElement && sightOf(svg.parentElement, container);
      if (!sight || box.width <= 0 || box.height <= 0) return [];
      const node = inlineStyles(svg);
      for (const [key, value] of [
        ['x', box.left],
        ['y', box.top],
        ['width', box.width],
        ['height', box.height],
      ] as const)
        node.setAttribute(key, String(value));
      // The drawing's own opacity is inlined; what it is seen through multiplies it.
      const own = Number(getComputedStyle(svg).opacity);
      if (sight.opacity < 1)
        node.setAttribute('style', `${node.getAttribute('style')};opacity:${own * sight.opacity}`);
      return [{ node, box, from: svg }];
    });
}

/** A length of a border radius, `8px` or `50%` of `size`. */
function radiusLength(value: string | undefined, size: number): number {
  if (value === undefined) return NaN;
  return value.endsWith('%') ? (parseFloat(value) / 100) * size : parseFloat(value);
}

/** The dashes of a CSS border style: dashed, dotted (round dots), or solid for the rest. */
function dashes(kind: string, width: number): string {
  if (kind === 'dashed') return `stroke-dasharray:${3 * width} ${2 * width}`;
  if (kind === 'dotted') return `stroke-dasharray:0 ${2 * width};stroke-linecap:round`;
  return '';
}

/** One side of a box's border as it is painted: `width` 0 when it is not. */
interface Side {
  width: number;
  kind: string;
  color: string;
}

/**
 * The backgrounds and borders of the view's HTML boxes, as rects and lines: a legend's swatch, a
 * card, a panel, a button's or a field's frame, a table's rules. They carry meaning (a swatch's
 * color is what its label names) and frame what is inside. Backgrounds are flat colors; images,
 * gradients and shadows are not drawn.
 */
function htmlBoxes(container: Element): Placed[] {
  return [...container.querySelectorAll('*')].flatMap((element) => {
    if (!(element instanceof HTMLElement) || element.closest('svg, math')) return [];
    const style = getComputedStyle(element);
    // A slider's computed background (white, or gray in dark mode) is not what it shows.
    if (style.appearance !== 'none' && element.matches(nativeFaces)) return [];
    const fill = painted(style.backgroundColor) ? style.backgroundColor : 'none';
    const sides = (['top', 'right', 'bottom', 'left'] as const).map((side): Side => {
      const kind = style.getPropertyValue(`border-${side}-style`);
      const color = style.getPropertyValue(`border-${side}-color`);
      const width =
        kind === 'none' || kind === 'hidden' || !painted(color)
          ? 0
          : parseFloat(style.getPropertyValue(`border-${side}-width`));
      return { width, kind, color };
    });
    // An outline drawn on purpose (a chosen legend entry's ring) is part of the look too.
    const outline =
      style.outlineStyle !== 'none' && painted(style.outlineColor) ? parseFloat(style.outlineWidth) : 0;
    if (fill === 'none' && outline === 0 && sides.every((side) => side.width === 0)) return [];
    let box = element.getBoundingClientRect();
    const sight = sightOf(element, container);
    if (!sight || !seen(box, sight.clips)) return [];
    // A fieldset's frame runs through the middle of its legend, with a gap for the legend's text.
    const legend = element.localName === 'fieldset' ? element.querySelector(':scope > legend') : null;
    const gap = legend?.getBoundingClientRect();
    if (gap && gap.height > 0) {
      const top = (gap.top + gap.bottom) / 2 - sides[0]!.width / 2;
      box = new DOMRect(box.left, top, box.width, box.bottom - top);
    }
    const [horizontal, vertical] = style.borderTopLeftRadius.split(' ');
    const rx = Math.min(radiusLength(horizontal, box.width), box.width / 2) || 0;
    const ry = Math.min(radiusLength(vertical ?? horizontal, box.height), box.height / 2) || 0;
    const [top, right, bottom, left] = sides as [Side, Side, Side, Side];
    const nodes: SVGElement[] = [];
    const even = sides.every((s) => s.width === top.width && s.kind === top.kind && s.color === top.color);
    if (even && top.width > 0) {
      // One rect, its stroke centered on the border, so rounded corners and dashes come out whole.
      const w = top.width;
      let dash = dashes(top.kind, w);
      // The rect's outline starts at its top-left corner's end and runs right: leave the legend out.
      if (gap && gap.height > 0 && !dash) {
        const start = gap.left - (box.left + rx);
        dash = `stroke-dasharray:${start} ${gap.width} ${2 * (box.width + box.height)} 0`;
      }
      nodes.push(
        svgElement('rect', {
          x: box.left + w / 2,
          y: box.top + w / 2,
          width: box.width - w,
          height: box.height - w,
          rx: Math.max(0, rx - w / 2),
          ry: Math.max(0, ry - w / 2),
          style: `fill:${fill};stroke:${top.color};stroke-width:${w};${dash}`,
        }),
      );
    } else {
      // A background, then each side on its own: a table's rules, a heading's underline.
      if (fill !== 'none')
        nodes.push(
          svgElement('rect', {
            x: box.left,
            y: box.top,
            width: box.width,
            height: box.height,
            rx,
            ry,
            style: `fill:${fill}`,
          }),
        );
      const { left: l, top: t, right: r, bottom: b } = box;
      const lines = [
        [top, l, t + top.width / 2, r, t + top.width / 2],
        [right, r - right.width / 2, t, r - right.width / 2, b],
        [bottom, l, b - bottom.width / 2, r, b - bottom.width / 2],
        [left, l + left.width / 2, t, l + left.width / 2, b],
      ] as const;
      for (const [side, x1, y1, x2, y2] of lines)
        if (side.width > 0)
          nodes.push(
            svgElement('line', {
              x1,
              y1,
              x2,
              y2,
              style: `stroke:${side.color};stroke-width:${side.width};${dashes(side.kind, side.width)}`,
            }),
          );
    }
    if (outline > 0) {
      const out = parseFloat(style.outlineOffset) + outline / 2;
      nodes.push(
        svgElement('rect', {
          x: box.left - out,
          y: box.top - out,
          width: box.width + 2 * out,
          height: box.height + 2 * out,
          rx: rx > 0 ? rx + out : 0,
          ry: ry > 0 ? ry + out : 0,
          style: `fill:none;stroke:${style.outlineColor};stroke-width:${outline};${dashes(style.outlineStyle, outline)}`,
        }),
      );
    }
    const group = faded(svgElement('g', {}), sight.opacity);
    group.append(...nodes);
    return [{ node: group, box, from: element }];
  });
}

/**
 * The mark a formula's accent adds to one letter, as a combining character (x̂, x̄): the accent's
 * own glyph is stretched and placed by the MathML layout from the font's math tables, which a
 * <text> cannot do, and written where its box is it lands beside the letter.
 */
const combiningAccents: Record<string, string> = {
  '^': '\u0302',
  '¯': '\u0304',
  '~': '\u0303',
  '˙': '\u0307',
  '→': '\u20d7',
};

/** The accent over `element` (`mover accent="true"`), when `element` is its base. */
function accentOver(element: Element): Element | undefined {
  const over = element.parentElement;
  return over?.localName === 'mover' &&
    over.getAttribute('accent') === 'true' &&
    over.firstElementChild === element
    ? (over.children[1] ?? undefined)
    : undefined;
}

/** The accents `formulaMarks` draws as lines over a base of more than one letter. */
const lineAccents = new Set(['^', '¯']);

/**
 * Whether `element` is an accent drawn with its base (a combining mark over one letter) or as a
 * line over it, so not written where its own box is.
 */
function drawnAccent(element: Element): boolean {
  const base = element.previousElementSibling;
  if (!base || accentOver(base) !== element) return false;
  return combiningOn(base) !== '' || lineAccents.has((element.textContent ?? '').trim());
}

/** The combining mark to write after `base`'s one letter, or '' when it has none. */
function combiningOn(base: Element): string {
  const accent = accentOver(base);
  const letters = [...(base.textContent ?? '').trim()];
  return accent && letters.length === 1 && base.children.length === 0
    ? (combiningAccents[(accent.textContent ?? '').trim()] ?? '')
    : '';
}

/**
 * The text the view shows in HTML around its drawings (headings, captions, legends, a button's
 * name, the worked numbers, formulas), line by line as SVG <text> where it appears, in its own font
 * and color. Positions come from the layout itself, so a formula's sub- and superscripts stay where
 * they are.
 */
function texts(container: Element): Placed[] {
  const placed: Placed[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const content = node.textContent ?? '';
    if (
      !parent ||
      !content.trim() ||
      parent.closest(`svg, ${ownText}`) ||
      drawnAccent(parent) ||
      stretchedFencePath(parent)
    )
      continue;
    const sight = sightOf(parent, container);
    if (!sight) continue;
    const style = getComputedStyle(parent);
    const keepsSpaces = /^(pre|pre-wrap|break-spaces)$/.test(style.whiteSpace);
    const accent = combiningOn(parent);
    // A formula's operator box is its glyph's ink. Its text box is a line's height around the glyph,
    // except for an operator drawn as a stretchy glyph (an arrow): that text box starts at the ink's
    // top, well above where the glyph is, so such a glyph is centered on its ink instead.
    const operator = parent.localName === 'mo' ? parent.getBoundingClientRect() : undefined;
    const middle = (box: DOMRect) =>
      operator && operator.height >= 1 && Math.abs(box.top - operator.top) < 0.5
        ? (operator.top + operator.bottom) / 2
        : (box.top + box.bottom) / 2;
    // MathML draws a one-letter identifier in italic (x as 𝑥) by transforming it, not by its style.
    const italic =
      style.textTransform === 'math-auto' && [...content.trim()].length === 1 ? ';font-style:italic' : '';
    // Words on one line (the same top) become one <text>; a wrapped paragraph, one per line.
    let line: { start: number; end: number; box: DOMRect } | undefined;
    const flush = () => {
      if (!line) return;
      const text = svgElement('text', {
        x: line.box.left,
        y: middle(line.box),
        'dominant-baseline': 'central',
        style: fontStyle(style) + italic,
      });
      const words = content.slice(line.start, line.end);
      text.textContent = (keepsSpaces ? words : words.replace(/\s+/g, ' ')) + accent;
      placed.push({ node: faded(text, sight.opacity), box: line.box, from: node });
      line = undefined;
    };
    for (const word of content.matchAll(/\S+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const box = range.getBoundingClientRect();
      if (!seen(box, sight.clips)) {
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
  return [...container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(valueFields)].flatMap(
    (field) => {
      // A grid cell being edited is a live field inside a drawing: it means nothing in a file.
      const sight = field.closest('foreignObject') ? undefined : sightOf(field, container);
      const box = field.getBoundingClientRect();
      if (!field.value.trim() || !sight || !seen(box, sight.clips)) return [];
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
        style: fontStyle(style),
      });
      // A text area's lines read as one: the drawing areas hold none, it is here only to be safe.
      text.textContent = field.value.replace(/\s+/g, ' ');
      return [{ node: faded(text, sight.opacity), box, from: field }];
    },
  );
}

/**
 * What a reader sees of the controls a box and its text do not show: a dropdown's chosen option
 * and its arrow (its frame is an HTML box), a slider's track and thumb, a checkbox or radio button
 * and whether it is checked. Drawn simply, in the control's colors.
 */
function controlFaces(container: Element): Placed[] {
  return [
    ...container.querySelectorAll<HTMLSelectElement | HTMLInputElement>(`select, ${nativeFaces}`),
  ].flatMap((control) => {
    const sight = sightOf(control, container);
    const box = control.getBoundingClientRect();
    const style = getComputedStyle(control);
    // Drawn by the page's own CSS (appearance: none), a control is its box, drawn by htmlBoxes.
    const native = style.appearance !== 'none';
    if (!sight || !seen(box, sight.clips) || (!native && !(control instanceof HTMLSelectElement))) return [];
    const accent = style.accentColor === 'auto' ? defaultAccent : style.accentColor;
    const middle = (box.top + box.bottom) / 2;
    const nodes: SVGElement[] = [];
    if (control instanceof HTMLSelectElement) {
      const inset = (side: 'Left' | 'Right') =>
        parseFloat(style.getPropertyValue(`padding-${side.toLowerCase()}`)) +
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const chosen = svgElement('text', {
        x: box.left + inset('Left'),
        y: middle,
        'dominant-baseline': 'central',
        style: fontStyle(style),
      });
      chosen.textContent = control.selectedOptions[0]?.label ?? '';
      const x = box.right - inset('Right') - 8;
      const arrow = `M ${x - 4} ${middle - 2} L ${x} ${middle + 2} L ${x + 4} ${middle - 2}`;
      nodes.push(chosen);
      if (native)
        nodes.push(
          svgElement('path', { d: arrow, style: `fill:none;stroke:${style.color};stroke-width:1.5` }),
        );
    } else if (control.type === 'range') {
      const [min, max] = [Number(control.min || 0), Number(control.max || 100)];
      const r = Math.min(8, box.height / 2);
      const x = box.left + r + ((Number(control.value) - min) / (max - min || 1)) * (box.width - 2 * r);
      const track = (x1: number, x2: number, look: string) =>
        svgElement('line', {
          x1,
          x2,
          y1: middle,
          y2: middle,
          style: `stroke-width:4;stroke-linecap:round;${look}`,
        });
      nodes.push(
        track(box.left + 2, box.right - 2, `stroke:${style.color};stroke-opacity:0.4`),
        track(box.left + 2, x, `stroke:${accent}`),
        svgElement('circle', { cx: x, cy: middle, r, style: `fill:${accent}` }),
      );
    } else {
      const size = Math.min(box.width, box.height) - 1;
      const [cx, cy] = [(box.left + box.right) / 2, middle];
      const outline = `stroke:${control.checked ? accent : style.color};stroke-width:1;fill:${control.checked && control.type === 'checkbox' ? accent : 'none'}`;
      if (control.type === 'radio') {
        nodes.push(svgElement('circle', { cx, cy, r: size / 2, style: outline }));
        if (control.checked)
          nodes.push(svgElement('circle', { cx, cy, r: size / 4, style: `fill:${accent}` }));
      } else {
        nodes.push(
          svgElement('rect', {
            x: cx - size / 2,
            y: cy - size / 2,
            width: size,
            height: size,
            rx: 2,
            style: outline,
          }),
        );
        const s = size / 12;
        const check = `M ${cx - 3.5 * s} ${cy} L ${cx - s} ${cy + 2.5 * s} L ${cx + 3.5 * s} ${cy - 2.5 * s}`;
        if (control.checked)
          nodes.push(svgElement('path', { d: check, style: 'fill:none;stroke:white;stroke-width:2' }));
      }
    }
    const group = faded(svgElement('g', {}), sight.opacity);
    group.append(...nodes);
    return [{ node: group, box, from: control }];
  });
}

/** The bullets `listMarkers` writes for a list's items; other kinds are left out. */
const bullets: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };

/**
 * The markers the browser draws before list items and summaries, which have no node of their own
 * to read: a numbered path's "1.", a bullet, a disclosure's triangle (▸ closed, ▾ open). Each is
 * placed by its item's first line, before its content (a list's number outside it).
 */
function listMarkers(container: Element): Placed[] {
  const range = document.createRange();
  return [...container.querySelectorAll('li, summary')].flatMap((item) => {
    const style = getComputedStyle(item);
    const type = style.listStyleType;
    const sight = sightOf(item, container);
    range.selectNodeContents(item);
    const line = range.getClientRects()[0];
    const box = item.getBoundingClientRect();
    if (style.display !== 'list-item' || !sight || !line || !seen(box, sight.clips)) return [];
    const x = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const y = (line.top + line.bottom) / 2;
    const size = parseFloat(style.fontSize);
    let node: SVGElement;
    if (type === 'disclosure-open' || type === 'disclosure-closed') {
      const s = size / 2;
      const d =
        type === 'disclosure-open'
          ? `M ${x} ${y - s * 0.4} L ${x + s} ${y - s * 0.4} L ${x + s / 2} ${y + s * 0.45} Z`
          : `M ${x + s * 0.1} ${y - s / 2} L ${x + s * 0.95} ${y} L ${x + s * 0.1} ${y + s / 2} Z`;
      node = svgElement('path', { d, style: `fill:${style.color}` });
    } else if (style.listStylePosition === 'outside' && item instanceof HTMLLIElement) {
      const list = item.parentElement;
      const siblings = list ? [...list.children].filter((child) => child.localName === 'li') : [item];
      const number = item.hasAttribute('value')
        ? item.value
        : (list instanceof HTMLOListElement ? list.start : 1) + siblings.indexOf(item);
      const label = type === 'decimal' ? `${number}.` : bullets[type];
      if (!label) return [];
      // Outside its item, ending about a space before the item's first word.
      node = svgElement('text', {
        x: box.left - size * 0.3,
        y,
        'text-anchor': 'end',
        'dominant-baseline': 'central',
        style: fontStyle(style),
      });
      node.textContent = label;
    } else return [];
    return [{ node: faded(node, sight.opacity), box, from: item }];
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
 * numerator and denominator, each root's sign with the bar over what it takes the root of, an
 * accent over more than one letter (a bar or a hat over x², drawn over it as lines), and each
 * stretched bracket (drawn as lines, as its glyph cannot stretch in a <text>).
 */
function formulaMarks(container: Element): Placed[] {
  const shown = (math: Element, box: DOMRect) => {
    const sight = sightOf(math, container);
    return sight !== undefined && seen(box, sight.clips);
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
      return [{ node, box, from: frac }];
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
    return [{ node: svgElement('path', { d, style: stroke(root) }), box, from: root }];
  });
  const accents = [...container.querySelectorAll('mover[accent="true"] > :first-child')].flatMap((base) => {
    const accent = accentOver(base);
    const box = base.getBoundingClientRect();
    if (!accent || !drawnAccent(accent) || combiningOn(base) || !shown(base, box)) return [];
    // Just over the base: a bar straight across it, a hat peaking over its middle.
    const y = box.top - 2;
    const hat = (accent.textContent ?? '').trim() === '^';
    const d = hat
      ? `M ${box.left} ${y} L ${(box.left + box.right) / 2} ${y - 3} L ${box.right} ${y}`
      : `M ${box.left} ${y} L ${box.right} ${y}`;
    return [{ node: svgElement('path', { d, style: stroke(base) }), box, from: accent }];
  });
  // The rule over a mean square (\overline): the top border of a styled mrow. An underbrace is the
  // other one mathml() styles, framed on every side but its top, so a width of 0 draws nothing.
  const overlines = [...container.querySelectorAll('mrow[style]')].flatMap((over) => {
    const box = over.getBoundingClientRect();
    const width = parseFloat(getComputedStyle(over).borderTopWidth);
    const y = box.top + width / 2;
    const d = `M ${box.left} ${y} L ${box.right} ${y}`;
    return width > 0 && shown(over, box)
      ? [{ node: svgElement('path', { d, style: stroke(over) }), box, from: over }]
      : [];
  });
  const fences = [...container.querySelectorAll('mo')].flatMap((mo) => {
    const box = mo.getBoundingClientRect();
    const d = stretchedFencePath(mo, box);
    return d && shown(mo, box) ? [{ node: svgElement('path', { d, style: stroke(mo) }), box, from: mo }] : [];
  });
  return [...bars, ...roots, ...accents, ...overlines, ...fences];
}

export interface SvgDocument {
  text: string;
  width: number;
  height: number;
}

/** Orders nodes as they come in the document, an element before what it holds. */
function documentOrder(a: Placed, b: Placed): number {
  if (a.from === b.from) return 0;
  return a.from.compareDocumentPosition(b.from) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Room around what is shown, so nothing in the image touches its edge. */
const EXPORT_MARGIN = 12;

/**
 * One standalone SVG document for a view: every <svg> under `container` (not nested in another),
 * the HTML boxes with a background or border, the text and formulas around them, and the controls
 * as they look, each where it appears on screen, less what is marked `data-export="skip"`, and cut
 * to what is left. Styles there come from CSS (classes, the `--dlviz-*` custom properties, dark
 * mode), which a file opened elsewhere would not have, so computed values are inlined. The
 * background is painted so dark-theme text stays legible, with a margin around what is shown.
 */
export function viewToSvg(container: Element, background?: string): SvgDocument {
  // Painted in document order (the sort is stable: a control's frame before its face).
  const placed = [
    ...htmlBoxes(container),
    ...drawings(container),
    ...texts(container),
    ...fieldValues(container),
    ...controlFaces(container),
    ...listMarkers(container),
    ...formulaMarks(container),
  ].sort(documentOrder);
  const bounds = placed.length > 0 ? union(placed.map((p) => p.box)) : new DOMRect(0, 0, 1, 1);
  const width = Math.max(1, Math.ceil(bounds.width)) + 2 * EXPORT_MARGIN;
  const height = Math.max(1, Math.ceil(bounds.height)) + 2 * EXPORT_MARGIN;
  const root = svgElement('svg', { xmlns: svgNamespace, width, height, viewBox: `0 0 ${width} ${height}` });
  const fill = background ?? getComputedStyle(container).backgroundColor;
  if (painted(fill)) root.append(svgElement('rect', { width: '100%', height: '100%', fill }));
  // Everything was placed in page coordinates; one shift puts the top-left of what is shown at the margin.
  const view = svgElement('g', {
    transform: `translate(${EXPORT_MARGIN - bounds.left} ${EXPORT_MARGIN - bounds.top})`,
  });
  view.append(...placed.map((p) => p.node));
  root.append(view);
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`,
    width,
    height,
  };
}
