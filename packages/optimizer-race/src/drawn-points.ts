import type { OptimizerRun } from '@dlviz/core';

/** How many points a run draws: its start and its updates, but for a diverged run's last, which overflowed. */
export const drawnPoints = (run: OptimizerRun) => run.updates + (run.diverged ? 0 : 1);
