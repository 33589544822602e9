// @vitest-environment jsdom
// Field naming on the vendor-style demo screens, where fields have no <label for>: table row headers
// (LCS-style), a heading just before the field and ARIA radio groups (Mosaic-style).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../demo/server.mjs';
import { labelOf } from '@/lib/anchoring/field-identity';

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
afterAll(() => server.close());

async function page(path: string): Promise<Document> {
  return new DOMParser().parseFromString(await (await fetch(server.url + path)).text(), 'text/html');
}

describe('field names without labels', () => {
  it('LCS-style: fields are named by their table row header', async () => {
    const doc = await page('/lcs/web/portal/page?pageId=FormView&formId=CFA&personId=123456&stepId=884213');
    expect(labelOf(doc.querySelector('[name=asmt_reason]')!)).toBe('Reason for assessment');
    expect(labelOf(doc.querySelector('[name=asmt_start]')!)).toBe('Assessment start date');
  });

  it('Mosaic-style: a heading just before the field, and the question of an ARIA radio group', async () => {
    const doc = await page('/mosaic/person/123456/step/884213');
    expect(labelOf(doc.querySelector('textarea[name=asmt_reason]')!)).toBe('Reason for assessment');
    expect(labelOf(doc.querySelector('input[name=asmt_start]')!)).toBe('Assessment start date');
    expect(labelOf(doc.querySelector('input[name=asmt_seen_alone][value=Yes]')!)).toBe(
      'Was the child seen alone?: Yes',
    );
  });
});
