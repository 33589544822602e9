// Council deployment: a managed policy written where Chromium reads it is applied and shows as locked.
// Runs only where the test may write Chromium's policy folder (as root, as on CI).
import { test as base, expect, sidebarFrame, noteBox } from './support/fixtures';
import { access, constants, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash, generateKeyPairSync } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from './support/launch';
import { launchMargin } from '../../scripts/lib/launch-margin.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';

/** A copy of the built extension with its own key, so the policy names it and no other test's copy. */
async function keyedCopy(): Promise<{ dir: string; id: string }> {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'margin-keyed-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ ...manifest, key: der.toString('base64') }),
  );
  return { dir, id };
}

const test = base;

test('a managed policy is applied: auditor name, capture forbidden, templates; shown as locked', async ({
  demoUrl,
}) => {
  const writable = await mkdir(POLICY_DIR, { recursive: true })
    .then(() => access(POLICY_DIR, constants.W_OK))
    .then(
      () => true,
      () => false,
    );
  test.skip(!writable, `cannot write ${POLICY_DIR} here`);

  const { dir, id } = await keyedCopy();
  const policyFile = path.join(POLICY_DIR, `margin-test-${id}.json`);
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
  await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
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
