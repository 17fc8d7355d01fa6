/** A problem as the playground's JSON box writes it out. */
const pretty = (problem: unknown) => JSON.stringify(problem, null, 2);

/**
 * The playground's problem, held twice: `text`, the JSON box, which the check, the solution and the
 * worked answer read; and `given`, what the widget is drawn from.
 *
 * The reader's typing and the example buttons set both. A change made in the widget (an edit, a
 * preset, a random draw, JSON fixed in its error panel) sets the text only: the widget shows that
 * problem already. So the box reaches the widget only through the reader's typing: nothing the
 * widget reports flows back into it, there is no loop, and no echo can overwrite the box while the
 * reader types in it.
 */
export class PlaygroundProblem {
  text = $state('');
  given = $state.raw<unknown>();

  constructor(problem: unknown) {
    this.choose(problem);
  }

  /** The reader chose an example: written out in the box, as if typed there. */
  choose(problem: unknown): void {
    this.type(pretty(problem));
  }

  /** The reader typed `text` in the box. */
  type(text: string): void {
    this.text = text;
    this.given = typed(text);
  }

  /** The widget reports a change the reader made in it. */
  edited(problem: unknown): void {
    this.text = pretty(problem);
  }
}

/**
 * Typed text as the widget is given it. A JSON object is parsed, so every typing is a new problem to
 * the widget, even text it was given before and has been edited away from since (the same string
 * given again would not reach it). Anything else goes as typed, so the widget's error panel says
 * what the box's check says: the line and column of broken JSON, or that a problem is an object.
 */
function typed(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : text;
  } catch {
    return text;
  }
}
