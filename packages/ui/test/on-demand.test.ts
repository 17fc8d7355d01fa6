import { createRawSnippet } from 'svelte';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import OnDemand from '../src/OnDemand.svelte';
import WidgetFrame from '../src/WidgetFrame.svelte';

const paragraph = (className: string, text: string) =>
  createRawSnippet(() => ({ render: () => `<p class="${className}">${text}</p>` }));

describe('OnDemand', () => {
  test('says it is loading, then draws what loaded', async () => {
    let arrive: (value: { word: string }) => void = () => {};
    const loading = new Promise<{ word: string }>((resolve) => (arrive = resolve));
    // The component's type parameter is not inferred through render(): the snippet takes unknown.
    const children = createRawSnippet((loaded: () => unknown) => ({
      render: () => `<p class="loaded">${(loaded() as { word: string }).word}</p>`,
    }));
    const screen = await render(OnDemand, { what: 'the settings', load: () => loading, children });
    // Not at once: a part that comes from the cache would flash it, and have it announced.
    expect(screen.getByText('Loading the settings…').query()).toBeNull();
    await expect.element(screen.getByText('Loading the settings…')).toBeVisible();
    arrive({ word: 'ready' });
    await expect.element(screen.getByText('ready')).toBeVisible();
    expect(screen.getByText('Loading the settings…').query()).toBeNull();
  });

  test('a part that loads at once never says it is loading', async () => {
    const children = createRawSnippet(() => ({ render: () => '<p class="loaded">ready</p>' }));
    // Like a cached import: a few milliseconds, more than the microtask an await block waits.
    const quickly = () => new Promise((resolve) => setTimeout(() => resolve({}), 30));
    const said: string[] = [];
    const watcher = new MutationObserver(() => said.push(document.body.textContent ?? ''));
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    const screen = await render(OnDemand, { what: 'the chart', load: quickly, children });
    await expect.element(screen.getByText('ready')).toBeVisible();
    watcher.disconnect();
    expect(said.some((text) => text.includes('Loading the chart'))).toBe(false);
  });

  test('a part that cannot load says so, as an alert, instead of leaving a gap', async () => {
    const screen = await render(OnDemand, {
      what: 'the worked answer',
      load: () => Promise.reject(new Error('offline')),
      children: paragraph('loaded', 'never'),
    });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent(
        'The worked answer could not be loaded: check the connection, then reload the page.',
      );
  });
});

describe('WidgetFrame worked answer', () => {
  const frame = (workedOpen?: boolean) => ({
    title: 'Demo',
    name: 'demo',
    drawing: paragraph('drawing', 'the drawing'),
    worked: paragraph('worked-body', 'the arithmetic'),
    ...(workedOpen === undefined ? {} : { workedOpen }),
  });

  test('is open with its contents by default', async () => {
    const screen = await render(WidgetFrame, frame());
    expect(screen.container.querySelector('details.worked')!.hasAttribute('open')).toBe(true);
    await expect.element(screen.getByText('the arithmetic')).toBeVisible();
  });

  test('closed (workedOpen false), its contents are drawn only once it is opened, and then stay', async () => {
    const screen = await render(WidgetFrame, frame(false));
    const details = screen.container.querySelector('details.worked')!;
    expect(details.hasAttribute('open')).toBe(false);
    expect(screen.container.querySelector('.worked-body')).toBeNull();
    await screen.getByText('Worked answer', { exact: true }).click();
    await expect.element(screen.getByText('the arithmetic')).toBeVisible();
    await screen.getByText('Worked answer', { exact: true }).click();
    expect(screen.container.querySelector('.worked-body')).not.toBeNull();
  });
});
