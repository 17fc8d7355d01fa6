import { defineWidgetElement, type WidgetProps } from '@dlviz/ui';
import type { Component } from 'svelte';
import NormAxes from './NormAxes.svelte';

// `<dlviz-norm-axes problem='{"widget":"norm", ...}'>`: the whole widget in one module.
defineWidgetElement('dlviz-norm-axes', NormAxes as Component<WidgetProps>);
