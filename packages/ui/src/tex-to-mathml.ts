/**
 * LaTeX to MathML for the subset dlviz's core and docs write (numbers, scripts, sums, fractions,
 * roots, bracketed matrices, cases, the Greek letters and functions they use; tex-coverage.test
 * checks every preset's formulas against it), and no more: it ships in every widget. Browsers render MathML natively, so formulas cost no font or
 * CDN and fit the 45 kB budget. Unknown commands come out as text and nothing throws: a formula
 * that is slightly wrong beats a widget that is broken.
 *
 * The output is built only from the fixed element names below; every piece of text from the input
 * goes through `escapeText`, so it is safe to insert as HTML.
 */

const greek: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ϵ',
  varepsilon: 'ε',
  eta: 'η',
  theta: 'θ',
  mu: 'μ',
  nu: 'ν',
  sigma: 'σ',
  partial: '∂',
  infty: '∞',
};

const operators: Record<string, string> = {
  cdot: '·',
  times: '×',
  le: '≤',
  ge: '≥',
  odot: '⊙',
  leftarrow: '←',
  nabla: '∇',
  ldots: '…',
  cdots: '⋯',
  vdots: '⋮',
  dots: '…',
  lfloor: '⌊',
  rfloor: '⌋',
  '{': '{',
  '}': '}',
  top: '⊤',
  sim: '∼',
};

const largeOperators: Record<string, string> = { sum: '∑' };

/** Functions whose limits go under them in display math, like \max_{i}. */
const limitFunctions = new Set(['max', 'min']);

const functions = new Set([...limitFunctions, ...'log exp tanh sin cos'.split(' ')]);

const accents: Record<string, string> = {
  hat: '^',
};

const spaces: Record<string, string> = {
  ',': '0.1667em',
  ';': '0.2778em',
  ' ': '0.25em',
  quad: '1em',
  qquad: '2em',
  '!': '-0.1667em',
};

const fences: Record<string, string> = {
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  '|': '|',
  '.': '',
  '\\{': '{',
  '\\}': '}',
  '\\lfloor': '⌊',
  '\\rfloor': '⌋',
};

const matrixDelimiters: Record<string, [string, string]> = {
  bmatrix: ['[', ']'],
  cases: ['{', ''],
  aligned: ['', ''],
};

/**
 * How the cells of an environment line up, as inline styles: MathML Core has no column alignment
 * attribute, and inline styles go wherever the MathML does (a widget's shadow root, the docs'
 * Markdown answers) with no style sheet to keep in step. cases: value and condition both flush
 * left; aligned: `lhs &= rhs` meets at the =, as in TeX, and in display style as TeX sets it (a
 * table's cells are otherwise compact: fractions in small type).
 */
const cellLayouts: Record<string, { className: string; first: string; rest: string; display?: boolean }> = {
  cases: { className: 'dlviz-left', first: 'text-align:left', rest: 'text-align:left' },
  aligned: {
    className: 'dlviz-aligned',
    first: 'text-align:right;padding-inline:0',
    rest: 'text-align:left;padding-inline:0',
    display: true,
  },
};

/**
 * \underbrace as a bracket framing the group from below: a stretchy ⏟ needs a font with a MATH
 * table, which many systems lack (it then stays one glyph wide).
 */
const UNDERBRACE_STYLE =
  'padding:0 0.15em 0.2em;border:0.08em solid;border-top:0;border-radius:0 0 0.35em 0.35em';

/**
 * MathML trims the spaces at the ends of <mtext> (`\text{ at }` drew as "2at(2, 2)"); TeX keeps
 * them, so they become no-break spaces, which are not trimmed.
 */
