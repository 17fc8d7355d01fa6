import { normPresetProblems, randomNormInput, type NormProblemJson } from '@dlviz/core';

export interface ViewerPreset {
  readonly id: string;
  readonly label: string;
  readonly problem: NormProblemJson;
}

/**
 * The core's presets (the seed exams' batch-versus-layer-norm matrix, a transformer block, group,
 * instance and RMS norm) plus one the viewer adds: the largest tensor it draws, to see the groups
 * at scale.
 */
export const viewerPresets: readonly ViewerPreset[] = [
  ...normPresetProblems.map((p) => ({ id: p.id, label: p.title, problem: p.problem })),
  {
    id: 'largest-nchw',
    label: 'Largest view: 8 × 16 × 8 × 8 feature maps',
    problem: {
      widget: 'norm',
      input: randomNormInput({ layout: 'NCHW', shape: [8, 16, 8, 8], seed: 7 }),
      type: 'group',
      groups: 4,
    },
  },
];
