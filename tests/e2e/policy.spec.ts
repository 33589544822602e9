// Council deployment: a managed policy written where Chromium reads it is applied and shows as locked.
// Runs only where the test may write Chromium's policy folder (as root, as on CI).
import { test as base, expect, sidebarFrame, noteBox } from './support/fixtures';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchMargin } from '../../scripts/lib/launch-margin.mjs';
import { keyedCopy, policyWritable, POLICY_DIR, writePolicy } from './support/keyed-copy';

const test = base;

test('a managed policy is applied: auditor name, capture forbidden, templates; shown as locked', async ({
  demoUrl,
}) => {
  test.skip(!(await policyWritable()), `cannot write ${POLICY_DIR} here`);

  const { dir, id } = await keyedCopy();
  const template = {
    id: 'council-audit',
    name: 'Council audit',
    version: 1,
    scale: { type: 'none' },
    sections: [{ id: 'one', title: 'One' }],
  };
  const policy = {
    auditorName: 'Pat Policy',
    allowPassiveCapture: false,
    retentionDays: 90,
    templatesJson: JSON.stringify([template]),
    adaptersJson: '[{"broken": true}]',
  };
  const policyFile = await writePolicy(id, policy);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'margin-policy-'));
  const margin = await launchMargin(profile, { extensionDir: dir });
  try {
    expect(margin.extensionId).toBe(id);
    const options = await margin.context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const locked = options.getByRole('region', { name: 'Set by your organisation' });
    await expect(locked).toContainText('Pat Policy');
    await expect(locked).toContainText('Not allowed');
    await expect(locked).toContainText('90 days');
    await expect(locked.getByRole('alert')).toContainText('adaptersJson: 0.name');
    await expect(options.getByLabel(/Your name/)).toHaveAttribute('readonly', '');
    await expect(options.getByLabel(/Your name/)).toHaveValue('Pat Policy');

    const page = await margin.context.newPage();
    await page.goto(new URL('/person/P123456', demoUrl).href);
    const sidebar = await sidebarFrame(page);
    await expect(sidebar.getByText(/turned off by your organisation/)).toBeVisible();
    await expect(sidebar.getByRole('switch', { name: 'Record friction signals' })).toHaveCount(0);
    await expect(sidebar.getByLabel('Template').locator('option', { hasText: 'Council audit' })).toHaveCount(
      1,
    );
    // The name the organisation set is shown, and nobody is asked for one.
    await expect(sidebar.getByText('Recording as Pat Policy (set by your organisation)')).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'Save name' })).toHaveCount(0);
    await (await noteBox(sidebar)).fill('Written under policy');
    await sidebar.getByRole('button', { name: 'Save', exact: true }).first().click();
    await expect(sidebar.getByText(/Pat Policy ·/)).toBeVisible();
    expect(margin.egress).toEqual([]);
  } finally {
    await margin.context.close();
    await rm(policyFile, { force: true });
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
});
