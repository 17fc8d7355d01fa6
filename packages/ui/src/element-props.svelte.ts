import type { Issue } from '@dlviz/core';
import { parseControlGroups, type ControlGroup } from './controls.js';
import { parseTheme, type ThemeName } from './theme-name.js';
import type { HeadingLevel, StepChange, WidgetProps } from './widget-props.js';

/** What a custom element's attributes hold, before they become props. */
export interface ElementAttributes {
  problem: unknown;
  initialStep: number;
  theme: ThemeName;
  hide: ReadonlySet<ControlGroup>;
  lock: ReadonlySet<ControlGroup>;
  predict: boolean;
  view: string | undefined;
  headingLevel: HeadingLevel | undefined;
  baseUrl: string | undefined;
}

export interface ElementEvents {
  stepchange: (change: StepChange) => void;
  problemchange: (problem: unknown) => void;
  error: (issues: readonly Issue[]) => void;
}

/**
 * The props object a custom element mounts its widget with. It is a deep $state proxy, so setting an
 * attribute later (`el.setAttribute('theme', 'dark')`) updates the mounted component in place.
 */
export function createElementProps(events: ElementEvents, baseUrl?: string): WidgetProps & ElementAttributes {
  const props: WidgetProps & ElementAttributes = $state({
    // None until an attribute or the property gives one: the widget shows its default preset.
    problem: undefined,
    initialStep: 0,
    theme: 'auto',
    // Replaced whole on each attribute change, never mutated, so a plain (read-only) set suffices.
    hide: parseControlGroups(null),
    lock: parseControlGroups(null),
    predict: false,
    view: undefined,
    headingLevel: undefined,
    baseUrl,
    onstepchange: events.stepchange,
    onproblemchange: events.problemchange,
    onerror: events.error,
  });
  return props;
}

/** Applies one changed attribute; the names are the element's observed attributes. */
export function applyAttribute(props: ElementAttributes, name: string, value: string | null): void {
  switch (name) {
    case 'problem':
      // Text goes to the widget as is: invalid JSON is reported by its error display, not thrown here.
      // A removed attribute leaves none, and the widget its default preset.
      props.problem = value ?? undefined;
      break;
    case 'initial-step': {
      const step = Number(value);
      props.initialStep = Number.isInteger(step) && step > 0 ? step : 0;
      break;
    }
    case 'theme':
      props.theme = parseTheme(value);
      break;
    case 'hide':
      props.hide = parseControlGroups(value);
      break;
    case 'lock':
      props.lock = parseControlGroups(value);
      break;
    case 'predict':
      props.predict = value !== null && value !== 'false';
      break;
    case 'view':
      props.view = value || undefined;
      break;
    case 'heading-level': {
      const level = Number(value);
      props.headingLevel =
        Number.isInteger(level) && level >= 2 && level <= 6 ? (level as HeadingLevel) : undefined;
      break;
    }
    case 'base-url':
      if (value) props.baseUrl = value;
      break;
  }
}

export const elementAttributeNames = [
  'problem',
  'initial-step',
  'theme',
  'hide',
  'lock',
  'predict',
  'view',
  'heading-level',
  'base-url',
] as const;
