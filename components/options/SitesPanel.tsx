/**
 * Where Margin is active: every site this build may act on, whether it is on, and a switch to turn it
 * off (or on again) for that site. Sites the organisation has not enabled show as locked.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { policyAllowsOrigin, type Policy } from '@/lib/settings/policy';
import { disabledSites, setSiteEnabled } from '@/lib/settings/user-sites';

function buildSites(): string[] {
  return (browser.runtime.getManifest().host_permissions ?? []) as string[];
}

export function SitesPanel({ policy }: { policy: Policy }) {
  const [disabled, setDisabled] = useState<string[]>([]);
  const refresh = () => void disabledSites().then(setDisabled);
  useEffect(refresh, []);
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <p class="muted">
        Margin acts only on these case-system sites (set when Margin was built for your organisation) and
        sends nothing anywhere.
      </p>
      <table aria-labelledby="sites-heading">
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Margin</th>
          </tr>
        </thead>
        <tbody>
          {buildSites().map((site) => {
            const origin = site.replace(/\/\*$/, '');
            const allowed = policyAllowsOrigin(policy, origin);
            const on = allowed && !disabled.includes(site);
            return (
              <tr key={site}>
                <td>{origin}</td>
                <td>
                  {allowed ? (
                    <label class="switch">
                      <input
                        type="checkbox"
                        role="switch"
                        checked={on}
                        onChange={(event) =>
                          void setSiteEnabled(site, event.currentTarget.checked).then(refresh)
                        }
                      />
                      {on ? 'On' : 'Off'}
                      <span class="visually-hidden"> on {origin}</span>
                    </label>
                  ) : (
                    <span>🔒 Off: not enabled by your organisation</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
