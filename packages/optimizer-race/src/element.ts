import { defineWidgetElement } from '@dlviz/ui';
import type { Component } from 'svelte';
import type { WidgetProps } from '@dlviz/ui';
import OptimizerRace from './OptimizerRace.svelte';

defineWidgetElement('dlviz-optimizer-race', OptimizerRace as Component<WidgetProps>);
