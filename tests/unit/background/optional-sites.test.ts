import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPTIONAL_SCRIPT_ID, syncOptionalSites } from '@/lib/background/optional-sites';

type Script = { id: string; matches?: string[] };

/** A browser with these optional sites in the manifest, these granted, and a record of registrations. */
function browserWith(optional: string[], granted: string[]) {
  const registered = new Map<string, Script>();
  const api = fakeBrowser as unknown as Record<string, unknown>;
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    optional_host_permissions: optional,
  } as never);
  api.permissions = { getAll: async () => ({ origins: ['http://127.0.0.1/*', ...granted] }) };
  api.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      ids.flatMap((id) => (registered.has(id) ? [registered.get(id)] : [])),
    registerContentScripts: async (scripts: Script[]) => scripts.forEach((s) => registered.set(s.id, s)),
    updateContentScripts: async (scripts: Script[]) => scripts.forEach((s) => registered.set(s.id, s)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
      ids.forEach((id) => registered.delete(id)),
  };
  return { registered, grant: (site: string) => granted.push(site), revoke: () => granted.splice(0) };
}

describe('optional sites', () => {
  it('registers the in-page script for granted optional sites only, and follows grants and removals', async () => {
    const sites = ['https://mosaic.example.gov.uk/*', 'https://lcs.example.gov.uk/*'];
    const state = browserWith(sites, []);
    expect(await syncOptionalSites()).toEqual([]);
    expect(state.registered.size).toBe(0);

    state.grant('https://lcs.example.gov.uk/*');
    expect(await syncOptionalSites()).toEqual(['https://lcs.example.gov.uk/*']);
    expect(state.registered.get(OPTIONAL_SCRIPT_ID)).toMatchObject({
      matches: ['https://lcs.example.gov.uk/*'],
      js: ['margin-loader.js'],
    });

    state.grant('https://mosaic.example.gov.uk/*');
    await syncOptionalSites();
    expect(state.registered.get(OPTIONAL_SCRIPT_ID)?.matches).toEqual(sites);

    state.revoke();
    await syncOptionalSites();
    expect(state.registered.size).toBe(0);
  });
});
