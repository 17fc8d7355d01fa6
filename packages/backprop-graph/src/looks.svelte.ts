/** The reactive parts of the drawing's items: the signals a step writes (see step-looks.ts). */
import type { CellState } from '@dlviz/ui';
import type { EdgeFacts, NodeFacts } from './drawing-facts.js';

/** The parts of an edge that change from step to step; `facts` holds everything else. */
export class EdgeLook {
  /** The highlight band's color: this step's result, what it reads, or a chosen chain-rule path. */
  band = $state<string | undefined>();
  /** Drawn by its gradient (width, dash) rather than as a hairline. */
  drawn = $state(false);
  /** How many of `facts.lines` are shown. */
  lines = $state(0);

  constructor(readonly facts: EdgeFacts) {}
}

/** The parts of a node that change from step to step; `facts` holds everything else. */
export class NodeLook {
  state = $state<CellState | undefined>();
  valueShown = $state(false);
  /** How many of `facts.below` are shown. */
  lines = $state(0);
  /** `keys`: those its highlight is found under (see step-looks.ts). */
  constructor(
    readonly facts: NodeFacts,
    readonly keys: readonly string[],
  ) {}
}
