import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import SelectHarness from './fixtures/SelectHarness.svelte';

test('selected shows the value among the options, follows it, and picks an option added for it', async () => {
  const screen = await render(SelectHarness, { value: 'b', options: ['a', 'b', 'c'] });
  const select = screen.container.querySelector('select')!;
  expect(select.value).toBe('b');
  await screen.rerender({ value: 'c', options: ['a', 'b', 'c'] });
  expect(select.value).toBe('c');
  // A value whose option arrives with it, as "Custom" does when an edit leaves every preset.
  await screen.rerender({ value: 'd', options: ['d', 'a', 'b', 'c'] });
  expect(select.value).toBe('d');
  // Numbers choose the option written with them.
  await screen.rerender({ value: 2, options: ['1', '2'] });
  expect(select.value).toBe('2');
});
