import { base } from '$app/paths';

/** The absolute URL of the site's root (with its base path), for links and embed code. */
export function siteBase(): string {
  return new URL(`${base}/`, location.origin).href;
}
