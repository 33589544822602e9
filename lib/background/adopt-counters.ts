/**
 * At background start: friction counter rows stored before rows named the device that counted them
 * are given this device's id (lib/storage/friction-counters.ts), so that exporting and importing them
 * again adds nothing twice. Cheap when there are none (one read).
 */
import { getDb } from '../storage/db';
import { adoptUnattributedCounters } from '../storage/friction-counters';
import { deviceId } from '../settings/device-id';

export async function adoptCountersOnStart(): Promise<void> {
  try {
    await adoptUnattributedCounters(getDb(), await deviceId());
  } catch (error) {
    console.error('Margin could not attribute earlier friction counters to this device:', error);
  }
}
