/**
 * The core writes a window step's per-channel sums as `\underbrace{products}_{c=0: sum}`, which the
 * ui's MathML converter does not know yet (it would print the command as text). Until it does, each
 * underbrace becomes a parenthesised group with the same label as a subscript: same content, no
 * brace drawn under it.
 */
export function withoutUnderbraces(tex: string): string {
  const command = '\\underbrace{';
  let out = '';
  let at = 0;
  for (let start = tex.indexOf(command); start >= 0; start = tex.indexOf(command, at)) {
    let depth = 1;
    let end = start + command.length;
    for (; end < tex.length && depth > 0; end++) {
      if (tex[end] === '\\') end++;
      else if (tex[end] === '{') depth++;
      else if (tex[end] === '}') depth--;
    }
    // `end` is just past the closing brace of the underbraced group.
    out += `${tex.slice(at, start)}\\left(${tex.slice(start + command.length, end - 1)}\\right)`;
    at = end;
  }
  return out + tex.slice(at);
}
