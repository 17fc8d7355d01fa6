/**
 * A block formula that may wrap: its equations one under another, aligned at their relation as
 * `aligned` sets them, each right-hand side broken into pieces before its top-level relations, its
 * binary + and −, and its products' · (see the sets below), and as a last resort inside a flat
 * bracket (see bracketParts), so that a phone's width wraps it rather than scrolls it. MathML has
 * no line breaking of its own, so each piece is a <math> of its own, and the browser's inline
 * layout wraps them; a wrapped line starts a little in from its relation, as a continued sum is set.
 * Loaded when a formula first overflows its column (see Formula).
 */
import { mathml, tokenize } from './tex-to-mathml.js';

const RELATIONS = new Set(['=', '\\leftarrow', '\\approx', '\\le', '\\ge', '<', '>']);
/** After these a + or − is a sign, not a sum's: no break before it. */
const NOT_OPERANDS = new Set([
  ...RELATIONS,
  '+',
  '-',
  '\\cdot',
  '\\times',
  '(',
  '[',
  ',',
  '\\ ',
  '^',
  '_',
  '&',
]);
/**
 * What starts a row: an aligned block's \\, and \quad or \qquad between equations set side by side
 * (a, \quad b).
 */
const ROW_BREAKS = new Set(['\\\\', '\\quad', '\\qquad']);
/** Where a term may wrap: before a product's ·, × or ⊙, and before a remark in words (\text). */
const FACTOR_BREAKS = new Set(['\\cdot', '\\times', '\\odot', '\\text']);
/**
 * What opens and closes a group no line breaks inside: braces, \left … \right, environments, and
 * round brackets (a difference squared, a negative number). Square ones do not: the core writes a
 * mean's sum in them, 1/m[…], to be broken between its terms.
 */
const OPEN = new Set(['{', '\\left', '\\begin', '(']);
const CLOSE = new Set(['}', '\\right', '\\end', ')']);

/**
 * The tokens split wherever `breaks(token, previous)` holds outside every group, the token starting
 * the next part; a part may be empty (a row that starts with &).
 */
function split(tokens: readonly string[], breaks: (token: string, previous?: string) => boolean): string[][] {
  const parts: string[][] = [[]];
  let depth = 0;
  let previous: string | undefined;
  for (const token of tokens) {
    // A closer counts as outside its group: it is what comes before the next token there.
    if (CLOSE.has(token)) depth--;
    if (depth === 0 && token !== ' ') {
      if (breaks(token, previous)) parts.push([]);
      previous = token;
    }
    if (OPEN.has(token)) depth++;
    parts.at(-1)!.push(token);
  }
  return parts;
}

/** Whether a part holds anything but space. */
const written = (part: readonly string[]) => part.some((t) => t !== ' ');

const isSign = (token: string) => token === '+' || token === '-';

/** The parts of `tokens` where `breaks` holds, each as TeX, left out where blank. */
const parts = (tokens: readonly string[], breaks: Parameters<typeof split>[1]): string[][] =>
  split(tokens, breaks).filter(written);

/**
 * A right-hand side in chains, each from one relation to the next; each chain in its terms, each
 * from one + or − of a sum to the next (a + or − after an operator is a sign, part of a term); and
 * each term in its factors, each from one · or × (or remark in words) to the next, as TeX.
 */
const chains = (rhs: readonly string[]): string[][][] =>
  parts(rhs, (token) => RELATIONS.has(token)).map((chain) =>
    parts(chain, (token, previous) => isSign(token) && !NOT_OPERANDS.has(previous ?? '&')).map((term) =>
      parts(term, (token) => FACTOR_BREAKS.has(token)).map((factor) => factor.join('').trim()),
    ),
  );

/** What a bracket stretches around: cut in two, each half would lose its height. */
const TALL = new Set(['\\frac', '\\begin', '\\sum', '\\sqrt']);

