/** A monospaced character's width, in em: grid numbers are set in the theme's monospace font. */
const MONO_WIDTH = 0.6;

/**
 * How wide `text` is set in a monospace font of `fontSize` px. Estimated from its length, not
 * measured, so a grid of thousands of numbers costs no layout.
 */
export function monoWidth(text: string, fontSize: number): number {
  return text.length * fontSize * MONO_WIDTH;
}

/** The `textLength` that squeezes `text`, in a monospace font of `fontSize` px, into `room` px, or undefined when it fits as it is. */
export function squeezedLength(text: string, fontSize: number, room: number): number | undefined {
  return monoWidth(text, fontSize) > room ? room : undefined;
}
