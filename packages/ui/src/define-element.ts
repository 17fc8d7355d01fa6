import { mount, unmount, type Component } from 'svelte';
import {
  applyAttribute,
  createElementProps,
  elementAttributeNames,
  type ElementAttributes,
} from './element-props.svelte.js';
import type { WidgetProps } from './widget-props.js';

/** The element class `defineWidgetElement` registers, for typing `document.querySelector` results. */
export interface WidgetElement extends HTMLElement {
  /**
   * The problem: an object, or JSON text. Reading it gives the latest problem, edits included;
   * undefined before one is given, while the widget shows its default preset.
   */
  problem: unknown;
}

/**
 * Registers a widget component as a custom element (`<dlviz-conv-stepper>`). Each element gets an
 * open shadow root, mounts the component there with props built from its attributes and `problem`
 * property, and turns the component's callbacks into `stepchange`, `problemchange` and `error`
 * DOM events that bubble out of the shadow root. Disconnecting unmounts the component.
 *
 * Styles: build the element bundle with `compilerOptions: { css: 'injected' }` so each component
 * appends its <style> to the shadow root it is mounted in (the page's CSS cannot reach in; the
 * `--dlviz-*` custom properties do, by inheritance). Under a Content-Security-Policy that needs
 * `style-src 'unsafe-inline'` (or the styles' hashes); scripts need only `script-src 'self'`, as
 * nothing uses eval or inline scripts.
 *
 * Safe to import on a server: it defines nothing until called, and does nothing without
 * `customElements`. Calling it twice for one tag returns the first definition.
 */
/**
 * From the site's `elements/<widget>/element.js` up to the site. Not written inline: bundlers read
 * `new URL('<literal>', import.meta.url)` as an asset to embed, and Vite replaced '../' with the ui
 * package's index.js as a data: URL, which is no base for links.
 */
const siteFromElement = '../../';

export function defineWidgetElement(
  tag: string,
  component: Component<WidgetProps>,
): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tag);
  if (existing) return existing;

  // The site's element scripts live at <site>/elements/<widget>/element.js, beside its embed/ pages:
  // links and embed code point back there unless a `base-url` attribute says otherwise (e.g. from a CDN).
  const scriptSite = new URL(siteFromElement, import.meta.url).href;

  class DlvizWidgetElement extends HTMLElement implements WidgetElement {
    static observedAttributes = [...elementAttributeNames];

    #props: ElementAttributes = createElementProps(
      {
        stepchange: (change) => this.#emit('stepchange', change),
        problemchange: (problem) => {
          this.#latest = problem;
          this.#emit('problemchange', problem);
        },
        error: (issues) => this.#emit('error', issues),
      },
      scriptSite,
    );
    /** The problem as last edited in the widget, which the `problem` getter reports. */
    #latest: unknown = undefined;
    #mounted: Record<string, unknown> | undefined;

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    get problem(): unknown {
      return this.#latest ?? this.#props.problem;
    }

    set problem(value: unknown) {
      this.#latest = undefined;
      this.#props.problem = value;
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null) {
      if (name === 'problem') this.#latest = undefined;
      applyAttribute(this.#props, name, value);
    }

    connectedCallback() {
      // A property set before the element was upgraded sits on the instance and shadows the
      // accessor; move it into the props.
      if (Object.prototype.hasOwnProperty.call(this, 'problem')) {
        const value = (this as { problem?: unknown }).problem;
        delete (this as { problem?: unknown }).problem;
        this.problem = value;
      }
      if (this.#mounted) return;
      this.#mounted = mount(component, { target: this.shadowRoot!, props: this.#props as WidgetProps });
    }

    disconnectedCallback() {
      if (!this.#mounted) return;
      void unmount(this.#mounted);
      this.#mounted = undefined;
    }

    #emit(type: string, detail: unknown) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  }

  customElements.define(tag, DlvizWidgetElement);
  return DlvizWidgetElement;
}
