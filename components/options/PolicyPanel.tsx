/** What the organisation set through managed policy: shown so users know what is locked and why. */
import type { LoadedPolicy } from '@/lib/settings/policy';
import { plural } from '../format';

export function PolicyPanel({ loaded }: { loaded: LoadedPolicy }) {
  const { policy, problems } = loaded;
  const rows: [string, string][] = [];
  if (policy.sites) rows.push(['Sites', policy.sites.join(', ')]);
  if (policy.adapters) rows.push(['Adapters', policy.adapters.map((a) => a.name).join(', ')]);
  if (policy.templates) rows.push(['Templates', policy.templates.map((t) => t.name).join(', ')]);
  if (policy.retentionDays !== undefined) rows.push(['Retention', plural(policy.retentionDays, 'day')]);
  if (policy.allowPassiveCapture !== undefined)
    rows.push(['Passive friction capture', policy.allowPassiveCapture ? 'Allowed' : 'Not allowed']);
  if (policy.auditorName) rows.push(['Auditor name', policy.auditorName]);
  if (rows.length === 0 && problems.length === 0) return null;
  return (
    <section class="card" aria-labelledby="policy-heading">
      <h2 id="policy-heading">Set by your organisation</h2>
      <p class="muted">These settings come from your organisation’s browser policy and are locked.</p>
      <dl class="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>
              <span aria-hidden="true">🔒 </span>
              {label}
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {problems.length > 0 && (
        <div role="alert" class="error">
          <p>Some policy settings were ignored because they are not valid:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
