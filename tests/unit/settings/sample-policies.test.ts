// The sample policy files in docs/policies are real: every value they set is a valid Margin policy.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parsePolicy } from '@/lib/settings/policy';

/** Reads the string and dword values of a .reg file into one object (keys of every section merged). */
function regValues(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  let section = '';
  for (const line of text.split(/\r?\n/)) {
    const header = /^\[(.*)\]$/.exec(line);
    if (header) section = header[1]!;
    const string = /^"([^"]+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    const dword = /^"([^"]+)"=dword:([0-9a-f]{8})$/i.exec(line);
    const name = string?.[1] ?? dword?.[1];
    if (!name) continue;
    const value = string
      ? string[2]!.replace(/\\(.)/g, '$1')
      : dword![2] === '00000001' && name.startsWith('allow')
        ? true
        : parseInt(dword![2]!, 16);
    if (section.endsWith('\\sites')) ((values.sites ??= []) as unknown[]).push(value);
    else values[name] = value;
  }
  return values;
}

describe('sample policy files', () => {
  it.each(['chrome-linux.json', 'edge-linux.json'])('%s sets only valid Margin settings', async (file) => {
    const json = JSON.parse(await readFile(`docs/policies/${file}`, 'utf8'));
    const { policy, problems } = parsePolicy(json['3rdparty'].extensions.EXTENSION_ID);
    expect(problems).toEqual([]);
    expect(policy.adapters?.[0]?.name).toBe('lcs-northbury');
    expect(policy.sites).toEqual(['https://lcs.northbury.gov.uk/*']);
  });

  it.each(['chrome-windows.reg', 'edge-windows.reg'])('%s sets only valid Margin settings', async (file) => {
    const { policy, problems } = parsePolicy(regValues(await readFile(`docs/policies/${file}`, 'utf8')));
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({
      retentionDays: 365,
      allowPassiveCapture: true,
      auditorName: 'A. Auditor',
    });
    expect(policy.adapters?.[0]?.urlPattern).toBe('^https://lcs\\.northbury\\.gov\\.uk/');
  });
});
