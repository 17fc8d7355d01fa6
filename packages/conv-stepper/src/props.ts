import type { ConvProblemJson } from '@dlviz/core';
import type { WidgetProps } from '@dlviz/ui';

/** The component's props: the shared widget props on a conv problem, and where links point. */
export interface ConvStepperProps extends WidgetProps<ConvProblemJson> {
  /** The docs site that serves /embed/conv-stepper/ and the element script, for "Copy link". */
  baseUrl?: string;
}
