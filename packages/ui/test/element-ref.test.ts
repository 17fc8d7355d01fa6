import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ElementRefHarness from './fixtures/ElementRefHarness.svelte';

test('elementRef hands over the element while it is there, and undefined once it goes', async () => {
  const seen: (Element | undefined)[] = [];
  const screen = await render(ElementRefHarness, { shown: true, onref: (element) => seen.push(element) });
  expect(seen).toEqual([screen.container.querySelector('p')]);
  await screen.rerender({ shown: false, onref: (element) => seen.push(element) });
  expect(seen).toHaveLength(2);
  expect(seen[1]).toBeUndefined();
});