/** A part's last token that is not a space. */
const lastToken = (part: readonly string[]) => part.filter((t) => t !== ' ' && t !== '\\ ').at(-1);

/**
 * A factor's first \left( … \right) outside every group, opened where what it holds is flat (no
 * fraction, sum, root or matrix for its brackets to stretch around): cut after each comma of a
 * tuple and before each + or − of a sum, for a column too narrow for the whole bracket:
 * "= (−0.0921559," then "−0.028823)". The first part keeps what comes before the bracket, the last
 * what comes after; a part that continues a sum starts infix, one after a comma with its sign.
 * Undefined where there is no such bracket.
 */
function bracketParts(factor: string): string[] | undefined {
  const tokens = tokenize(factor);
  let depth = 0;
  const start = tokens.findIndex((token, i) => {
    if (depth === 0 && token === '\\left' && tokens[i + 1] === '(') return true;
    depth += Number(OPEN.has(token)) - Number(CLOSE.has(token));
    return false;
  });
  if (start < 0) return undefined;
  // Its \right: where the depth inside comes back to the bracket's own.
  let end = start + 2;
  for (depth = 0; end < tokens.length && (depth || tokens[end] !== '\\right'); end++)
    depth += Number(OPEN.has(tokens[end]!)) - Number(CLOSE.has(tokens[end]!));
  const inside = tokens.slice(start + 2, end);
  if (tokens[end + 1] !== ')' || inside.some((token) => TALL.has(token))) return undefined;
  const parts = split(
    inside,
    (token, previous) => previous === ',' || (isSign(token) && !NOT_OPERANDS.has(previous!)),
  );
  if (parts.length < 2) return undefined;
  // A comma keeps the space after it (at a line's end, unseen).
  parts.forEach((part, i) => i && part[0] === '\\ ' && parts[i - 1]!.push(part.shift()!));
  parts[0]!.unshift(...tokens.slice(0, start), '(');
  parts.at(-1)!.push(')', ...tokens.slice(end + 2));
  // Trimmed of spaces, but not of the one a comma keeps: trimmed, its `\ ` would leave a lone `\`.
  const text = (part: string[]) => part.join('').replace(/^\s+|(?<!\\)\s+$/g, '');
  return parts.map((part, i) => `${i && lastToken(parts[i - 1]!) !== ',' ? '{}' : ''}${text(part)}`);
}

/** lhs and rhs: before and from a row's & (an aligned row), or its first relation (a lone equation). */
function sides(row: readonly string[]): [string[], string[]] {
  const [lhs, ...rest] = split(row, (token) => token === '&');
  // Each part after the first starts with its & (any inside a matrix stays in its part).
  if (rest.length) return [lhs!, rest.flatMap((part) => part.slice(1))];
  const [before, ...after] = split(row, (token) => RELATIONS.has(token));
  return after.length ? [before!, after.flat()] : [[], before!];
}

/** A wrapping line of boxes; `indent` starts each line after the first that far in. */
const flex = (items: string[], indent = '0', style = '') =>
  `<span style="display:flex;flex-wrap:wrap;align-items:baseline;row-gap:.25em;padding-left:${indent};${style}">${items.join('')}</span>`;

/**
 * The formula's markup as rows that wrap, or undefined where there is one piece only (no relation,
 * sum, second equation or bracket to open outside its groups): the one <math> then scrolls as
 * before. Equations set side by side go one under another. A row wraps first between its chains,
 * each new line starting at the relation, as equations continue under their =; a chain too wide for
 * a line wraps between its terms, the next line indented past the relation, as a long sum
 * continues; a term too wide, between its factors; a factor too wide, inside its bracket. Where
 * one left side heads every row (an equation continued, or a lone one), its right sides move under
 * it when the two cannot stand side by side: a fraction such as ∂L/∂a beside a sum is wider than a
 * phone's column, however the sum wraps.
 */
