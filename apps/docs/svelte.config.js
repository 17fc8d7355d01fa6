import adapter from '@sveltejs/adapter-static';

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
      directives: { 'script-src': ['self'], 'object-src': ['none'], 'base-uri': ['self'] },
    },
  },
};
