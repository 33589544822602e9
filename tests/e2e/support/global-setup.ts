/**
 * Starts the demo case-record system on a free loopback port for the whole run, and checks that the
 * extension has been built (npm test builds it before the browser tests).
 */
import { existsSync } from 'node:fs';
import { startDemoServer } from '../../../demo/server.mjs';
import { EXTENSION_DIR } from './launch';

export default async function globalSetup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm test does).`);
  }
  const server = await startDemoServer({ host: '127.0.0.1', port: 0 });
  process.env.MARGIN_DEMO_URL = server.url;
  return async () => server.close();
}