function keepEdgeSpaces(text: string): string {
  return text.replace(/^ +| +$/g, (spaces) => '\u00a0'.repeat(spaces.length));
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Tokens are strings: `\\name` for a command (or `\\` and one symbol, like `\\{`), a number, one
 * letter or symbol, or `' '` for a run of white space (kept only for \\text{...}, where spaces are part
 * of the words; math skips it).
 */
export function tokenize(tex: string): string[] {
  return (tex.match(/\\(?:[a-zA-Z]+|[^])?|\d+\.?\d*|\.\d+|\s+|[^]/g) ?? []).map((t) =>
    /^\s/.test(t) ? ' ' : t,
  );
}

const mo = (text: string, attributes = ''): string => `<mo${attributes}>${escapeText(text)}</mo>`;
const mrow = (items: string[]): string => (items.length === 1 ? items[0]! : `<mrow>${items.join('')}</mrow>`);

const MINUS = '<mo>−</mo>';
/** A minus with no left operand is a sign: drawn tight against its number, not spaced as a binary minus. */
const PREFIX_MINUS = '<mo form="prefix">−</mo>';

/**
 * Whether what follows `items` starts an operand: nothing yet, or an operator or opening bracket,
 * looking past spaces (`(1,\ -2)`). Closing brackets and dots (`a + \dots - b`) end an operand.
 */
function startsOperand(items: readonly string[]): boolean {
  let at = items.length - 1;
  while (at >= 0 && (items[at] === '' || items[at]!.startsWith('<mspace'))) at--;
  const previous = items[at];
  return previous === undefined || /^<mo[^>]*>[^)\]|⌋…⋯⋮]/.test(previous);
}

/** A recursive-descent reader over the tokens; each `read*` method returns MathML text. */
class Reader {
  #tokens: string[];
  #at = 0;

  constructor(tokens: string[]) {
    this.#tokens = tokens;
  }

  get done(): boolean {
    this.#skipSpaces();
    return this.#at >= this.#tokens.length;
  }

  #skipSpaces(): void {
    while (this.#tokens[this.#at] === ' ') this.#at++;
  }

  /** Steps over one token the grammar has no place for (an unmatched closer). */
  skipOne(): void {
    this.#at++;
  }

