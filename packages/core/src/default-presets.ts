/*
 * The preset each widget opens with when it is given no problem, as its embed page and its docs
 * page do without a query. Apart from the presets, so a page can name them without loading them.
 */
export const convDefaultPreset = 'duke-q8-maxpool';
export const backpropDefaultPreset = 'duke-q9-leaky-mlp';
export const optimizerDefaultPreset = 'ellipse-race';
export const normDefaultPreset = 'exam-batch-fc';
