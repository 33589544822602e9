/**
 * This browser profile's device id: a random id made on first use and kept in `storage.local`. Friction
 * counter rows carry it, so that merging exports adds each device's counts once however often the
 * same device's days arrive (lib/export/import/plan.ts). It says nothing about the person or the
 * machine; deleting everything Margin holds makes a new one.
 */
import { browser } from 'wxt/browser';

const KEY = 'deviceId';
const DEVICE_ID = /^device-[0-9a-f]{32}$/;

let pending: Promise<string> | undefined;

/** The device id, made and saved on first use. */
export function deviceId(): Promise<string> {
  pending ??= (async () => {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    if (typeof stored === 'string' && DEVICE_ID.test(stored)) return stored;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const id = `device-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    await browser.storage.local.set({ [KEY]: id });
    return id;
  })().finally(() => (pending = undefined));
  return pending;
}
