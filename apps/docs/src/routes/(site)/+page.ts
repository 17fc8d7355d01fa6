// The landing page runs without SvelteKit's client: it paints from its prerendered HTML, and its one
// small script (src/landing.ts) loads the widgets as custom elements. Links are plain navigations.
export const csr = false;