export function flowMarkup(tex: string): string | undefined {
  const aligned = /^\s*\\begin\{aligned\}([\s\S]*)\\end\{aligned\}\s*$/.exec(tex);
  const rows = split(tokenize(aligned ? aligned[1]! : tex), (token) => ROW_BREAKS.has(token))
    .map((row) => (ROW_BREAKS.has(row[0]!) ? row.slice(1) : row))
    .filter(written)
    .map((row) => {
      const [lhs, rhs] = sides(row);
      return [lhs.join('').trim(), chains(rhs)] as const;
    });
  const pieces = rows[0]?.[1].flat(2) ?? [];
  if (rows.length < 2 && pieces.length < 2 && !bracketParts(pieces[0] ?? '')) return undefined;
  // `{}` before a box's leading relation, sign or · makes it infix, spaced as it was in the whole.
  const box = (tex: string) => `<span>${mathml(`{}${tex}`)}</span>`;
  // A factor with a bracket wraps inside it as a last resort, its later parts indented past the
  // bracket (see bracketParts).
  const factor = (tex: string) => {
    const [first, ...rest] = bracketParts(tex) ?? [];
    return first === undefined
      ? box(tex)
      : flex(
          [
            `<span style="margin-left:-1em">${mathml(`{}${first}`)}</span>`,
            ...rest.map((part) => `<span>${mathml(part)}</span>`),
          ],
          '1em',
        );
  };
  // A chain's first term stands out at its relation, the lines after it indented; a product too
  // wide for a line wraps between its factors.
  const term = (factors: string[], first: boolean) =>
    flex(factors.map(factor), '0', first ? 'margin-left:-1.5em' : '');
  const rhsOf = (chains: string[][][]) =>
    flex(
      chains.map((terms) =>
        flex(
          terms.map((factors, i) => term(factors, i === 0)),
          '1.5em',
        ),
      ),
    );
  const block = 'align-items:baseline;row-gap:.35em;width:max-content;max-width:100%;margin-inline:auto';
  /**
   * One left side and its right sides, row under row: they go under it, indented, where they do not
   * fit beside it (a fraction on the left, a long sum on the right), and stay beside it, wrapping,
   * where their widest piece does (a flex basis of 0, min-content at least).
   */
  const equation = (lhs: string, rights: string[][][][]) =>
    `<span style="display:flex;flex-wrap:wrap;align-items:baseline;row-gap:.35em;box-sizing:border-box;padding-left:1em">` +
    `<span style="margin-left:-1em">${mathml(lhs)}</span>` +
    `<span style="display:flex;flex-direction:column;row-gap:.35em;flex:1 1 0;min-width:min-content">` +
    `${rights.map(rhsOf).join('')}</span></span>`;
  const [lhs] = rows[0]!;
  // One equation continued row under row, or equations set side by side (a, \quad b), which need
  // not line up: each under the last, each wrapping on its own, left-aligned as a group.
  const continued = lhs && rows.every(([left], i) => !i || !left);
  if (continued || (!aligned && rows.every(([left]) => left))) {
    const equations: [string, string[][][][]][] = continued
      ? [[lhs, rows.map(([, rhs]) => rhs)]]
      : rows.map(([left, rhs]) => [left, [rhs]]);
    return (
      `<span class="dlviz-flow" style="display:grid;grid-template-columns:minmax(0,1fr);${block}">` +
      `${equations.map(([left, rights]) => equation(left, rights)).join('')}</span>`
    );
  }
  // Rows of an aligned block with left sides of their own: each relation under the last.
  const cells = rows.map(
    ([lhs, rhs]) => `<span style="justify-self:end">${lhs ? mathml(lhs) : ''}</span>` + rhsOf(rhs),
  );
  return (
    `<span class="dlviz-flow" style="display:grid;grid-template-columns:auto minmax(0,1fr);${block}">` +
    `${cells.join('')}</span>`
  );
}
