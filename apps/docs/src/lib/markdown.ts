import { escapeText, flowMarkup, mathml } from '@dlviz/ui';

/**
 * Renders the Markdown the core's worked answers use (headings, paragraphs, **bold**, tables,
 * `$inline$` and `$$display$$` math) to HTML with native MathML. Every piece of text goes through
 * escapeText and every formula through mathml(), which escapes too, so the result is safe for {@html}.
 */
export function renderMarkdown(source: string): string {
  const html: string[] = [];
  const lines = source.split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      // Answers start at h1; inside a page they sit under its h2.
      const level = Math.min(6, heading[1]!.length + 2);
      html.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else if (line.startsWith('$$') && line.endsWith('$$') && line.length > 4) {
      flush();
      // Set to wrap where it can (see flowMarkup): a page is read on phones too, and a worked
      // answer's long sums would otherwise scroll sideways inside its scrolling box.
      const tex = line.slice(2, -2);
      // Its whole TeX stays on it: wrapped, each piece's annotation holds only its own.
      html.push(
        `<div class="display-math" data-tex="${escapeText(tex)}">${flowMarkup(tex) ?? mathml(tex, { display: 'block' })}</div>`,
      );
    } else if (line.startsWith('|')) {
      flush();
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(lines[i++]!.trim());
      i--;
      html.push(table(rows));
    } else if (line.startsWith('- ')) {
      flush();
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith('- ')) items.push(lines[i++]!.trim().slice(2));
      i--;
      html.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return html.join('\n');
}

function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

function table(rows: string[]): string {
  const [head, , ...body] = rows;
  const th = cells(head ?? '')
    .map((c) => `<th scope="col">${inline(c)}</th>`)
    .join('');
  const tr = body
    .map(
      (r) =>
        `<tr>${cells(r)
          .map((c) => `<td>${inline(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="table-scroll"><table><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table></div>`;
}

/** Inline math, bold and code; the rest escaped. */
function inline(text: string): string {
  return text
    .split(/(\$[^$]+\$)/g)
    .map((part) =>
      part.length > 2 && part.startsWith('$') && part.endsWith('$')
        ? mathml(part.slice(1, -1), { display: 'inline' })
        : escapeText(part)
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
            .replace(/`([^`]+)`/g, '<code>$1</code>'),
    )
    .join('');
}
