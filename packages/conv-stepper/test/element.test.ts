import { expectDefaultPreset } from '@dlviz/build-config/default-preset';
import { convDefaultPreset, convPresets } from '@dlviz/core';
import type { WidgetElement } from '@dlviz/ui';
import { afterEach, describe, expect, test } from 'vitest';
import '../src/element.js';
import { cmu, duke } from './helpers.js';

const tag = 'dlviz-conv-stepper';

function create(attributes: Record<string, string> = {}): WidgetElement {
  const element = document.createElement(tag) as WidgetElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const narrationOf = (element: Element) => element.shadowRoot!.querySelector('.narration')?.textContent ?? '';

afterEach(() => {
  for (const element of document.querySelectorAll(tag)) element.remove();
});

describe('<dlviz-conv-stepper>', () => {
  test('attribute and property configure independent instances; events cross the shadow root', async () => {
    const seen: { type: string; detail: unknown; target: EventTarget | null }[] = [];
    const listen = (event: Event) =>
      seen.push({ type: event.type, detail: (event as CustomEvent).detail, target: event.target });
    document.addEventListener('stepchange', listen);
    document.addEventListener('problemchange', listen);

    const first = create({ problem: JSON.stringify(cmu), 'initial-step': '2', theme: 'dark' });
    const second = document.createElement(tag) as WidgetElement;
    second.problem = duke;
    document.body.append(second);

    await expect.poll(() => narrationOf(first)).toMatch(/^Filter 0, output \(1, 0\)/);
    await expect.poll(() => narrationOf(second)).toMatch(/^Filter 0, output \(0, 0\)/);
    expect(first.shadowRoot!.querySelector<HTMLElement>('.dlviz-root')!.dataset.theme).toBe('dark');

    const next = [...first.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next step'),
    )!;
    next.click();
    await expect.poll(() => narrationOf(first)).toMatch(/^Filter 0, output \(1, 1\)/);
    // The other instance did not move.
    expect(narrationOf(second)).toMatch(/^Filter 0, output \(0, 0\)/);

    const select = second.shadowRoot!.querySelector<HTMLSelectElement>('.preset select')!;
    select.value = 'cmu-2c-valid';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    document.removeEventListener('stepchange', listen);
    document.removeEventListener('problemchange', listen);

    expect(seen[0]).toEqual({ type: 'stepchange', detail: { index: 3, length: 6 }, target: first });
    expect(seen[1]!.type).toBe('problemchange');
    expect(seen[1]!.target).toBe(second);
    expect(second.problem).toEqual(cmu);
  });

  test('a broken problem attribute shows its error inside the element and emits error', async () => {
    const errors: unknown[] = [];
    document.addEventListener('error', (event) => errors.push((event as unknown as CustomEvent).detail), {
      once: true,
      capture: true,
    });
    const element = create({ problem: '{"widget": "conv", "input": 3}' });
    await expect
      .poll(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent)
      .toContain('input');
    expect(errors).toHaveLength(1);
    element.setAttribute('problem', JSON.stringify(cmu));
    await expect.poll(() => element.shadowRoot!.querySelector('[role=alert]')).toBeNull();
  });

  test('without a problem it shows its default preset, as its embed page does', async () => {
    await expectDefaultPreset(create(), convDefaultPreset, convPresets);
  });
});
