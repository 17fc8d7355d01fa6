// Components
export { default as WidgetFrame } from './WidgetFrame.svelte';
export { default as StepControls } from './StepControls.svelte';
export { default as Narration } from './Narration.svelte';
export { default as OnDemand } from './OnDemand.svelte';
export { couldNotLoad } from './on-demand-words.js';
export { default as SettingsSection } from './SettingsSection.svelte';
export { default as SectionOnDemand } from './SectionOnDemand.svelte';
export { default as ErrorPanel } from './ErrorPanel.svelte';
export { default as Notice } from './Notice.svelte';
export { default as MatrixGrid } from './MatrixGrid.svelte';
export { default as PaddingRing } from './PaddingRing.svelte';
export { default as NumberField } from './NumberField.svelte';
export { default as ViewSwitch } from './ViewSwitch.svelte';
export { default as Formula } from './Formula.svelte';
export { default as PredictPrompt } from './PredictPrompt.svelte';
export { default as Icon } from './Icon.svelte';
export type { Preset, Prediction } from './WidgetFrame.svelte';
export type { IconName } from './Icon.svelte';

// State and behaviour
export { Stepper, stepSpeeds, type SpeedChoice, type StepperOptions } from './stepper.svelte.js';
export { widgetStepper, type WidgetStepperOptions } from './widget-stepper.svelte.js';
export { stepKeys, type Steppable } from './step-keys.js';
export {
  ControlSet,
  controlGroups,
  parseControlGroups,
  unknownControlGroups,
  type ControlGroup,
} from './controls.js';
export { parseTheme, type ThemeName } from './theme-name.js';
export { cellLook, cellStateWords, statesOf, type CellLook, type CellState } from './cell-look.js';
export { cellText, GRID_DIGITS } from './cell-text.js';
export { moveInGrid, type CellPosition, type GridCell } from './grid-navigation.js';
export { editRequest } from './cell-edit-keys.js';
export { monoWidth, squeezedLength } from './squeezed-length.js';
export { parseNumber, nudge, type ParsedNumber } from './parse-number.js';
export { closeEnough } from './predict.js';
export { presetMatching } from './preset-matching.js';
export { sameJson } from './same-json.js';
export {
  EditedProblem,
  type ChangeOptions,
  type EditedProblemOptions,
  type ReadProblem,
} from './edited-problem.svelte.js';
export { nextSeed } from './next-seed.js';
export { keepingSame } from './same-items.js';
export { keptWhereTheyFit, zeros } from './kept-where-they-fit.js';
export { Disclosure } from './disclosure.svelte.js';
export type { HeadingLevel, WidgetOptions, WidgetProps, StepChange } from './widget-props.js';

// Formulas, export, links, custom elements
export { focusableWhenScrolling } from './scroll-focus.js';
export { followMarks, revealSpan } from './follow-marks.js';
export { clientWidth } from './client-width.js';
export { FADE, scrollFade } from './scroll-fade.js';
export { selected } from './selected.js';
export { elementRef } from './element-ref.js';
export { cellScaled } from './cell-scaled.js';
export { mathml, texToMathmlBody, escapeText, type MathmlOptions } from './tex-to-mathml.js';
export { flowMarkup } from './formula-flow.js';
export { viewToSvg, svgToPng, downloadBlob, downloadText, copyText, type SvgDocument } from './export.js';
export {
  encodeState,
  decodeState,
  embedPageUrl,
  embedSnippets,
  type WidgetState,
  type DecodedState,
  type EmbedTarget,
  type EmbedSnippets,
} from './problem-url.js';
export { defineWidgetElement, type WidgetElement } from './define-element.js';
