import { expect, test } from 'vitest';
import { scrollFade } from '../src/scroll-fade.js';

test('scrollFade fades the sides with more to scroll to, follows scrolling and resizing, and stops when detached', async () => {
  const box = document.createElement('div');
  box.style.cssText = 'width: 100px; overflow-x: auto';
  const drawing = document.createElement('div');
  drawing.style.cssText = 'width: 300px; height: 20px';
  box.append(drawing);
  document.body.append(box);
  const detach = scrollFade(box) as () => void;
  const fades = () => {
    const mask = box.style.maskImage;
    return [
      /^linear-gradient\(90deg, (transparent|rgba\(0, 0, 0, 0\))/.test(mask),
      /(transparent|rgba\(0, 0, 0, 0\))\)$/.test(mask),
    ];
  };
  // At the start: more to the right only.
  expect(fades()).toEqual([false, true]);
  box.scrollLeft = 100;
  await expect.poll(fades).toEqual([true, true]);
  box.scrollLeft = 200;
  await expect.poll(fades).toEqual([true, false]);
  // A drawing that fits has nothing beyond it: no fade.
  drawing.style.width = '80px';
  await expect.poll(() => box.style.maskImage).toBe('');
  detach();
  drawing.style.width = '300px';
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  expect(box.style.maskImage).toBe('');
  box.remove();
});
