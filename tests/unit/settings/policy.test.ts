import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parsePolicy, policyAllowsOrigin, POLICY_KEYS } from '@/lib/settings/policy';
import { BUILTIN_TEMPLATES } from '@/lib/audit/builtin-templates';

const adapter = {
  name: 'lcs',
  system: 'LCS',
  urlPattern: '^https://lcs\\.example\\.gov\\.uk/',
  personId: { selector: '#id' },
};

describe('managed policy', () => {
  it('applies valid keys and reports each malformed one without dropping the rest', () => {
    const { policy, problems } = parsePolicy({
      sites: ['https://lcs.example.gov.uk/*'],
      adaptersJson: JSON.stringify([adapter]),
      templatesJson: '[{"id": "x"',
      retentionDays: 0,
      allowPassiveCapture: false,
      auditorName: ' Pat Auditor ',
      colour: 'blue',
    });
    expect(policy).toEqual({
      sites: ['https://lcs.example.gov.uk/*'],
      adapters: [adapter],
      allowPassiveCapture: false,
      auditorName: 'Pat Auditor',
    });
    expect(problems).toEqual([
      expect.stringMatching(/^templatesJson: .*is not valid JSON/),
      expect.stringMatching(/^retentionDays: /),
      'colour: not a Margin policy setting',
    ]);
  });

  it('validates templates and adapters in full, naming the place', () => {
    const bad = { ...adapter, urlPattern: 1 };
    const { policy, problems } = parsePolicy({
      adaptersJson: JSON.stringify([bad]),
      templatesJson: JSON.stringify(BUILTIN_TEMPLATES),
    });
    expect(policy.templates).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(problems).toEqual([expect.stringMatching(/^adaptersJson: 0\.urlPattern /)]);
  });

  it('narrows the build’s sites only when it lists sites', () => {
    expect(policyAllowsOrigin({}, 'http://127.0.0.1:4173')).toBe(true);
    expect(
      policyAllowsOrigin({ sites: ['https://lcs.example.gov.uk/*'] }, 'https://lcs.example.gov.uk'),
    ).toBe(true);
    expect(policyAllowsOrigin({ sites: ['https://lcs.example.gov.uk/*'] }, 'http://127.0.0.1:4173')).toBe(
      false,
    );
  });

  it('has a managed schema entry for every policy key, and no other', async () => {
    const schema = JSON.parse(await readFile('public/managed_schema.json', 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(POLICY_KEYS).sort());
  });
});
