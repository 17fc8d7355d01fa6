import type { ChainHighlight } from './chain-highlight.js';
import { shownCount, type EdgeFacts, type NodeFacts } from './drawing-facts.js';
import { EdgeLook, NodeLook } from './looks.svelte.js';
import { PARTS, partKey, type Focus, type Mark } from './step-focus.js';

const bandColor = (mark: string | undefined, chained: boolean | undefined): string | undefined =>
  mark
    ? mark === 'active'
      ? 'var(--_active)'
      : 'var(--_window)'
    : chained
      ? 'var(--_influenced)'
      : undefined;

function addTo<K, V>(lists: Map<K, V[]>, key: K, value: V) {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * The keys a node's highlight is found under in a focus or chain: its operation's (`partKey`); a
 * neuron's, its three operations'; an input's, the activation of layer -1; the loss has its own field.
 */
function highlightKeys({ kind, layer, unit }: NodeFacts): string[] {
  switch (kind) {
    case 'loss':
      return ['loss'];
    case 'input':
      return [partKey('activation', -1, unit)];
    case 'unit':
      return PARTS.map((part) => partKey(part, layer, unit));
    default:
      return [partKey(kind, layer, unit)];
  }
}

/** The stronger of two marks: what a step computes outranks what it reads. */
const stronger = (a: Mark | undefined, b: Mark | undefined) =>
  a === 'active' || b === 'active' ? 'active' : (a ?? b);

/**
 * The drawing's items with their per-step looks. A step writes only the looks it changes: the items
 * revealed (or hidden again) between the old and the new index, and the keys in the old or new focus
 * and chain. Every other item's signals stay untouched, so a step redraws a handful of SVG elements
 * however large the network.
 */
export class StepLooks {
  readonly edges: readonly EdgeLook[];
  readonly nodes: readonly NodeLook[];
  readonly #edgeByKey = new Map<string, EdgeLook>();
  readonly #nodesByKey = new Map<string, NodeLook[]>();
  /** The items with something revealed at each step. */
  readonly #revealedAt = new Map<number, (EdgeLook | NodeLook)[]>();
  #index: number;
  #focus: Focus;
  #chain: ChainHighlight | undefined;

  constructor(
    edges: readonly EdgeFacts[],
    nodes: readonly NodeFacts[],
    index: number,
    focus: Focus,
    chain: ChainHighlight | undefined,
  ) {
    this.#index = index;
    this.#focus = focus;
    this.#chain = chain;
    this.edges = edges.map((facts) => {
      const look = new EdgeLook(facts);
      this.#edgeByKey.set(facts.key, look);
      this.#revealOn(facts.gradientAt, look);
      for (const line of facts.lines) this.#revealOn(line.at, look);
      this.#reveal(look);
      return look;
    });
    this.nodes = nodes.map((facts) => {
      const look = new NodeLook(facts, highlightKeys(facts));
      for (const key of look.keys) addTo(this.#nodesByKey, key, look);
      if (facts.value) this.#revealOn(facts.value.at, look);
      for (const line of facts.below) this.#revealOn(line.at, look);
      this.#reveal(look);
      return look;
    });
    this.#highlight(this.#edgeByKey.keys(), this.#nodesByKey.keys());
  }

  /** Moves the looks to step `index` with its focus and the chosen chain rule. */
  show(index: number, focus: Focus, chain: ChainHighlight | undefined): void {
    if (index !== this.#index) {
      const [low, high] = index < this.#index ? [index, this.#index] : [this.#index, index];
      this.#index = index;
      for (const [step, looks] of this.#revealedAt)
        if (step > low && step <= high) for (const look of looks) this.#reveal(look);
    }
    const edgeKeys = new Set([...this.#focus.edges.keys(), ...focus.edges.keys()]);
    const nodeKeys = new Set([...this.#focus.parts.keys(), ...focus.parts.keys(), 'loss']);
    if (chain !== this.#chain)
      for (const highlight of [this.#chain, chain]) {
        for (const key of highlight?.edges ?? []) edgeKeys.add(key);
        for (const key of highlight?.parts ?? []) nodeKeys.add(key);
      }
    this.#focus = focus;
    this.#chain = chain;
    this.#highlight(edgeKeys, nodeKeys);
  }

  #revealOn(step: number, look: EdgeLook | NodeLook) {
    // Steps at 0 are shown from the start; NEVER is never reached.
    if (step > 0 && Number.isFinite(step)) addTo(this.#revealedAt, step, look);
  }

  #reveal(look: EdgeLook | NodeLook) {
    const index = this.#index;
    if (look instanceof EdgeLook) {
      look.drawn = index >= look.facts.gradientAt;
      look.lines = shownCount(look.facts.lines, index);
    } else {
      look.valueShown = look.facts.value !== undefined && index >= look.facts.value.at;
      look.lines = shownCount(look.facts.below, index);
    }
  }

  /** Writes the highlight of the items under these keys (a signal ignores an unchanged value). */
  #highlight(edgeKeys: Iterable<string>, nodeKeys: Iterable<string>) {
    const { parts, edges, loss } = this.#focus;
    const chain = this.#chain;
    for (const key of edgeKeys) {
      const look = this.#edgeByKey.get(key);
      if (look) look.band = bandColor(edges.get(key), chain?.edges.has(key));
    }
    for (const key of nodeKeys)
      for (const look of this.#nodesByKey.get(key) ?? []) {
        const { kind } = look.facts;
        const mark = look.keys.reduce<Mark | undefined>((best, k) => stronger(best, parts.get(k)), undefined);
        const chained = kind !== 'input' && look.keys.some((k) => chain?.parts.has(k));
        look.state = kind === 'loss' ? loss : (mark ?? (chained ? 'influenced' : undefined));
      }
  }
}
