// The published packages as a user gets them: `pnpm pack` tarballs that pass publint (and
// arethetypeswrong for the pure-TS ones), install with npm into a scratch Vite + Svelte app and a plain
// HTML page and work there, run as a CLI, and go through `pnpm -r publish --dry-run`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { convPresets, normPresets } from '@dlviz/core';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { launch, watchedPage } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const published = ['core', 'ui', 'cli', 'conv-stepper', 'backprop-graph', 'optimizer-race', 'norm-axes'];
const widgets = {
  'conv-stepper': ['ConvStepper', 'convPresets'],
  'backprop-graph': ['BackpropGraph', 'backpropPresets'],
  'optimizer-race': ['OptimizerRace', 'optimizerPresets'],
  'norm-axes': ['NormAxes', 'normPresets'],
};
const pnpm = (args, cwd) =>
  execFileSync('npx', ['-y', 'pnpm@10', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
const catalog = (name) =>
  readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8').match(new RegExp(`\\n  '?${name}'?: (\\S+)`))[1];

let scratch, tarballs, app, browser;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dlviz-pack-'));
  tarballs = {};
  for (const name of published) {
    pnpm(['pack', '--pack-destination', scratch], join(repo, 'packages', name));
    tarballs[name] = join(
      scratch,
      readdirSync(scratch).find((f) => f.startsWith(`dlviz-${name}-`)),
    );
  }
  // The scratch app depends on the tarballs only; npm takes @dlviz/* from them, the rest from the registry.
  app = join(scratch, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  const fromTarballs = Object.fromEntries(published.map((n) => [`@dlviz/${n}`, `file:${tarballs[n]}`]));
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'scratch-course-site',
      private: true,
      type: 'module',
      dependencies: { ...fromTarballs, svelte: catalog('svelte') },
      devDependencies: {
        vite: catalog('vite'),
        '@sveltejs/vite-plugin-svelte': catalog('@sveltejs/vite-plugin-svelte'),
      },
      overrides: fromTarballs,
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: app,
    stdio: 'pipe',
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

for (const name of published)
  test(`@dlviz/${name} passes publint`, async () => {
    const tarball = readFileSync(tarballs[name]);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: 'suggestion',
    });
    assert.deepEqual(
      messages.map((m) => formatMessage(m, pkg)),
      [],
    );
  });

for (const name of ['core', 'cli'])
  test(`@dlviz/${name} has correct types (arethetypeswrong, ESM-only profile)`, async () => {
    const result = await checkPackage(
      createPackageFromTarballData(new Uint8Array(readFileSync(tarballs[name]))),
    );
    // ESM only, like attw --profile esm-only: CommonJS resolution is out of scope by design.
    const problems = (result.problems ?? []).filter(
      (p) => !('resolutionKind' in p) || !['node10', 'node16-cjs'].includes(p.resolutionKind),
    );
    assert.deepEqual(problems, []);
  });

// A page loads a widget with one <script type="module" src=".../element.js">: the element must not
// statically import other chunks (an extra round trip, and bytes size-limit would not count). Its
// other chunks are the parts it loads on demand.
for (const name of Object.keys(widgets))
  test(`@dlviz/${name}'s element.js imports no other chunk up front`, () => {
    const code = readFileSync(join(repo, 'packages', name, 'dist', 'element.js'), 'utf8');
    const staticImports = code.match(/\bimport\s*(?:[\w*{][^;]*?from\s*)?["'][^"']+["']/g) ?? [];
    assert.deepEqual(staticImports, []);
    assert.match(code, /\bimport\(/);
  });

test('the CLI from its tarball solves a problem', () => {
  const problem = join(scratch, 'problem.json');
  writeFileSync(problem, JSON.stringify(convPresets[0].problem));
  const out = execFileSync(join(app, 'node_modules/.bin/dlviz'), ['solve', problem], { encoding: 'utf8' });
  assert.ok(JSON.parse(out));
});

test('a scratch Vite + Svelte app imports every widget component and draws them', async () => {
  writeFileSync(
    join(app, 'vite.config.js'),
    `import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { plugins: [svelte()] };\n`,
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course</title></head><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>`,
  );
  writeFileSync(
    join(app, 'src/main.js'),
    `import { mount } from 'svelte';\nimport App from './App.svelte';\nmount(App, { target: document.getElementById('app') });\n`,
  );
  const entries = Object.entries(widgets);
  const imports = entries.map(
    ([pkg, [name, presets]]) =>
      `import { ${name} } from '@dlviz/${pkg}';\nimport { ${presets} } from '@dlviz/core';`,
  );
  const sections = entries.map(
    ([, [name, presets]]) => `<section id="${name}"><${name} problem={${presets}[0].problem} /></section>`,
  );
  writeFileSync(
    join(app, 'src/App.svelte'),
    `<script>\n${imports.join('\n')}\n</script>\n<main>\n${sections.join('\n')}\n</main>\n`,
  );
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
    cwd: app,
    stdio: 'pipe',
  });
  const server = await serve(join(app, 'dist'));
  const { page, problems, close } = await watchedPage(browser, server.origin);
  try {
    await page.goto(`${server.origin}/`);
    for (const [name] of Object.values(widgets))
      await page.locator(`#${name} svg`).first().waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[role=alert]').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await server.close();
  }
});

test('a plain HTML page loads a custom element from the installed package', async () => {
  const problem = JSON.stringify(normPresets[0].problem).replaceAll("'", '&#39;');
  writeFileSync(
    join(app, 'plain.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain</title>` +
      `<script type="module" src="./node_modules/@dlviz/norm-axes/dist/element.js"></script></head>` +
      `<body><dlviz-norm-axes problem='${problem}'></dlviz-norm-axes></body></html>`,
  );
  const server = await serve(app);
  const { page, problems, close } = await watchedPage(browser, server.origin);
  try {
    await page.goto(`${server.origin}/plain.html`);
    await page.locator('dlviz-norm-axes svg').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(problems, []);
  } finally {
    await close();
    await server.close();
  }
});

test('the release path: pnpm -r publish --dry-run publishes every @dlviz package', () => {
  const out = pnpm(['-r', 'publish', '--dry-run', '--no-git-checks'], repo);
  for (const name of published) assert.match(out, new RegExp(`\\+ @dlviz/${name}@\\d+\\.\\d+\\.\\d+`));
});
