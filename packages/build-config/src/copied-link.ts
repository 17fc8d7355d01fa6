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
    // The menu's items load when it first opens.
    const copyButton = () =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Copy link');
    await expect.poll(copyButton, { message: 'no "Copy link" button' }).toBeDefined();
    await userEvent.click(copyButton()!);
    await expect.poll(() => writeText.mock.calls.length).toBe(1);
    return new URL(writeText.mock.calls[0]![0]);
  } finally {
    spy.mockRestore();
  }
}
