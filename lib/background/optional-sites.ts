/**
 * Sites a user switched Margin on for at run time: the build lists them as optional host permissions;
 * once the browser has granted one (the user was asked for that origin only), the in-page script is
 * registered for it, and unregistered when the permission is removed. Background only.
 */
import { browser } from 'wxt/browser';

export const OPTIONAL_SCRIPT_ID = 'margin-optional-sites';
const CONTENT_SCRIPT = 'margin-loader.js';

/** The optional sites of this build that the user has granted. */
export async function grantedOptionalSites(): Promise<string[]> {
  const optional = (browser.runtime.getManifest().optional_host_permissions ?? []) as string[];
  if (optional.length === 0) return [];
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  return optional.filter((site) => granted.has(site));
}

/** Makes the registered in-page script match exactly the granted optional sites. */
export async function syncOptionalSites(): Promise<string[]> {
  if (!browser.scripting?.registerContentScripts) return [];
  const sites = await grantedOptionalSites();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
  if (sites.length === 0) {
    if (registered.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [OPTIONAL_SCRIPT_ID] });
    return [];
  }
  const script = {
    id: OPTIONAL_SCRIPT_ID,
    matches: sites,
    js: [CONTENT_SCRIPT],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return sites;
}
