/**
 * A problem as JSON text to edit: text as it was given, an object written out. A value JSON cannot
 * write (a cycle, a BigInt, set through the element's property) gives '', so a broken problem
 * still reaches its error panel rather than breaking the widget.
 */
export function problemText(source: unknown): string {
  if (typeof source === 'string') return source;
  try {
    return JSON.stringify(source, null, 2) ?? '';
  } catch {
    return '';
  }
}
