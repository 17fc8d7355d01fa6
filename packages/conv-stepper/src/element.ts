import type { Component } from 'svelte';
import { defineWidgetElement, type WidgetProps } from '@dlviz/ui';
import ConvStepper from './ConvStepper.svelte';

defineWidgetElement('dlviz-conv-stepper', ConvStepper as Component<WidgetProps>);
