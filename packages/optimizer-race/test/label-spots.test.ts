import { tick } from 'svelte';
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { labelSpots } from '../src/label-spots.js';
import { overlap, type Edges } from './page-boxes.js';
import { presetsByDimension } from './presets-by-dimension.js';
import OptimizerRace from '../src/OptimizerRace.svelte';

/** A 400 × 300 plot at the origin. */
const area = { x: 0, y: 0, width: 400, height: 300 };

describe('labelSpots', () => {
  test('a label takes its preferred spot while that is free, clear of its own point', () => {
    expect(labelSpots([{ at: [200, 150], label: 'min' }], [[200, 150]], area, [])).toEqual([
      { x: 210, y: 144, label: 'min' },
    ]);
    expect(
      labelSpots([{ at: [200, 150], label: 'start', prefer: [-9, 20] }], [[200, 150]], area, []),
    ).toEqual([{ x: 191, y: 170, label: 'start' }]);
  });

  test('a mark on the preferred spot moves the label to the first free spot around its point', () => {
    // A racer at the minimum, just right of its plus: "min" goes level with the plus, on its left.
    expect(
      labelSpots(
        [{ at: [200, 150], label: 'min' }],
        [
          [200, 150],
          [212, 150],
        ],
        area,
        [],
      ),
    ).toEqual([{ x: 172, y: 153.5, label: 'min' }]);
  });

  test('a label keeps off the boxes it is told to: beside the tip of an arrow pointing left, on its left', () => {
    const arrow = [200, 146, 260, 154] as const;
    expect(labelSpots([{ at: [200, 150], label: 'Δθ' }], [], area, [arrow])).toEqual([
      { x: 178, y: 153.5, label: 'Δθ' },
    ]);
  });

  test('a label with `only` spots takes the first free one of them, else the first, never another', () => {
    const beside = [
      [4, 4],
      [-20, 4],
    ] as const;
    expect(labelSpots([{ at: [200, 150], label: 'Δθ', only: beside }], [], area, [])).toEqual([
      { x: 204, y: 154, label: 'Δθ' },
    ]);
    // A marker past the head: before the tail.
    expect(labelSpots([{ at: [200, 150], label: 'Δθ', only: beside }], [[212, 150]], area, [])).toEqual([
      { x: 180, y: 154, label: 'Δθ' },
    ]);
    // Markers at both: past the head all the same, rather than anywhere away from the arrow.
    expect(
      labelSpots(
        [{ at: [200, 150], label: 'Δθ', only: beside }],
        [
          [212, 150],
          [174, 150],
        ],
        area,
        [],
      ),
    ).toEqual([{ x: 204, y: 154, label: 'Δθ' }]);
  });

  test('an earlier label has the first pick; a later one moves off it', () => {
    const [first, second] = labelSpots(
      [
        { at: [100, 100], label: 'a' },
        { at: [100, 100], label: 'b' },
      ],
      [],
      area,
      [],
    );
    expect(first).toEqual({ x: 110, y: 94, label: 'a' });
    // Level with the point on the right would touch the first: on the left.
    expect(second).toEqual({ x: 84, y: 103.5, label: 'b' });
  });

  test('a label stays inside the plot, where it is not clipped', () => {
    // Below the point, and beside it on the right, would cross the right edge.
    expect(labelSpots([{ at: [390, 150], label: 'start', prefer: [-9, 20] }], [], area, [])).toEqual([
      { x: 350, y: 153.5, label: 'start' },
    ]);
  });

  test('a label with no free spot, or of a point off the plot, stays at its preferred spot', () => {
    const tiny = { x: 0, y: 0, width: 20, height: 20 };
    expect(labelSpots([{ at: [10, 10], label: 'min' }], [], tiny, [])).toEqual([
      { x: 20, y: 4, label: 'min' },
    ]);
    // A start panned out of view, just left of the plot: its label would fit inside, naming nothing.
    expect(labelSpots([{ at: [-5, 150], label: 'start', prefer: [-9, 20] }], [], area, [])).toEqual([
      { x: -14, y: 170, label: 'start' },
    ]);
  });
});

const oneDimensional = presetsByDimension(true);

type Box = Edges & { name: string };
const boxOf = (name: string, element: Element): Box => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { name, left, top, right, bottom };
};
/** The arrows' labels and the kinds they label (each arrow's class). */
const arrowKinds: Record<string, string> = {
  '−ε g': 'gradient',
  'α v': 'velocity',
  '−ε v̂': 'moment',
  Δθ: 'step',
};
const grown = (box: Box, by: number): Box => ({
  ...box,
  left: box.left - by,
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
});

