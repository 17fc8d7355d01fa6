/**
 * Viridis (perceptually uniform, readable with color-vision deficiencies and in grayscale) as 13
 * anchors sampled from matplotlib's map at 0, 1/12, …, 1, interpolated linearly in RGB between them:
 * indistinguishable from the full 256-entry table at the dozen or so levels a contour plot uses, and
 * without bundling every scheme of d3-scale-chromatic.
 */
const ANCHORS = [
  0x440154, 0x481f70, 0x443983, 0x3b528b, 0x31688e, 0x287c8e, 0x21918c, 0x20a486, 0x35b779, 0x5ec962,
  0x90d743, 0xc8e020, 0xfde725,
];

const channel = (color: number, shift: number) => (color >> shift) & 0xff;

/** The viridis color at t in [0, 1] (clamped; NaN reads as 0), as `rgb(r, g, b)`. */
export function viridis(t: number): string {
  const scaled = (Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, t))) * (ANCHORS.length - 1);
  const i = Math.min(ANCHORS.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const a = ANCHORS[i]!;
  const b = ANCHORS[i + 1]!;
  const mix = (shift: number) => Math.round(channel(a, shift) + f * (channel(b, shift) - channel(a, shift)));
  return `rgb(${mix(16)}, ${mix(8)}, ${mix(0)})`;
}
