// Embed bundle sizes: each widget's custom-element module, gzip (held to its issue's budget, in
// size-limit's 1000-byte kB) and brotli (reported).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { figure } from './measure.mjs';

const budgets = { 'conv-stepper': 45, 'backprop-graph': 45, 'optimizer-race': 55, 'norm-axes': 50 };

export async function run() {
  return Object.entries(budgets).flatMap(([widget, budget]) => {
    const code = readFileSync(new URL(`../../packages/${widget}/dist/element.js`, import.meta.url));
    const gzip = gzipSync(code, { level: 9 }).length / 1000;
    const brotli =
      brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1000;
    return [
      figure(`${widget} element.js, gzip`, gzip, 'kB', budget),
      figure(`${widget} element.js, brotli`, brotli, 'kB'),
    ];
  });
}
