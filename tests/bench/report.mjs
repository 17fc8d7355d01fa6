// Writes the benchmark report: one JSON and one Markdown table, each figure beside its target.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const show = (x) =>
  Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString();

export function markdown(figures, host) {
  const rows = figures.map((f) =>
    f.target === undefined
      ? `| ${f.suite} | ${f.name} | ${show(f.value)} ${f.unit} | (reported) | — |`
      : `| ${f.suite} | ${f.name} | ${show(f.value)} ${f.unit} | ${f.better === 'lower' ? '≤' : '≥'} ${show(f.target)} ${f.unit} | ${f.pass ? 'pass' : '**FAIL**'} |`,
  );
  return [
    `# dlviz benchmark report`,
    ``,
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGiB} GiB, Node ${host.node}, ${host.platform}.`,
    ``,
    `| suite | figure | measured | target | result |`,
    `|---|---|---|---|---|`,
    ...rows,
    ``,
  ].join('\n');
}

export function writeReport(figures, folder) {
  const host = machine();
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    new URL('report.json', folder),
    JSON.stringify({ machine: host, date: new Date().toISOString(), figures }, null, 2) + '\n',
  );
  const table = markdown(figures, host);
  writeFileSync(new URL('report.md', folder), table);
  return table;
}
