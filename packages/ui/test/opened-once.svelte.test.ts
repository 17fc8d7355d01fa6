import { createRawSnippet } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { OpenedOnce } from '../src/opened-once.svelte.js';
import SettingsSection from '../src/SettingsSection.svelte';

describe('OpenedOnce', () => {
  test('turns on the first time its details opens, and stays on', () => {
    const once = new OpenedOnce();
    const details = document.createElement('details');
    const toggle = () =>
      once.toggle({ currentTarget: details } as unknown as Parameters<OpenedOnce['toggle']>[0]);
    toggle();
    expect(once.opened).toBe(false);
    details.open = true;
    toggle();
    expect(once.opened).toBe(true);
    details.open = false;
    toggle();
    expect(once.opened).toBe(true);
  });

  test('a details the reader opened before the script ran counts as opened', () => {
    const once = new OpenedOnce();
    const details = document.createElement('details');
    details.open = true;
    once.attach(details);
    expect(once.opened).toBe(true);
  });
});

describe('SettingsSection', () => {
  test('loads its fields on the first opening only, and keeps them through closing', async () => {
    const load = vi.fn(() => Promise.resolve({ label: 'Stride' }));
    const children = createRawSnippet((loaded: () => unknown) => ({
      render: () => `<label>${(loaded() as { label: string }).label} <input /></label>`,
    }));
    const screen = await render(SettingsSection, { title: 'Layer settings', load, children });
    expect(load).not.toHaveBeenCalled();
    expect(screen.container.querySelector('input')).toBeNull();
    const summary = screen.getByText('Layer settings');
    await summary.click();
    await expect.element(screen.getByRole('textbox', { name: 'Stride' })).toBeVisible();
    const field = screen.container.querySelector('input');
    await summary.click();
    await summary.click();
    expect(screen.container.querySelector('input')).toBe(field);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
