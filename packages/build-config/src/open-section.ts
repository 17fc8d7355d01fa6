import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/**
 * Opens a widget's closed section by its summary (settings, the worked answer), whose contents load
 * on demand, and waits until they are there: a field, a table or a formula. For browser tests.
 */
export async function openSection(root: ParentNode, summary: string): Promise<HTMLDetailsElement> {
  const details = [...root.querySelectorAll('details')].find(
    (d) => d.querySelector('summary')?.textContent === summary,
  );
  if (!details) throw new Error(`no section "${summary}"`);
  if (!details.open) await userEvent.click(details.querySelector('summary')!);
  // Generous: a chunk can take seconds to arrive on a machine busy with other test runs.
  await expect
    .poll(() => details.querySelector('input, select, table, .formula') !== null, { timeout: 10_000 })
    .toBe(true);
  return details;
}
