import { describe, expect, test } from 'vitest';
import {
  decodeState,
  embedPageUrl,
  embedSnippets,
  encodeState,
  type EmbedTarget,
} from '../src/problem-url.js';

const target: EmbedTarget = {
  widget: 'conv-stepper',
  component: 'ConvStepper',
  title: 'Convolution stepper',
  baseUrl: 'https://dlviz.dev/',
};
const problem = {
  widget: 'conv',
  input: [
    [
      [1, 2],
      [3, 4],
    ],
  ],
  kernels: [
    [
      [
        [1, 0],
        [0, 1],
      ],
    ],
  ],
};

describe('encodeState / decodeState', () => {
  test('round-trip the problem, step and options', () => {
    const query = encodeState({
      problem,
      step: 3,
      theme: 'dark',
      hide: ['export', 'links'],
      lock: ['edit'],
      predict: true,
      view: 'graph,W[0][1][0]',
    });
    const decoded = decodeState(query);
    expect(JSON.parse(decoded.problemText!)).toEqual(problem);
    expect(decoded.initialStep).toBe(3);
    expect(decoded.theme).toBe('dark');
    expect([...decoded.hide]).toEqual(['export', 'links']);
    expect([...decoded.lock]).toEqual(['edit']);
    expect(decoded.predict).toBe(true);
    expect(decoded.view).toBe('graph,W[0][1][0]');
  });

  test('defaults are left out of the query and read back as defaults', () => {
    const query = encodeState({ problem, step: 0, theme: 'auto' });
    expect(query).toBe(`problem=${encodeURIComponent(JSON.stringify(problem)).replace(/%20/g, '+')}`);
    expect(decodeState(`?${query}`)).toMatchObject({
      initialStep: 0,
      theme: 'auto',
      predict: false,
      view: undefined,
    });
  });

  test('broken JSON and bad options come back as text and defaults, never an exception', () => {
    const decoded = decodeState('problem=%7Bnot+json&step=-2&theme=purple&hide=nonsense,export&predict=0');
    expect(decoded.problemText).toBe('{not json');
    expect(decoded.initialStep).toBe(0);
    expect(decoded.theme).toBe('auto');
    expect([...decoded.hide]).toEqual(['export']);
    expect(decoded.predict).toBe(false);
  });
});

describe('embed snippets', () => {
  const state = { problem, step: 2, lock: ['edit' as const] };

  test('the link is the embed page with the state', () => {
    const url = new URL(embedPageUrl(target, state));
    expect(url.origin + url.pathname).toBe('https://dlviz.dev/embed/conv-stepper/');
    expect(decodeState(url.search).initialStep).toBe(2);
  });

  test("without a base URL, links point to the root of the page's own site", () => {
    const url = new URL(embedPageUrl({ ...target, baseUrl: undefined }, state));
    expect(url.origin + url.pathname).toBe(`${location.origin}/embed/conv-stepper/`);
    expect(embedSnippets({ ...target, baseUrl: undefined }, state).element).toContain(
      `src="${location.origin}/elements/conv-stepper/element.js"`,
    );
  });

  test('the iframe has a title and the link, escaped for an attribute', () => {
    const { iframe } = embedSnippets(target, state);
    const doc = new DOMParser().parseFromString(iframe, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.title).toBe('Convolution stepper');
    expect(frame.src).toBe(embedPageUrl(target, state));
  });

  test('the element snippet loads the module and carries the problem as an attribute', () => {
    const { element } = embedSnippets(target, {
      problem: { note: 'a "quoted" <b>' },
      step: 2,
      hide: ['export'],
      predict: true,
      view: 'graph,b[1][0]',
    });
    const doc = new DOMParser().parseFromString(element, 'text/html');
    expect(doc.querySelector('script')!.getAttribute('src')).toBe(
      'https://dlviz.dev/elements/conv-stepper/element.js',
    );
    const el = doc.querySelector('dlviz-conv-stepper')!;
    expect(JSON.parse(el.getAttribute('problem')!)).toEqual({ note: 'a "quoted" <b>' });
    expect(el.getAttribute('initial-step')).toBe('2');
    expect(el.getAttribute('hide')).toBe('export');
    expect(el.hasAttribute('predict')).toBe(true);
    expect(el.getAttribute('view')).toBe('graph,b[1][0]');
    // Whatever a view's text holds stays inside its attribute.
    const odd = embedSnippets(target, { problem, view: 'a"b<c>{d}' }).element;
    const oddElement = new DOMParser().parseFromString(odd, 'text/html').querySelector('dlviz-conv-stepper')!;
    expect(oddElement.getAttribute('view')).toBe('a"b<c>{d}');
  });

  test('the Svelte snippet imports the component and passes the problem as an object', () => {
    const { svelte } = embedSnippets(target, state);
    expect(svelte).toContain("import { ConvStepper } from '@dlviz/conv-stepper';");
    expect(svelte).toContain(
      `<ConvStepper problem={${JSON.stringify(problem)}} initialStep={2} lock={["edit"]} />`,
    );
    expect(embedSnippets(target, { ...state, view: 'graph' }).svelte).toContain(' view={"graph"} />');
  });

  test('a custom script URL wins', () => {
    expect(embedSnippets({ ...target, scriptUrl: 'https://cdn.example/el.js' }, state).element).toContain(
      'src="https://cdn.example/el.js"',
    );
  });
});
