/** Handlers for friction evidence. */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import { applyBatch, screenSignals } from '../../storage/friction-counters';
import { createFlag, deleteFlag, flagsForScreen, restoreFlag, screenOf } from '../../storage/friction-flags';
import { currentAuthor } from '../../settings/settings';
import { loadPolicy } from '../../settings/policy';
import { isCaptureOn } from '../../friction/capture-setting';
import { deviceId } from '../../settings/device-id';

type FrictionTypes =
  | 'friction/batch'
  | 'friction/flag-create'
  | 'friction/flag-delete'
  | 'friction/flag-restore'
  | 'friction/summary';

export const frictionHandlers: Pick<Handlers, FrictionTypes> = {
  async 'friction/batch'({ batch, context }, sender) {
    // The page may claim any context: counters are only accepted for the origin the batch came from.
    if (!sender.url || new URL(sender.url).origin !== context.origin) {
      throw new Error('the batch names another site than the page that sent it.');
    }
    // Checked here too, not only in the page: counts are stored only where capture is allowed and on.
    if ((await loadPolicy()).policy.allowPassiveCapture === false)
      throw new Error('your organisation does not allow passive friction capture.');
    if (!(await isCaptureOn(context.origin)))
      throw new Error('passive friction capture is switched off for this site.');
    return { applied: await applyBatch(getDb(), batch, screenOf(context), await deviceId()) };
  },
  async 'friction/flag-create'({ fields, target }) {
    const author = await currentAuthor();
    return { flag: await createFlag(getDb(), fields, target, author) };
  },
  async 'friction/flag-delete'({ id }) {
    return { flag: await deleteFlag(getDb(), id) };
  },
  async 'friction/flag-restore'({ flag }) {
    return { restored: await restoreFlag(getDb(), flag) };
  },
  async 'friction/summary'({ origin, screen }) {
    const signals = await screenSignals(getDb(), { origin, screen });
    return { flags: await flagsForScreen(getDb(), origin, screen), ...signals };
  },
};
