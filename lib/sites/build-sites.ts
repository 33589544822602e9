/**
 * Which case-system origins a build of Margin acts on.
 *
 * Margin never asks for `<all_urls>`: a build names its sites explicitly. The default build enables the
 * loopback demo system only; a council builds its own with `MARGIN_SITES` (see README, "Enabling your
 * case system"). Used by wxt.config.ts at build time and by the content-script entrypoint's defaults.
 */

/** Match patterns of the bundled demo system, served on loopback. */
export const DEMO_SITES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Sites a user may switch Margin on for at run time (the browser asks them for that origin only). The
 * default build offers a second loopback address, to show how it works on the demo.
 */
export const DEMO_OPTIONAL_SITES: readonly string[] = ['http://127.0.0.2/*'];

const PATTERN = /^(https?):\/\/([^/*]+)\/\*$/;

/**
 * Parses a comma-separated list of match patterns such as `https://lcs.example.gov.uk/*`.
 * Guarantees every returned pattern names one scheme and one exact host (no wildcards), so a build can
 * never be broadened to every site by a typo. Throws an Error naming the offending entry otherwise.
 */
export function parseSites(value: string | undefined, fallback: readonly string[] = DEMO_SITES): string[] {
  if (value === undefined || value.trim() === '') return [...fallback];
  const sites = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const site of sites) {
    if (!PATTERN.test(site)) {
      throw new Error(
        `MARGIN_SITES entry "${site}" is not allowed: write one origin per entry as ` +
          `"https://host.example/*" (http or https, an exact host, optional :port, ending in "/*").`,
      );
    }
  }
  return [...new Set(sites)];
}

/**
 * True when a page origin belongs to a site pattern such as `https://lcs.example.gov.uk/*`: same scheme
 * and host, and the same port when the pattern names one (as host permissions match).
 */
export function siteMatchesOrigin(site: string, origin: string): boolean {
  const match = /^(https?):\/\/([^/:]+)(?::(\d+))?\/\*$/.exec(site);
  if (!match) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const [, scheme, host, port] = match;
  return url.protocol === `${scheme}:` && url.hostname === host && (port === undefined || url.port === port);
}
