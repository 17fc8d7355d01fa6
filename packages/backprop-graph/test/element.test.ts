import { expectDefaultPreset } from '@dlviz/build-config/default-preset';
import { openSection } from '@dlviz/build-config/open-section';
import { backpropDefaultPreset, backpropPresets, backpropTrace } from '@dlviz/core';
import { afterEach, describe, expect, test } from 'vitest';
import '../src/element.js';

const tag = 'dlviz-backprop-graph';
const duke = backpropPresets[0]!.problem;
const itm = backpropPresets.find((p) => p.id === 'itm528-relu')!.problem;
const narration = (element: Element) => element.shadowRoot!.querySelector('.narration')?.textContent;

function create(attributes: Record<string, string> = {}): HTMLElement & { problem: unknown } {
  const element = document.createElement(tag) as HTMLElement & { problem: unknown };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

afterEach(() => {
  for (const element of document.querySelectorAll(tag)) element.remove();
});

describe('<dlviz-backprop-graph>', () => {
  test('attribute and property configure it; events cross the shadow root; two instances stay independent', async () => {
    const first = create({ problem: JSON.stringify(duke), 'initial-step': '2' });
    const second = create();
    second.problem = itm;
    await expect.poll(() => narration(first)).toBe(backpropTrace(duke).at(2).sentence);
    await expect.poll(() => narration(second)).toBe(backpropTrace(itm).at(0).sentence);

    const steps: unknown[] = [];
    const changes: unknown[] = [];
    document.body.addEventListener('stepchange', (event) => steps.push((event as CustomEvent).detail));
    first.addEventListener('problemchange', (event) => changes.push((event as CustomEvent).detail));
    const next = [...first.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next'),
    )!;
    next.click();
    await expect.poll(() => steps).toEqual([{ index: 3, length: backpropTrace(duke).length }]);
    expect(narration(second)).toBe(backpropTrace(itm).at(0).sentence);

    // The network settings start closed and load when opened.
    await openSection(first.shadowRoot!, 'Network settings');
    const select = first.shadowRoot!.querySelector<HTMLSelectElement>(
      'select[aria-label="Activation of every layer"]',
    )!;
    select.value = 'tanh';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await expect.poll(() => changes.length).toBe(1);
    expect((first.problem as typeof duke).layers[0]!.activation).toEqual({ type: 'tanh' });
  });

  test('invalid JSON in the attribute shows the error and emits error', async () => {
    const errors: unknown[] = [];
    document.body.addEventListener(
      'error',
      (event) => errors.push((event as unknown as CustomEvent).detail),
      {
        once: true,
      },
    );
    const element = create({ problem: '{"widget": "backprop"' });
    await expect.poll(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent).toMatch(/line 1/);
    expect(errors).toHaveLength(1);
    element.setAttribute('problem', JSON.stringify(duke));
    await expect.poll(() => element.shadowRoot!.querySelector('svg[data-view]')).not.toBeNull();
  });

  test('without a problem it shows its default preset, as its embed page does', async () => {
    await expectDefaultPreset(create(), backpropDefaultPreset, backpropPresets);
  });
});
