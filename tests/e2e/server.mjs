// Serves the docs production build the way a plain static host does (a directory answers with its
// index.html, a directory without its trailing slash redirects to it, text is sent gzipped), plus
// host pages the tests write, each with the headers it needs (e.g. a Content-Security-Policy).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

export const buildDir = fileURLToPath(new URL('../../apps/docs/build/', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server for `root` (the docs build by default) on a free port of 127.0.0.1;
 * `host(path, html, headers)` adds a host page.
 */
export async function serve(root = buildDir) {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`No build at ${root}: build it first (pnpm test does).`);
  const hosted = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const page = hosted.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': types['.html'], ...page.headers });
      response.end(page.html);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return notFound(response);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        // With its query, as static hosts keep it: a link's ?preset= must survive the slash.
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(response);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
    response.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const body = createReadStream(file);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    host(path, html, headers = {}) {
      hosted.set(path, { html, headers });
      return origin + path;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': types['.txt'] });
  response.end('not found');
}
