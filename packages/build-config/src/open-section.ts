import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/**
 * Opens a widget's closed section by its summary (settings, the worked answer), whose contents load
 * on demand, and waits until they are there: a field, a table or a formula. For browser tests.
 * `summary` is the summary's whole text (spacing as read), or a pattern for one that names numbers.
 */
export async function openSection(root: ParentNode, summary: string | RegExp): Promise<HTMLDetailsElement> {
  const read = (d: Element) => d.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const details = [...root.querySelectorAll('details')].find((d) =>
    typeof summary === 'string' ? read(d) === summary : summary.test(read(d)),
  );
  if (!details) throw new Error(`no section "${summary}"`);
  if (!details.open) await userEvent.click(details.querySelector('summary')!);
  // Generous: a chunk can take seconds to arrive on a machine busy with other test runs.
  await expect
    .poll(() => details.querySelector('input, select, table, .formula') !== null, { timeout: 10_000 })
    .toBe(true);
  return details;
}