/**
 * What is wrong with the 1-D plot's labels as drawn: a label's text over another's or over an
 * arrow; the start's or the minimum's over a mark (a racer's marker, the start's ring, a minimum's
 * plus) or cut by the plot's edge; an arrow's label away from its arrow (more than 6 px from it).
 * An arrow's label may cross a mark: beside its arrow, in the arrow's row, is what makes it its
 * label. Named "label × what", for a readable failure.
 */
function overlaps(plot: SVGSVGElement): string[] {
  const labels = [...plot.querySelectorAll('.label')].map((label) => boxOf(label.textContent!, label));
  const marks = [...plot.querySelectorAll('.marker, .start-ring, .minimum .outline')].map((mark) =>
    boxOf(mark.closest('.minimum') ? 'minimum' : mark.classList[0]!, mark),
  );
  const arrows = [...plot.querySelectorAll('.arrow .shaft, .arrow .head')].map((part) =>
    boxOf(`${part.parentElement!.classList[1]} arrow`, part),
  );
  // The plot's clip, in the page's pixels (a clip path's own rectangle is not laid out).
  const clip = plot.querySelector('clipPath rect')!;
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(clip.getAttribute(name)));
  const { left, top } = plot.getBoundingClientRect();
  const edge = { left: left + x!, top: top + y!, right: left + x! + width!, bottom: top + y! + height! };
  const found: string[] = [];
  for (const [i, label] of labels.entries()) {
    const pointLabel = /^(start|min)$/.test(label.name);
    for (const other of [...labels.slice(i + 1), ...(pointLabel ? marks : []), ...arrows])
      if (overlap(label, other)) found.push(`${label.name} × ${other.name}`);
    const arrow = plot.querySelector(`.arrow.${arrowKinds[label.name]}`);
    if (arrow && !overlap(label, grown(boxOf('', arrow), 6))) found.push(`${label.name} × away`);
    const inside =
      label.left >= edge.left &&
      label.top >= edge.top &&
      label.right <= edge.right &&
      label.bottom <= edge.bottom;
    if (pointLabel && !inside) found.push(`${label.name} × edge`);
  }
  return found;
}

describe('the 1-D plot’s labels', () => {
  afterEach(() => page.viewport(414, 896));

  // A phone's plot (388 px wide) and the widest (760 px).
  test.each([414, 1100])(
    'at %i px no label covers another or an arrow, start and min cover no mark, and an arrow’s label stays beside it, in any 1-D preset, at any update, whichever optimizer’s arrows are drawn',
    async (width) => {
      await page.viewport(width, 900);
      expect(oneDimensional.map((p) => p.id)).toEqual(
        expect.arrayContaining(['ucla-momentum-vs-nesterov', 'stanford-abs-small-step', 'stanford-square-1']),
      );
      const found: string[] = [];
      for (const { id, problem } of oneDimensional)
        for (const [k] of problem.optimizers.entries()) {
          const screen = await render(OptimizerRace, { problem, view: k ? `optimizer:${k}` : undefined });
          const plot = screen.container.querySelector<SVGSVGElement>('svg.overlay')!;
          const next = screen.getByRole('button', { name: 'Next update' }).element() as HTMLButtonElement;
          for (let t = 0; t <= problem.steps!; t++) {
            if (t > 0) {
              next.click();
              await tick();
            }
            expect(screen.container.querySelector('.position')!.textContent).toBe(
              `Update ${t} of ${problem.steps}`,
            );
            expect([...plot.querySelectorAll('.label')].map((label) => label.textContent)).toEqual(
              expect.arrayContaining(['start', 'min']),
            );
            found.push(...overlaps(plot).map((what) => `${id}, optimizer ${k}, update ${t}: ${what}`));
          }
          await screen.unmount();
        }
      expect(found).toEqual([]);
    },
  );
});

describe('the 2-D plot’s arrow labels', () => {
  test('arrows that end together, as SGD’s step and gradient step do, keep their labels apart', async () => {
    const found: string[] = [];
    let pairs = 0;
    for (const { id, problem } of presetsByDimension(false))
      for (const [k] of problem.optimizers.entries()) {
        const screen = await render(OptimizerRace, {
          problem,
          initialStep: 2,
          view: k ? `optimizer:${k}` : undefined,
        });
        const plot = screen.container.querySelector<SVGSVGElement>('svg.overlay')!;
        const labels = [...plot.querySelectorAll('.label')]
          .filter((label) => label.textContent! in arrowKinds)
          .map((label) => boxOf(label.textContent!, label));
        pairs += (labels.length * (labels.length - 1)) / 2;
        for (const [i, label] of labels.entries())
          for (const other of labels.slice(i + 1))
            if (overlap(label, other))
              found.push(
                `${id}, optimizer ${k}: ${label.name} × ${other.name} ${JSON.stringify([label, other])}`,
              );
        await screen.unmount();
      }
    expect(found).toEqual([]);
    expect(pairs).toBeGreaterThan(20);
  });
});
