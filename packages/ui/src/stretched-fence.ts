/**
 * A formula's stretched fence (the ⌊ ⌋ or ( ) around a two-line fraction) as an SVG path, for the
 * image export. MathML stretches the glyph from the font's math tables; a <text> cannot, and written
 * at its text size the bracket would sit small at the top of the space the reader saw it fill.
 */

/**
 * Opening fences drawn in a unit box (x across the glyph's advance, y down its height), kept off the
 * box's sides as the glyphs' bearings are. A closing fence is its opener mirrored.
 */
const openers: Record<string, string> = {
  '(': 'M .8 0 Q -.2 .5 .8 1',
  '[': 'M .75 0 L .3 0 L .3 1 L .75 1',
  '⌊': 'M .3 0 L .3 1 L .75 1',
  '⌈': 'M .75 0 L .3 0 L .3 1',
  '{': 'M .8 0 Q .5 0 .5 .08 L .5 .42 Q .5 .5 .2 .5 Q .5 .5 .5 .58 L .5 .92 Q .5 1 .8 1',
  '⟨': 'M .75 0 L .3 .5 L .75 1',
  '|': 'M .5 0 L .5 1',
  '‖': 'M .35 0 L .35 1 M .65 0 L .65 1',
};
const closers: Record<string, string> = { ')': '(', ']': '[', '⌋': '⌊', '⌉': '⌈', '}': '{', '⟩': '⟨' };

/** Taller than this many times its font size, a fence has been stretched. */
const STRETCHED = 1.4;

/**
 * The path of `element` over `box` (its own box unless given) when it is a stretched fence (see
 * above), else undefined. Its box is read only for a fence: the export asks of every text.
 */
export function stretchedFencePath(element: Element, box?: DOMRect): string | undefined {
  if (element.localName !== 'mo') return undefined;
  const glyph = (element.textContent ?? '').trim();
  const opener = closers[glyph] ?? glyph;
  const shape = openers[opener];
  if (!shape) return undefined;
  box ??= element.getBoundingClientRect();
  if (box.height <= STRETCHED * parseFloat(getComputedStyle(element).fontSize)) return undefined;
  const mirrored = opener !== glyph;
  let coordinate = 0;
  return shape
    .split(' ')
    .map((token) => {
      if (/[A-Z]/.test(token)) {
        coordinate = 0;
        return token;
      }
      const unit = Number(token);
      return coordinate++ % 2 === 0
        ? `${box.left + (mirrored ? 1 - unit : unit) * box.width}`
        : `${box.top + unit * box.height}`;
    })
    .join(' ');
}
