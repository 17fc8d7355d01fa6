import { expect, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

/**
 * Opens a rendered widget's Share menu, clicks "Copy link" and answers the link it put on the
 * clipboard (the clipboard itself is left alone). For browser tests.
 */
export async function copiedLink(root: ParentNode): Promise<URL> {
  const writeText = vi.fn(async (_text: string) => undefined);
  const spy = vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
  try {
    const share = [...root.querySelectorAll('summary')].find((s) => s.textContent?.includes('Share'));
    if (!share) throw new Error('no Share menu');
    await userEvent.click(share);
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Copy link');
    if (!copy) throw new Error('no "Copy link" button');
    await userEvent.click(copy);
    // The link code loads on first use.
    await expect.poll(() => writeText.mock.calls.length).toBe(1);
    return new URL(writeText.mock.calls[0]![0]);
  } finally {
    spy.mockRestore();
  }
}
