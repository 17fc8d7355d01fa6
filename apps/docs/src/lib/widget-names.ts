/**
 * The four widgets by id and title: all that the navigation and the route matcher need, so pages
 * that show no widget load none.
 */
export const widgetNames = [
  { id: 'conv-stepper', title: 'Convolution stepper' },
  { id: 'backprop-graph', title: 'Backprop graph' },
  { id: 'optimizer-race', title: 'Optimizer race' },
  { id: 'norm-axes', title: 'Normalization axes' },
] as const;

/** The package name without the scope; also the path of a widget's page and its embed page. */
export type WidgetId = (typeof widgetNames)[number]['id'];

export const isWidgetId = (id: string): id is WidgetId => widgetNames.some((w) => w.id === id);

export const titleOf = (id: WidgetId): string => widgetNames.find((w) => w.id === id)!.title;
