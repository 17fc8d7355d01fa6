import { expect, test, vi } from 'vitest';
import { clientWidth } from '../src/client-width.js';

test('clientWidth reports the width at once and after each resize, and stops when detached', async () => {
  const element = document.createElement('div');
  element.style.width = '200px';
  document.body.append(element);
  const onwidth = vi.fn();
  const detach = clientWidth(onwidth)(element) as () => void;
  expect(onwidth).toHaveBeenLastCalledWith(200);
  element.style.width = '320px';
  await expect.poll(() => onwidth.mock.lastCall?.[0]).toBe(320);
  detach();
  const calls = onwidth.mock.calls.length;
  element.style.width = '100px';
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  expect(onwidth).toHaveBeenCalledTimes(calls);
  element.remove();
});
