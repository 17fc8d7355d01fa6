/**
 * How a grid cell shows its role in the current step. Each state has a fill AND a cue that survives
 * without color (outline width, dash pattern, bold or underlined text, fading), so the meaning is
 * never carried by color alone. The words are read to screen readers and shown in legends.
 */
export type CellState = 'window' | 'padding' | 'active' | 'argmax' | 'influenced' | 'muted';

export interface CellLook {
  fill: string;
  stroke: string;
  strokeWidth: number;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  bold: boolean;
  underline: boolean;
  faded: boolean;
  /** fill, stroke, stroke-width and stroke-dasharray as one style attribute: a grid writes one
   *  attribute per cell whose look changed rather than checking four properties on every cell.
   *  Undefined for the plain look, which the grid's stylesheet gives (most cells have it). */
  style: string | undefined;
}

const base: Omit<CellLook, 'style'> = {
  fill: 'var(--_bg)',
  stroke: 'var(--_border)',
  strokeWidth: 1,
  dash: '',
  bold: false,
  underline: false,
  faded: false,
};

// Later states win where they overlap: a padding cell inside the window looks like the window
// with a padding dash; the active cell beats everything.
const looks: [CellState, Partial<Omit<CellLook, 'style'>>][] = [
  ['muted', { faded: true }],
  ['padding', { fill: 'var(--_padding)', dash: '3 3', stroke: 'var(--_muted)' }],
  ['influenced', { fill: 'var(--_influenced)', stroke: 'var(--_fg)', strokeWidth: 2, dash: '1.5 3' }],
  ['window', { fill: 'var(--_window)', stroke: 'var(--_accent)', strokeWidth: 2.5, faded: false }],
  [
    'argmax',
    {
      fill: 'var(--_argmax)',
      stroke: 'var(--_fg)',
      strokeWidth: 2.5,
      dash: '7 3',
      bold: true,
      underline: true,
    },
  ],
  ['active', { fill: 'var(--_active)', stroke: 'var(--_fg)', strokeWidth: 3.5, bold: true, faded: false }],
];

export function cellLook(states: readonly CellState[]): CellLook {
  let look = base;
  for (const [state, change] of looks) {
    if (!states.includes(state)) continue;
    // A padding cell keeps its dash even when another state colors it.
    look = { ...look, ...change, dash: change.dash ?? look.dash };
  }
  const { fill, stroke, strokeWidth, dash } = look;
  return {
    ...look,
    style:
      look === base
        ? undefined
        : `fill:${fill};stroke:${stroke};stroke-width:${strokeWidth};stroke-dasharray:${dash || 'none'}`,
  };
}

export const cellStateWords: Record<CellState, string> = {
  window: 'in the window',
  padding: 'zero padding',
  active: 'current',
  argmax: 'maximum',
  influenced: 'affects the selected cell',
  muted: 'not used',
};

/** Normalizes a highlight function's answer (nothing, one state or several) to a list. */
export function statesOf(answer: CellState | readonly CellState[] | undefined | null): readonly CellState[] {
  if (!answer) return [];
  return typeof answer === 'string' ? [answer] : answer;
}
