/**
 * A copy of a built extension with its own key, so a managed policy can name its id and no other test's
 * copy; and whether this machine lets a test write Chromium's managed policy folder (as root, as on CI).
 */
import { access, constants, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createHash, generateKeyPairSync } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from './launch';

export const POLICY_DIR = '/etc/chromium/policies/managed';

/** True when the test may write managed policy here. */
export const policyWritable = (): Promise<boolean> =>
  mkdir(POLICY_DIR, { recursive: true })
    .then(() => access(POLICY_DIR, constants.W_OK))
    .then(
      () => true,
      () => false,
    );

export async function keyedCopy(from = EXTENSION_DIR): Promise<{ dir: string; id: string }> {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
    .join('');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'margin-keyed-'));
  await cp(from, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  await writeFile(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ ...manifest, key: der.toString('base64') }),
  );
  return { dir, id };
}

/** Writes a managed policy for extension `id`; returns the file to remove afterwards. */
export async function writePolicy(id: string, policy: Record<string, unknown>): Promise<string> {
  const file = path.join(POLICY_DIR, `margin-test-${id}.json`);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  return file;
}
