import { expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ProblemFixes from '../src/ProblemFixes.svelte';

test('a broken problem is offered as JSON to fix, with the ways back', async () => {
  const onsource = vi.fn();
  const onundo = vi.fn();
  const screen = await render(ProblemFixes, { source: { values: [[1, 'x']] }, onsource, onundo });
  const editor = screen.getByRole('textbox', { name: 'Problem JSON' });
  await expect.element(editor).toHaveValue(JSON.stringify({ values: [[1, 'x']] }, null, 2));
  await editor.fill('{"values": [[1, 2]]}');
  await screen.getByRole('button', { name: 'Apply the JSON' }).click();
  expect(onsource).toHaveBeenCalledWith('{"values": [[1, 2]]}');
  await screen.getByRole('button', { name: 'Back to the last valid problem' }).click();
  expect(onundo).toHaveBeenCalled();
});

test('JSON too long to edit by hand is not laid out in a text box, and the ways back stay', async () => {
  const values = Array.from({ length: 300 }, () => Array.from({ length: 300 }, (_, i) => i));
  const screen = await render(ProblemFixes, {
    source: { values },
    onsource: () => {},
    onfirstpreset: () => {},
  });
  expect(screen.container.querySelector('textarea')).toBeNull();
  await expect.element(screen.getByText(/million characters long, too long to edit here/)).toBeVisible();
  await expect.element(screen.getByRole('button', { name: 'Load the first preset' })).toBeVisible();
});
