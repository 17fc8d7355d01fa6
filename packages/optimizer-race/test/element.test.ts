import { expectDefaultPreset } from '@dlviz/build-config/default-preset';
import { openSection } from '@dlviz/build-config/open-section';
import { optimizerDefaultPreset, optimizerPresets } from '@dlviz/core';
import type { WidgetElement } from '@dlviz/ui';
import { afterEach, describe, expect, test } from 'vitest';
import '../src/element.js';

const problem = optimizerPresets.find((p) => p.id === 'stanford-square-1')!.problem;
const created: HTMLElement[] = [];

function create(attributes: Record<string, string> = {}): WidgetElement {
  const element = document.createElement('dlviz-optimizer-race') as WidgetElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  created.push(element);
  return element;
}

const narration = (element: Element) => element.shadowRoot!.querySelector('.narration')?.textContent;

afterEach(() => {
  for (const element of created.splice(0)) element.remove();
});

describe('<dlviz-optimizer-race>', () => {
  test('reads the problem attribute and property; events cross the shadow root; instances are independent', async () => {
    const seen: { type: string; detail: unknown }[] = [];
    const listen = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
    for (const type of ['stepchange', 'problemchange', 'error']) document.addEventListener(type, listen);

    const first = create({ problem: JSON.stringify(problem), 'initial-step': '2', theme: 'dark' });
    const second = create();
    second.problem = optimizerPresets.find((p) => p.id === 'ucla-noisy-gradients')!.problem;
    await expect.poll(() => narration(first)).toBe('After update 2: SGD at 1, loss 1.');
    await expect.poll(() => second.shadowRoot!.querySelectorAll('.trajectory').length).toBe(2);
    expect(first.shadowRoot!.querySelector('.dlviz-root')!.getAttribute('data-theme')).toBe('dark');

    const next = [...first.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next update'),
    )!;
    next.click();
    await expect.poll(() => narration(first)).toBe('After update 3: SGD at −1, loss 1.');
    expect(narration(second)).toMatch(/^Start at/);

    // The surface settings are closed at first and load when opened.
    await openSection(first.shadowRoot!, 'Surface, start and noise');
    const start = first.shadowRoot!.querySelector<HTMLInputElement>('input[aria-label="Start x"]')!;
    start.value = '0.5';
    start.dispatchEvent(new Event('input', { bubbles: true }));
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));

    first.setAttribute('problem', '{"widget": "optimizer"}');
    await expect
      .poll(() => first.shadowRoot!.querySelector('[role=alert]')?.textContent)
      .toContain('surface');
    for (const type of ['stepchange', 'problemchange', 'error']) document.removeEventListener(type, listen);

    expect(seen[0]).toEqual({ type: 'stepchange', detail: { index: 3, length: 21 } });
    expect(seen.find((e) => e.type === 'problemchange')?.detail).toEqual(
      expect.objectContaining({ start: [0.5, 0] }),
    );
    expect(seen.some((e) => e.type === 'error')).toBe(true);
    expect(second.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  });

  test('without a problem it shows its default preset, as its embed page does', async () => {
    await expectDefaultPreset(create(), optimizerDefaultPreset, optimizerPresets);
  });
});