  #peek(): string | undefined {
    this.#skipSpaces();
    return this.#tokens[this.#at];
  }

  /** Whether the next token is one of these (symbols as themselves, commands with their backslash). */
  #is(...tokens: string[]): boolean {
    return tokens.includes(this.#peek()!);
  }

  /** Items until the end, a closing brace, or one of the stop commands (\right, \end, &, \\). */
  readList(stopAtRowEnd = false): string[] {
    const items: string[] = [];
    while (!this.done && !this.#is('}', '\\right', '\\end')) {
      if (stopAtRowEnd && this.#is('&', '\\\\')) break;
      if (this.#is('&', '\\\\')) {
        this.#at++; // alignment outside an environment: nothing to align, so drop it
        continue;
      }
      const item = this.#readScripted();
      items.push(item === MINUS && startsOperand(items) ? PREFIX_MINUS : item);
    }
    return items;
  }

  /** One atom with any ^ and _ after it. */
  #readScripted(): string {
    const start = this.#peek();
    const base = this.#readAtom();
    let sub: string | undefined;
    let sup: string | undefined;
    let primes = '';
    for (;;) {
      if (this.#is('_') && sub === undefined) {
        this.#at++;
        sub = this.#readArgument();
      } else if (this.#is('^') && sup === undefined) {
        this.#at++;
        sup = this.#readArgument();
      } else if (this.#is("'")) {
        this.#at++;
        primes += '′';
      } else break;
    }
    if (primes) sup = sup === undefined ? mo(primes) : mrow([mo(primes), sup]);
    if (sub === undefined && sup === undefined) return base;
    const name = start?.slice(1) ?? '';
    const underOver =
      start?.[0] === '\\' && (name in largeOperators || limitFunctions.has(name) || name === 'underbrace');
    // msub, msup, msubsup, or munder, mover, munderover for limits set below and above.
    const [below, above] = underOver ? ['under', 'over'] : ['sub', 'sup'];
    const tag = `m${sub === undefined ? '' : below}${sup === undefined ? '' : above}`;
    return `<${tag}>${base}${sub ?? ''}${sup ?? ''}</${tag}>`;
  }

  /** A braced group or a single atom, as after ^, _ or \frac. */
  #readArgument(): string {
    if (this.#is('{')) {
      this.#at++;
      const items = this.readList();
      if (this.#is('}')) this.#at++;
      return mrow(items.length ? items : ['<mrow></mrow>']);
    }
    return this.done ? '<mrow></mrow>' : this.#readAtom();
  }

  /** The raw text of a braced group, for \text and \begin{name}. */
  #readRawGroup(): string {
    if (!this.#is('{')) return '';
    this.#at++;
    let text = '';
    let depth = 0;
    // Not `done`, which skips spaces: here they are part of the text.
    while (this.#at < this.#tokens.length) {
      const t = this.#tokens[this.#at++]!;
      if (t === '{') depth++;
      if (t === '}' && depth-- === 0) break;
      // Spacing commands are a space in text; \% \_ \& are the characters; other commands stay as written.
      text += t[0] !== '\\' ? t : t.slice(1) in spaces ? ' ' : /^\\[%_&]$/.test(t) ? t[1] : t;
    }
    return text;
  }

  #readAtom(): string {
    this.#skipSpaces();
    const t = this.#tokens[this.#at++] ?? '';
    if (t[0] === '\\') return this.#readCommand(t.slice(1));
    if (/^[\d.]/.test(t)) return `<mn>${t}</mn>`;
    if (/^[a-zA-Z]$/.test(t)) return `<mi>${t}</mi>`;
    return t === ' ' || t === '' ? '' : this.#readSymbol(t);
  }

  #readSymbol(text: string): string {
    if (text === '{') {
      const items = this.readList();
      if (this.#is('}')) this.#at++;
      return mrow(items);
    }
    if (text === '-') return mo('−');
    if (text === '*') return mo('∗');
    if ('()[]|'.includes(text)) return mo(text, ' stretchy="false"');
    return mo(text);
  }

  #readCommand(name: string): string {
    if (name in greek) return `<mi>${greek[name]}</mi>`;
    if (name in operators) return mo(operators[name]!);
    if (name in largeOperators) return mo(largeOperators[name]!, ' largeop="true" movablelimits="true"');
    // A function name keeps TeX's thin space, \,, before its operand (log 0.5, tanh z), not before
    // a bracket or a script.
    if (functions.has(name))
      return `<mi>${name}</mi>${this.#is('(', '\\left', '_', '^') ? '' : this.#readCommand(',')}`;
    if (name in spaces) return `<mspace width="${spaces[name]}"></mspace>`;
    if (name in accents)
      return `<mover accent="true">${this.#readArgument()}${mo(accents[name]!, ' stretchy="true"')}</mover>`;
    switch (name) {
      // A rule over the whole argument, its top border (the one styled mrow: see view-svg's export):
      // a stretchy macron needs a font with a MATH table, and without one stood over the x of x² alone.
      case 'overline':
        return `<mrow style="border-top:.06em solid;padding-top:.1em">${this.#readArgument()}</mrow>`;
      case 'frac':
        return `<mfrac>${this.#readArgument()}${this.#readArgument()}</mfrac>`;
      case 'tfrac':
        return `<mstyle displaystyle="false" scriptlevel="1"><mfrac>${this.#readArgument()}${this.#readArgument()}</mfrac></mstyle>`;
      case 'sqrt':
        return `<msqrt>${this.#readArgument()}</msqrt>`;
      case 'underbrace':
        // Framed below (see UNDERBRACE_STYLE); a following _{label} goes under it (see #readScripted).
        return `<mrow class="dlviz-underbrace" style="${UNDERBRACE_STYLE}">${this.#readArgument()}</mrow>`;
      case 'left':
        return this.#readFenced();
      case 'right':
        return '';
      case 'begin':
        return this.#readEnvironment();
      case 'end':
        this.#readRawGroup();
        return '';
      case 'text':
        return `<mtext>${escapeText(keepEdgeSpaces(this.#readRawGroup()))}</mtext>`;
      case 'operatorname':
        return `<mi mathvariant="normal">${escapeText(this.#readRawGroup())}</mi>`;
      case 'mathcal':
        return `<mi mathvariant="script">${escapeText(this.#readRawGroup())}</mi>`;
      case '\\':
        return '';
      case '%':
      case '_':
      case '&':
        return mo(name);
      default:
        return `<mtext>${escapeText(`\\${name}`)}</mtext>`;
    }
  }

  #readDelimiter(): string {
    this.#skipSpaces();
    return fences[this.#tokens[this.#at++] ?? ''] ?? '';
  }

  #readFenced(): string {
    const open = this.#readDelimiter();
    const items = this.readList();
    let close = '';
    if (this.#is('\\right')) {
      this.#at++;
      close = this.#readDelimiter();
    }
    const fence = (d: string) => (d ? mo(d, ' fence="true" stretchy="true"') : '');
    return `<mrow>${fence(open)}${items.join('')}${fence(close)}</mrow>`;
  }

  #readEnvironment(): string {
    const name = this.#readRawGroup();
    const rows: string[][] = [[]];
    while (!this.done && !this.#is('\\end')) {
      const cell = this.readList(true);
      rows[rows.length - 1]!.push(cell.join(''));
      if (this.#is('&')) {
        this.#at++;
      } else if (this.#is('\\\\')) {
        this.#at++;
        rows.push([]);
      } else if (!this.#is('\\end')) {
        this.#at++; // a stray } or \right inside the environment: skip it rather than loop forever
      }
    }
    if (this.#is('\\end')) {
      this.#at++;
      this.#readRawGroup();
    }
    // A trailing \\ leaves an empty last row, as LaTeX ignores it.
    if (rows.length > 1 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
    const [open, close] = matrixDelimiters[name] ?? ['', ''];
    const layout = cellLayouts[name];
    const cell = (c: string, column: number) =>
      layout ? `<mtd style="${column === 0 ? layout.first : layout.rest}">${c}</mtd>` : `<mtd>${c}</mtd>`;
    const attributes = layout
      ? ` class="${layout.className}"${layout.display ? ' displaystyle="true"' : ''}`
      : '';
    const table = `<mtable${attributes}>${rows.map((r) => `<mtr>${r.map(cell).join('')}</mtr>`).join('')}</mtable>`;
    const fence = (d: string) => (d ? mo(d, ' fence="true" stretchy="true"') : '');
    return `<mrow>${fence(open)}${table}${fence(close)}</mrow>`;
  }
}

/** The body of a formula, without the <math> element. */
export function texToMathmlBody(tex: string): string {
  const reader = new Reader(tokenize(tex));
  const items: string[] = [];
  // Stray closers (an unmatched }, \right or \end) would stop the reader early; keep reading past them.
  while (!reader.done) {
    items.push(...reader.readList());
    if (!reader.done) reader.skipOne();
  }
  return mrow(items.length ? items : ['<mrow></mrow>']);
}

export interface MathmlOptions {
  /** Block formulas are centred and use large operators; inline ones sit in a sentence. */
  display?: 'block' | 'inline';
}

/**
 * A complete <math> element for `tex`, with the TeX kept as an annotation so copying or exporting
 * the formula keeps its source.
 */
export function mathml(tex: string, options: MathmlOptions = {}): string {
  const display = options.display ?? 'block';
  return (
    `<math xmlns="http://www.w3.org/1998/Math/MathML" display="${display}">` +
    `<semantics>${texToMathmlBody(tex)}<annotation encoding="application/x-tex">${escapeText(tex)}</annotation></semantics></math>`
  );
}
