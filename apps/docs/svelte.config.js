import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { themeScript } from './src/lib/theme-script.js';

/** The site pages' one inline script of their own, allowed by its hash. */
const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    // A plain static build: every page prerendered to folder/index.html, so any static host
    // (and an LMS iframe) serves /embed/<widget>/ correctly.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    // Styles inline in each page: no stylesheet request stands between the HTML and its first paint.
    inlineStyleThreshold: 64 * 1024,
    csp: {
      mode: 'hash',
      directives: { 'script-src': ['self', themeScriptHash], 'object-src': ['none'], 'base-uri': ['self'] },
    },
  },
};
