// What a widget's drawing must contain for a problem, computed from the core's own solution, and
// what it does contain, read from the DOM (document or a custom element's shadow root).
import { solve, validate } from '@dlviz/core';

export const widgetIds = ['conv-stepper', 'backprop-graph', 'optimizer-race', 'norm-axes'];

/** The counts a widget must draw for `json`; each entry: a CSS selector-ish key and a number. */
export function expectedDrawing(widget, json) {
  const { ok, value } = validate(json);
  if (!ok) throw new Error(`preset does not validate: ${JSON.stringify(json).slice(0, 80)}`);
  switch (widget) {
    case 'conv-stepper': {
      const [filters, height, width] = solve(value).outputShape;
      // Issue 3: grids for up to 8 channels of 16×16 and 8 filters; beyond that the widget says so.
      const [channels, inputHeight, inputWidth] = [
        value.input.length,
        value.input[0].length,
        value.input[0][0].length,
      ];
      // Beyond 8 filters the first 8 are drawn, and a note says which are left out.
      const drawn = channels <= 8 && inputHeight <= 16 && inputWidth <= 16;
      if (!drawn) return { outputCells: 0, limitNote: true };
      return { outputCells: Math.min(filters, 8) * height * width, limitNote: filters > 8 };
    }
    case 'backprop-graph':
      return { nodes: value.input.length + value.layers.reduce((sum, l) => sum + l.bias.length, 0) };
    case 'optimizer-race':
      return { trajectories: value.optimizers.length };
    case 'norm-axes':
      return { cells: flatLength(value.input) };
  }
}

const flatLength = (tensor) => (Array.isArray(tensor) ? tensor.reduce((n, t) => n + flatLength(t), 0) : 1);

/**
 * Facts about the drawing under `root`, counted the way `expectedDrawing` names them, plus whether
 * any SVG has content, any text reads NaN or Infinity, and whether an error panel is shown.
 * Runs in the browser: pass it to `evaluate` with the root node.
 */
export function readDrawing(root) {
  const all = (selector) => [...root.querySelectorAll(selector)];
  const outputGrids = all('[role=grid]').filter((g) =>
    /^Output of filter/.test(g.getAttribute('aria-label') ?? ''),
  );
  const text = all('svg, [role=grid], .narration')
    .map((el) => el.textContent ?? '')
    .join(' ');
  return {
    svgs: all('svg').length,
    shapes: all('svg path, svg rect, svg circle, svg line, svg text').length,
    outputCells: outputGrids.reduce((n, g) => n + g.querySelectorAll('[role=gridcell]').length, 0),
    nodes: all('svg circle.node, svg .node circle').length,
    trajectories: all('path.trajectory').length,
    cells: all('.cells rect').length,
    limitNote: /grids are drawn for up to/.test((root.body ?? root).textContent ?? ''),
    nan: /\bNaN\b|Infinity/.test(text),
    error: all('[role=alert]')
      .map((el) => el.textContent?.trim())
      .join(' | '),
  };
}
