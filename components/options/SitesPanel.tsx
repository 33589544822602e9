/**
 * Where Margin is active: every site this build may act on, whether it is on, and a switch to turn it
 * off (or on again) for that site. Optional sites are off until the user enables them, when the browser
 * asks for that origin only. Sites the organisation has not enabled show as locked.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { policyAllowsOrigin, type Policy } from '@/lib/settings/policy';
import { disabledSites, setSiteEnabled } from '@/lib/settings/user-sites';
import { errorText } from '../error-text';

interface SiteRow {
  site: string;
  optional: boolean;
  granted: boolean;
}

async function loadRows(): Promise<SiteRow[]> {
  const manifest = browser.runtime.getManifest();
  const required = (manifest.host_permissions ?? []) as string[];
  const optional = (manifest.optional_host_permissions ?? []) as string[];
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  return [
    ...required.map((site) => ({ site, optional: false, granted: true })),
    ...optional.map((site) => ({ site, optional: true, granted: granted.has(site) })),
  ];
}

export function SitesPanel({ policy }: { policy: Policy }) {
  const [rows, setRows] = useState<SiteRow[]>([]);
  const [disabled, setDisabled] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    void disabledSites().then(setDisabled);
    void loadRows().then(setRows);
  };
  useEffect(refresh, []);

  async function grant(site: string, on: boolean) {
    try {
      const done = on
        ? await browser.permissions.request({ origins: [site] })
        : await browser.permissions.remove({ origins: [site] });
      if (!done)
        setError(
          on ? `The browser did not grant access to ${site}.` : `Access to ${site} could not be removed.`,
        );
      else setError(null);
    } catch (failure) {
      setError(errorText(failure));
    }
    refresh();
  }

  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">Margin acts only on these case-system sites and sends nothing anywhere.</p>
      <table aria-labelledby="sites-heading">
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Margin</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ site, optional, granted }) => {
            const origin = site.replace(/\/\*$/, '');
            const allowed = policyAllowsOrigin(policy, origin);
            const on = allowed && granted && !disabled.includes(site);
            return (
              <tr key={site}>
                <td>{origin}</td>
                <td>
                  {!allowed && <span>🔒 Off: not enabled by your organisation</span>}
                  {allowed && optional && !granted && (
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => void grant(site, true)}
                      aria-label={`Enable Margin on ${origin}`}
                    >
                      Enable (asks your browser for this site only)
                    </button>
                  )}
                  {allowed && granted && (
                    <span class="row">
                      <label class="switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={on}
                          onChange={(event) => {
                            const enable = event.currentTarget.checked;
                            // Shown at once; the stored setting follows.
                            setDisabled((list) =>
                              enable ? list.filter((s) => s !== site) : [...list, site],
                            );
                            void setSiteEnabled(site, enable).then(refresh);
                          }}
                        />
                        {on ? 'On' : 'Off'}
                        <span class="visually-hidden"> on {origin}</span>
                      </label>
                      {optional && (
                        <button
                          type="button"
                          class="link"
                          onClick={() => void grant(site, false)}
                          aria-label={`Remove Margin's access to ${origin}`}
                        >
                          Remove access
                        </button>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
