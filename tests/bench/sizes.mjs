// Embed bundle sizes: each widget's custom-element module as a page loads it, gzip (held to its
// issue's budget, in size-limit's 1000-byte kB) and brotli (reported), then the parts it loads on
// demand (export, share links, worked answer, predict prompt; dist/element-*.js), gzip each.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { figure } from './measure.mjs';

const budgets = { 'conv-stepper': 45, 'backprop-graph': 45, 'optimizer-race': 55, 'norm-axes': 50 };

const gzipKb = (code) => gzipSync(code, { level: 9 }).length / 1000;

export async function run() {
  return Object.entries(budgets).flatMap(([widget, budget]) => {
    const dist = new URL(`../../packages/${widget}/dist/`, import.meta.url);
    const code = readFileSync(new URL('element.js', dist));
    const brotli =
      brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1000;
    const onDemand = readdirSync(dist).filter((file) => /^element-.+\.js$/.test(file));
    const onDemandGzip = onDemand.reduce((sum, file) => sum + gzipKb(readFileSync(new URL(file, dist))), 0);
    return [
      figure(`${widget} element.js, gzip`, gzipKb(code), 'kB', budget),
      figure(`${widget} element.js, brotli`, brotli, 'kB'),
      figure(`${widget} on-demand parts (${onDemand.length} files), gzip`, onDemandGzip, 'kB'),
    ];
  });
}
