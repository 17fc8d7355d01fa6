import { createRawSnippet } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { Disclosure } from '../src/disclosure.svelte.js';
import SettingsSection from '../src/SettingsSection.svelte';

type ToggleEvent = Parameters<Disclosure['toggle']>[0];
const toggled = (details: HTMLDetailsElement) => ({ currentTarget: details }) as unknown as ToggleEvent;

describe('Disclosure', () => {
  test('follows its details, and stays opened once it has been open', () => {
    const section = new Disclosure();
    const details = document.createElement('details');
    section.toggle(toggled(details));
    expect([section.open, section.opened]).toEqual([false, false]);
    details.open = true;
    section.toggle(toggled(details));
    expect([section.open, section.opened]).toEqual([true, true]);
    details.open = false;
    section.toggle(toggled(details));
    expect([section.open, section.opened]).toEqual([false, true]);
  });

  test('a section drawn anew opens as the reader left the old one', () => {
    const section = new Disclosure();
    const old = document.createElement('details');
    section.attach(old);
    old.open = true;
    section.toggle(toggled(old));
    const drawnAnew = document.createElement('details');
    section.attach(drawnAnew);
    expect(drawnAnew.open).toBe(true);
  });

  test('a prerendered section the reader opened before the script ran stays open and counts as opened', () => {
    const section = new Disclosure();
    const prerendered = document.createElement('details');
    prerendered.open = true;
    section.attach(prerendered);
    expect(prerendered.open).toBe(true);
    expect([section.open, section.opened]).toEqual([true, true]);
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
