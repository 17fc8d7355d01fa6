import { parseControlGroups, type ControlGroup } from './controls.js';
import { parseTheme, type ThemeName } from './theme-name.js';

/**
 * Everything on screen that a link or an embed must reproduce. The problem is kept as JSON text
 * when decoding, so a hand-edited link with broken JSON reaches the widget, which shows the error.
 */
export interface WidgetState {
  problem: unknown;
  /** 0-based step shown; written as `step`, read back as `initialStep`. */
  step?: number;
  theme?: ThemeName;
  hide?: Iterable<ControlGroup>;
  lock?: Iterable<ControlGroup>;
  predict?: boolean;
  /** How the widget is displayed, in its own words (see WidgetOptions.view); none is its default. */
  view?: string;
}

export interface DecodedState {
  /** The `problem` parameter as written (JSON text), or undefined if there is none. */
  problemText: string | undefined;
  initialStep: number;
  theme: ThemeName;
  hide: ReadonlySet<ControlGroup>;
  lock: ReadonlySet<ControlGroup>;
  predict: boolean;
  view: string | undefined;
}

function problemJson(problem: unknown): string {
  return typeof problem === 'string' ? problem : JSON.stringify(problem);
}

/** An option that differs from its default: a step, a theme or view, a group list, or `true` for predict. */
type ChangedOption =
  ['step', number] | ['theme' | 'view', string] | ['hide' | 'lock', string[]] | ['predict', true];

/**
 * The state's options that are not at their defaults, in one order for every format (query,
 * element attributes, Svelte props), so a link and an embed always name the same options.
 */
function changedOptions(state: WidgetState): ChangedOption[] {
  const options: ChangedOption[] = [];
  if (state.step) options.push(['step', state.step]);
  if (state.theme && state.theme !== 'auto') options.push(['theme', state.theme]);
  for (const name of ['hide', 'lock'] as const) {
    const groups = [...(state[name] ?? [])];
    if (groups.length) options.push([name, groups]);
  }
  if (state.predict) options.push(['predict', true]);
  if (state.view) options.push(['view', state.view]);
  return options;
}

/** The query string (without `?`) for a state; options at their defaults are left out. */
export function encodeState(state: WidgetState): string {
  const params = new URLSearchParams({ problem: problemJson(state.problem) });
  for (const [name, value] of changedOptions(state))
    params.set(name, value === true ? '1' : Array.isArray(value) ? value.join(',') : String(value));
  return params.toString();
}

export function decodeState(query: string | URLSearchParams): DecodedState {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  const step = Number(params.get('step') ?? 0);
  const predict = params.get('predict');
  return {
    problemText: params.get('problem') ?? undefined,
    initialStep: Number.isInteger(step) && step > 0 ? step : 0,
    theme: parseTheme(params.get('theme')),
    hide: parseControlGroups(params.get('hide')),
    lock: parseControlGroups(params.get('lock')),
    predict: predict !== null && predict !== '0' && predict !== 'false',
    view: params.get('view') || undefined,
  };
}

/** Where one widget lives: enough to write its link and its three embed snippets. */
export interface EmbedTarget {
  /** The widget's package name without the scope, e.g. `conv-stepper`. */
  widget: string;
  /** The component's export name, e.g. `ConvStepper`. */
  component: string;
  /** A human title, used as the iframe's accessible name. */
  title: string;
  /**
   * The dlviz site's base URL (where `embed/<widget>/` pages and `elements/<widget>/element.js` live), e.g.
   * `https://example.edu/dlviz/`; by default the root of the site the page is on.
   */
  baseUrl?: string;
  /** The custom element module; defaults to `<baseUrl>elements/<widget>/element.js`. */
  scriptUrl?: string;
  /** The iframe's initial height in CSS pixels before the page reports its own. */
  height?: number;
}

/** The site links point to: the given base, or the root of the current page's site. */
function siteBase(target: EmbedTarget): string {
  return target.baseUrl ?? new URL('/', globalThis.location?.href ?? 'http://localhost/').href;
}

/** The iframe page's URL with the state in its query: what "Copy link" copies. */
export function embedPageUrl(target: EmbedTarget, state: WidgetState): string {
  return `${new URL(`embed/${target.widget}/`, siteBase(target)).href}?${encodeState(state)}`;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Attributes for the custom element, in the same names the element reads. */
function elementAttributes(state: WidgetState): string {
  const parts = [`problem="${attribute(problemJson(state.problem))}"`];
  for (const [name, value] of changedOptions(state))
    parts.push(
      value === true
        ? name
        : `${name === 'step' ? 'initial-step' : name}="${attribute(Array.isArray(value) ? value.join(' ') : String(value))}"`,
    );
  return parts.join(' ');
}

function svelteProps(state: WidgetState): string {
  // JSON is a valid JS expression; JSON text (a string problem) stays a string, which widgets also accept.
  const parts = [`problem={${JSON.stringify(state.problem)}}`];
  for (const [name, value] of changedOptions(state))
    parts.push(
      value === true
        ? name
        : // Strings too as JS expressions: a view's text may hold quotes or braces.
          `${name === 'step' ? 'initialStep' : name}={${JSON.stringify(value)}}`,
    );
  return parts.join(' ');
}

export interface EmbedSnippets {
  /** For pages that strip scripts (most LMSs). */
  iframe: string;
  /** A module script and the custom element. */
  element: string;
  /** For Svelte apps that install the package. */
  svelte: string;
}

export function embedSnippets(target: EmbedTarget, state: WidgetState): EmbedSnippets {
  const scriptUrl =
    target.scriptUrl ?? new URL(`elements/${target.widget}/element.js`, siteBase(target)).href;
  const tag = `dlviz-${target.widget}`;
  return {
    iframe: `<iframe src="${attribute(embedPageUrl(target, state))}" title="${attribute(target.title)}" width="100%" height="${target.height ?? 560}" style="border:0" loading="lazy"></iframe>`,
    element: `<script type="module" src="${attribute(scriptUrl)}"></script>\n<${tag} ${elementAttributes(state)}></${tag}>`,
    svelte: `<script>\n  import { ${target.component} } from '@dlviz/${target.widget}';\n</script>\n\n<${target.component} ${svelteProps(state)} />`,
  };
}
