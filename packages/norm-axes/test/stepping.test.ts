import { describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NormAxes from '../src/NormAxes.svelte';
import { narration, small } from './fixtures.js';

describe('stepping through the groups', () => {
  test('buttons walk mean, variance, normalize, group by group, and the outline follows', async () => {
    const onstepchange = vi.fn();
    const screen = await render(NormAxes, { problem: small, onstepchange });
    expect(narration(screen.container)).toBe(
      'Example 0 (C reduced, 3 values): mean = (1 + 2 + 3)/3 = 6/3 = 2',
    );
    await screen.getByRole('button', { name: 'Next step' }).click();
    expect(onstepchange).toHaveBeenLastCalledWith({ index: 1, length: 6 });
    expect(narration(screen.container)).toMatch(/^Example 0: variance = .* = 0\.666667\.$/);
    await screen.getByRole('button', { name: 'Next step' }).click();
    expect(narration(screen.container)).toMatch(
      /^Example 0: x̂ = \(x − 2\)\/√\(0\.666667 \+ 10⁻⁵\) = \(x − 2\)\/0\.816503/,
    );
    const outline = () => screen.container.querySelector('.groups .current')!.getAttribute('y');
    const before = outline();
    await screen.getByRole('button', { name: 'Next step' }).click();
    expect(narration(screen.container)).toBe(
      'Example 1 (C reduced, 3 values): mean = (3 + 6 + 9)/3 = 18/3 = 6',
    );
    expect(outline()).not.toBe(before);
    expect(screen.container.querySelector('.worked math annotation')!.textContent).toContain('\\mu_{1}');
  });

  test('keyboard: ←/→, End, Home and Space', async () => {
    const screen = await render(NormAxes, { problem: small, initialStep: 1 });
    const root = screen.container.querySelector<HTMLElement>('.dlviz-root')!;
    root.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(narration(screen.container)).toMatch(/^Example 0: x̂/);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(narration(screen.container)).toMatch(/^Example 0 \(C reduced/);
    await userEvent.keyboard('{End}');
    expect(narration(screen.container)).toMatch(/^Example 1: x̂/);
    await userEvent.keyboard('{Home}');
    expect(narration(screen.container)).toMatch(/^Example 0 \(C reduced/);
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Pause' })).toBeVisible();
    await userEvent.keyboard(' ');
    await expect.element(screen.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('RMS norm has two steps per group and names the mean square', async () => {
    const screen = await render(NormAxes, { problem: { ...small, type: 'rms' } });
    expect(narration(screen.container)).toMatch(/^Example 0 \(C reduced, 3 values\): mean square = /);
    await expect.element(screen.getByText('Step 1 of 4')).toBeVisible();
  });
});
