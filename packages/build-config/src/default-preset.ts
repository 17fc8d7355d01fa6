import { expect } from 'vitest';

/**
 * Checks that a widget's custom element given no problem shows the widget's default preset, as its
 * embed page does without a query: the preset menu names it, another preset's problem given as the
 * attribute replaces it, and removing the attribute brings it back. For browser tests.
 */
export async function expectDefaultPreset(
  element: HTMLElement,
  defaultId: string,
  presets: readonly { id: string; problem: unknown }[],
): Promise<void> {
  const preset = () => element.shadowRoot!.querySelector<HTMLSelectElement>('.preset select')?.value;
  await expect.poll(preset).toBe(defaultId);
  const other = presets.find((p) => p.id !== defaultId)!;
  element.setAttribute('problem', JSON.stringify(other.problem));
  await expect.poll(preset).toBe(other.id);
  element.removeAttribute('problem');
  await expect.poll(preset).toBe(defaultId);
}
