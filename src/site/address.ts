// Where the built site will be served. The public origin comes from SITE_URL;
// without it a build is a preview for this machine, and says so loudly, so
// that localhost addresses are never published by accident.

/** The address of `npm run dev` and `npm run preview`. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

export interface SiteAddress {
  /** The origin every absolute address is built on: canonical links, sitemap, feeds, CSV, citations. */
  origin: string;
  /** True when no public address was given: fine to look at locally, not to publish. */
  preview: boolean;
}

export class AddressError extends Error {}

/** The sub-path the site is served from (BASE_PATH, such as /action-plans/), or "/". */
export function sitePath(env: Record<string, string | undefined>): string {
  return env.BASE_PATH ?? '/';
}

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const raw = env.SITE_URL?.trim();
  if (!raw) return { origin: PREVIEW_ORIGIN, preview: true };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AddressError(
      `SITE_URL "${raw}" is not an address: expected the public origin of the site, such as https://plans.example.org`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AddressError(
      `SITE_URL "${raw}" is not a web address: expected one starting https://, such as https://plans.example.org`,
    );
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new AddressError(
      `SITE_URL "${raw}" has a path: set SITE_URL=${url.origin} and BASE_PATH=${url.pathname.replace(/\/?$/, '/')} for a site under a sub-path`,
    );
  }
  return { origin: url.origin, preview: false };
}
