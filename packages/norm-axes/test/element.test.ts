import { expectDefaultPreset } from '@dlviz/build-config/default-preset';
import { normDefaultPreset, normPresets } from '@dlviz/core';
import { afterEach, describe, expect, test } from 'vitest';
import type { WidgetElement } from '@dlviz/ui';
import '../src/element.js';
import { small } from './fixtures.js';

const tag = 'dlviz-norm-axes';

function create(attributes: Record<string, string> = {}): WidgetElement {
  const element = document.createElement(tag) as WidgetElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const narrationOf = (element: WidgetElement) => element.shadowRoot?.querySelector('.narration')?.textContent;

afterEach(() => {
  for (const element of document.querySelectorAll(tag)) element.remove();
});

describe('<dlviz-norm-axes>', () => {
  test('attribute, property and events crossing the shadow root; two instances stay independent', async () => {
    const seen: { type: string; detail: unknown }[] = [];
    const listen = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
    for (const type of ['stepchange', 'problemchange', 'error']) document.addEventListener(type, listen);

    const first = create({ problem: JSON.stringify(small), 'initial-step': '3', theme: 'dark' });
    const second = document.createElement(tag) as WidgetElement;
    second.problem = { ...small, type: 'batch' };
    document.body.append(second);

    await expect
      .poll(() => narrationOf(first))
      .toBe('Example 1 (C reduced, 3 values): mean = (3 + 6 + 9)/3 = 18/3 = 6');
    await expect.poll(() => narrationOf(second)).toMatch(/^Channel 0 \(N reduced, 2 values\)/);
    expect(first.shadowRoot!.querySelector<HTMLElement>('.dlviz-root')!.dataset.theme).toBe('dark');

    const next = [...second.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next step'),
    )!;
    next.click();
    await expect.poll(() => narrationOf(second)).toMatch(/^Channel 0: variance/);
    expect(narrationOf(first)).toMatch(/^Example 1 \(C reduced/);
    expect(seen[0]).toEqual({ type: 'stepchange', detail: { index: 1, length: 9 } });

    const layer = [...first.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.trim().startsWith('Batch norm'),
    )!;
    layer.click();
    await expect.poll(() => seen.some((e) => e.type === 'problemchange')).toBe(true);
    expect((first.problem as { type: string }).type).toBe('batch');
    expect((second.problem as { type: string }).type).toBe('batch');

    first.setAttribute('problem', '{"widget": "norm"');
    await expect.poll(() => first.shadowRoot!.querySelector('[role=alert]')?.textContent).toContain('line 1');
    expect(seen.some((e) => e.type === 'error')).toBe(true);
    expect(second.shadowRoot!.querySelector('[role=alert]')).toBeNull();

    for (const type of ['stepchange', 'problemchange', 'error']) document.removeEventListener(type, listen);
  });

  test('without a problem it shows its default preset, as its embed page does', async () => {
    await expectDefaultPreset(create(), normDefaultPreset, normPresets);
  });
});
