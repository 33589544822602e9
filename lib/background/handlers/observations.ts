/** Handlers for observations. */
import type { Handlers } from '../../messaging/router';
import { getDb } from '../../storage/db';
import {
  createObservation,
  deleteObservation,
  observationsForAudit,
  observationsForPage,
  restoreObservation,
  updateObservation,
} from '../../storage/observations';
import { observationTrail } from '../../storage/edit-history';
import { currentAuthor } from '../../settings/settings';

type ObservationTypes =
  | 'observation/create'
  | 'observation/update'
  | 'observation/delete'
  | 'observation/restore'
  | 'observation/list'
  | 'observation/list-for-audit'
  | 'observation/history';

export const observationHandlers: Pick<Handlers, ObservationTypes> = {
  async 'observation/create'({ fields, target }) {
    const author = await currentAuthor();
    return { observation: await createObservation(getDb(), { fields, target, author }) };
  },
  async 'observation/update'({ id, fields, expectedUpdatedAt }) {
    const by = await currentAuthor();
    return { observation: await updateObservation(getDb(), id, fields, expectedUpdatedAt, new Date(), by) };
  },
  async 'observation/delete'({ id }) {
    const deleted = await deleteObservation(getDb(), id);
    return { observation: deleted?.observation ?? null, replies: deleted?.replies ?? [] };
  },
  async 'observation/restore'({ observation, replies }) {
    return { restored: await restoreObservation(getDb(), observation, replies) };
  },
  async 'observation/list'({ pageKey }) {
    return { observations: await observationsForPage(getDb(), pageKey) };
  },
  async 'observation/history'({ id }) {
    return { entries: await observationTrail(getDb(), id) };
  },
  async 'observation/list-for-audit'({ auditId }) {
    return { observations: await observationsForAudit(getDb(), auditId) };
  },
};
