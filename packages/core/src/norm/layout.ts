/** How the input's axes are named: images (NCHW), feature vectors (NC) or transformer tokens (BTD). */
export const normLayouts = ['NCHW', 'NC', 'BTD'] as const;
export type NormLayout = (typeof normLayouts)[number];

export const normTypes = ['batch', 'layer', 'instance', 'group', 'rms'] as const;
export type NormType = (typeof normTypes)[number];

/** An input tensor as the problem format writes it. */
export type NormInput = number[][][][] | number[][] | number[][][];

/** One axis of a layout: its letter, the noun messages use, and its place in the canonical N, C, H, W view. */
export interface LayoutAxis {
  readonly name: string;
  readonly noun: string;
  /** 0 = N, 1 = C, 2 = H, 3 = W: BTD puts its tokens (T) on H and its features (D) on C. */
  readonly canonical: 0 | 1 | 2 | 3;
}

const axes: Record<NormLayout, readonly LayoutAxis[]> = {
  NCHW: [
    { name: 'N', noun: 'examples', canonical: 0 },
    { name: 'C', noun: 'channels', canonical: 1 },
    { name: 'H', noun: 'rows', canonical: 2 },
    { name: 'W', noun: 'columns', canonical: 3 },
  ],
  NC: [
    { name: 'N', noun: 'examples', canonical: 0 },
    { name: 'C', noun: 'channels', canonical: 1 },
  ],
  BTD: [
    { name: 'B', noun: 'examples', canonical: 0 },
    { name: 'T', noun: 'tokens', canonical: 2 },
    { name: 'D', noun: 'features', canonical: 1 },
  ],
};

export function layoutAxes(layout: NormLayout): readonly LayoutAxis[] {
  return axes[layout];
}

/** The layout a rank implies when the problem names none (4: NCHW, 2: NC, 3: BTD). */
export function layoutOfRank(rank: number): NormLayout | undefined {
  return normLayouts.find((layout) => axes[layout].length === rank);
}

/** What gamma and beta run along: channels, or features for transformer tokens. */
export function channelNoun(layout: NormLayout): string {
  return layout === 'BTD' ? 'features' : 'channels';
}

/** The subscript of γ and β in formulas: c for a channel's, d for a transformer feature's. */
export function affineIndex(layout: NormLayout): string {
  return layout === 'BTD' ? 'd' : 'c';
}

/** The input's type as the format writes it, e.g. `number[N][C][H][W]`. */
export function layoutSignature(layout: NormLayout): string {
  return `number${axes[layout].map((a) => `[${a.name}]`).join('')}`;
}
