import type { Component } from 'svelte';
import { defineWidgetElement, type WidgetProps } from '@dlviz/ui';
import BackpropGraph from './BackpropGraph.svelte';

/** `<dlviz-backprop-graph problem='…'>`: the widget as a custom element in its own shadow root. */
defineWidgetElement('dlviz-backprop-graph', BackpropGraph as Component<WidgetProps>);
