import type { ConvProblemJson } from '@dlviz/core';
import type { WidgetProps } from '@dlviz/ui';

/** The component's props: the shared widget props on a conv problem. */
export type ConvStepperProps = WidgetProps<ConvProblemJson>;
