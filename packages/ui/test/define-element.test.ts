import type { Component } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineWidgetElement, type WidgetElement } from '../src/define-element.js';
import { applyAttribute, createElementProps } from '../src/element-props.svelte.js';
import type { WidgetProps } from '../src/widget-props.js';
import DemoWidget from './fixtures/DemoWidget.svelte';

const tag = 'dlviz-demo-widget';
defineWidgetElement(tag, DemoWidget as Component<WidgetProps>);
const problem = {
  values: [
    [1, 2],
    [3, 4],
  ],
};

function create(attributes: Record<string, string> = {}): WidgetElement {
  const element = document.createElement(tag) as WidgetElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

afterEach(() => {
  for (const element of document.querySelectorAll(tag)) element.remove();
});

describe('defineWidgetElement', () => {
  test('defining a tag twice returns the first definition', () => {
    expect(defineWidgetElement(tag, DemoWidget as Component<WidgetProps>)).toBe(customElements.get(tag));
  });

  test('mounts in an open shadow root, configured by attributes', async () => {
    const element = create({
      problem: JSON.stringify(problem),
      'initial-step': '2',
      theme: 'dark',
      hide: 'export',
      lock: 'steps',
    });
    const shadow = element.shadowRoot!;
    await expect.poll(() => shadow.querySelector('.narration')?.textContent).toBe('Cell (2, 1) holds 3.');
    const root = shadow.querySelector<HTMLElement>('.dlviz-root')!;
    expect(root.dataset.theme).toBe('dark');
    expect(shadow.querySelector('summary')?.textContent).not.toContain('Export');
    expect(shadow.querySelector<HTMLButtonElement>('button[disabled]')).not.toBeNull();
  });

  test('styles apply inside the shadow root and page custom properties inherit in', async () => {
    const element = create({ problem: JSON.stringify(problem), theme: 'light' });
    element.style.setProperty('--dlviz-background', 'rgb(1, 2, 3)');
    const root = await expect
      .poll(() => element.shadowRoot!.querySelector<HTMLElement>('.dlviz-root'))
      .toBeTruthy()
      .then(() => element.shadowRoot!.querySelector<HTMLElement>('.dlviz-root')!);
    expect(element.shadowRoot!.querySelectorAll('style').length).toBeGreaterThan(0);
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(root).display).toBe('flex');
    const playButton = element.shadowRoot!.querySelector<HTMLElement>('button.primary')!;
    expect(getComputedStyle(playButton).minHeight).toBe('44px');
  });

  test('the view attribute reaches the props, and removing it leaves none', () => {
    const props = createElementProps({ stepchange() {}, problemchange() {}, error() {} });
    applyAttribute(props, 'view', 'graph,W[0][1][0]');
    expect(props.view).toBe('graph,W[0][1][0]');
    applyAttribute(props, 'view', null);
    expect(props.view).toBeUndefined();
  });

  test('attribute changes update the mounted widget', async () => {
    const element = create({ problem: JSON.stringify(problem) });
    const shadow = element.shadowRoot!;
    await expect.poll(() => shadow.querySelector('.narration')?.textContent).toBe('Cell (1, 1) holds 1.');
    element.setAttribute('problem', JSON.stringify({ values: [[9]] }));
    await expect.poll(() => shadow.querySelector('.narration')?.textContent).toBe('Cell (1, 1) holds 9.');
    element.setAttribute('theme', 'dark');
    await expect.poll(() => shadow.querySelector<HTMLElement>('.dlviz-root')?.dataset.theme).toBe('dark');
    // The title's level in the host page's outline: 2 to 6, anything else the default 2.
    const level = () => shadow.querySelector('[role=heading]')?.getAttribute('aria-level');
    expect(level()).toBe('2');
    element.setAttribute('heading-level', '3');
    await expect.poll(level).toBe('3');
    element.setAttribute('heading-level', '9');
    await expect.poll(level).toBe('2');
  });

  test('invalid JSON shows an error in the widget and emits error, never throws', async () => {
    const errors: unknown[] = [];
    document.addEventListener('error', (event) => errors.push((event as unknown as CustomEvent).detail), {
      once: true,
      capture: true,
    });
    const element = create({ problem: '{"values": [[1, 2],' });
    await expect
      .poll(() => element.shadowRoot!.querySelector('[role=alert]')?.textContent)
      .toContain('not valid JSON at line 1, column 20');
    expect(errors).toHaveLength(1);
  });

  test('events cross the shadow root: stepchange and problemchange bubble to the document', async () => {
    const seen: { type: string; detail: unknown; composed: boolean }[] = [];
    const listen = (event: Event) =>
      seen.push({ type: event.type, detail: (event as CustomEvent).detail, composed: event.composed });
    document.addEventListener('stepchange', listen);
    document.addEventListener('problemchange', listen);
    const element = create({ problem: JSON.stringify(problem) });
    await expect.poll(() => element.shadowRoot!.querySelector('button[aria-pressed]')).toBeTruthy();
    const next = [...element.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Next cell'),
    )!;
    next.click();
    await userEvent.click(next);
    const preset = element.shadowRoot!.querySelector<HTMLSelectElement>('.preset select')!;
    preset.value = 'small';
    preset.dispatchEvent(new Event('change', { bubbles: true }));
    document.removeEventListener('stepchange', listen);
    document.removeEventListener('problemchange', listen);
    expect(seen.slice(0, 2)).toEqual([
      { type: 'stepchange', detail: { index: 1, length: 4 }, composed: true },
      { type: 'stepchange', detail: { index: 2, length: 4 }, composed: true },
    ]);
    expect(seen[2]!.type).toBe('problemchange');
    expect(element.problem).toEqual({
      values: [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
    });
  });

  test('the problem property takes an object, also when set before the element is defined', async () => {
    const element = document.createElement(tag) as WidgetElement;
    element.problem = { values: [[5, 6]] };
    document.body.append(element);
    await expect
      .poll(() => element.shadowRoot!.querySelector('.narration')?.textContent)
      .toBe('Cell (1, 1) holds 5.');

    const early = document.createElement('dlviz-late-widget') as WidgetElement;
    early.problem = { values: [[7]] };
    document.body.append(early);
    defineWidgetElement('dlviz-late-widget', DemoWidget as Component<WidgetProps>);
    await expect
      .poll(() => early.shadowRoot?.querySelector('.narration')?.textContent)
      .toBe('Cell (1, 1) holds 7.');
    early.remove();
  });

  test('200 mount and unmount cycles leave nothing behind', async () => {
    const element = create({ problem: JSON.stringify(problem) });
    const shadow = element.shadowRoot!;
    await expect.poll(() => shadow.querySelectorAll('style').length).toBeGreaterThan(0);
    const styleCount = shadow.querySelectorAll('style').length;
    for (let i = 0; i < 200; i++) {
      element.remove();
      expect(shadow.querySelector('.dlviz-root')).toBeNull();
      document.body.append(element);
    }
    await expect.poll(() => shadow.querySelectorAll('.dlviz-root').length).toBe(1);
    // Each component's <style> is appended once per shadow root, not once per mount.
    expect(shadow.querySelectorAll('style').length).toBe(styleCount);
    expect(shadow.childElementCount).toBe(styleCount + 1);
  });
});
