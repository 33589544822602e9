/**
 * Checks of a valid bundle that its schema cannot make: no date from the future (lib/model/dates.ts),
 * no reply without its observation, and no copy made for sharing (pseudonymised or without quotes), which would meet the stored originals
 * as conflicts and lose to them record by record. Each refusal names the file, and the record and field
 * where there is one.
 */
import { DATE_FIELDS, farFutureReason, isFarFuture } from '../../model/dates';
import { RECORD_ARRAYS, type IncomingBundle } from './incoming-schema';
import { recordLabel } from './issues';

/** One message per date in `bundle` more than a day after `now`. */
export function futureDateErrors(fileName: string, bundle: IncomingBundle, now: number): string[] {
  const errors: string[] = [];
  if (isFarFuture(bundle.exportedAt, now))
    errors.push(`${fileName}: exportedAt: ${farFutureReason(bundle.exportedAt, now)}.`);
  for (const array of RECORD_ARRAYS) {
    (bundle[array] ?? []).forEach((record, index) => {
      for (const field of DATE_FIELDS) {
        const date = (record as Record<string, unknown>)[field];
        if (typeof date !== 'string' || !isFarFuture(date, now)) continue;
        errors.push(
          `${fileName}: ${recordLabel(bundle, [array, index])}: ${field}: ${farFutureReason(date, now)}.`,
        );
      }
    });
  }
  return errors;
}

/**
 * One message per reply whose observation is not in the same file: an export always carries a reply
 * with its observation, so such a reply was cut from its context (or the file was edited by hand), and
 * importing it could leave a reply nobody can see, or delete with its observation.
 */
export function orphanReplyErrors(fileName: string, bundle: IncomingBundle): string[] {
  const observations = new Set(bundle.observations.map((o) => o.id));
  return (bundle.replies ?? []).flatMap((reply, index) =>
    observations.has(reply.observationId)
      ? []
      : [
          `${fileName}: ${recordLabel(bundle, ['replies', index])}: it replies to an observation that is not in this file. ` +
            'Export the observation with its replies and import that file.',
        ],
  );
}

/**
 * One message per conversation record whose audit is not in the same file: an export carries a
 * conversation with its audit, so such a record was cut from its context (or the file edited by hand).
 */
export function orphanConversationErrors(fileName: string, bundle: IncomingBundle): string[] {
  const audits = new Set(bundle.audits.map((a) => a.id));
  return (bundle.conversations ?? []).flatMap((conversation, index) =>
    audits.has(conversation.auditId)
      ? []
      : [
          `${fileName}: ${recordLabel(bundle, ['conversations', index])}: it belongs to an audit that is not in this file. ` +
            'Export the audit with its conversation records and import that file.',
        ],
  );
}

/** Why a file made for sharing cannot be merged into a working database, or null for a full export. */
export function sharingCopyError(fileName: string, bundle: IncomingBundle): string | null {
  const { pseudonymise, redactQuotes } = bundle.options;
  if (!pseudonymise && !redactQuotes) return null;
  const what = [
    pseudonymise ? 'person IDs and names replaced by pseudonyms' : '',
    redactQuotes ? 'quoted record text left out' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    `${fileName} is a copy made for sharing (${what}). Imported here it would meet the original records ` +
    'as conflicting versions and could not be told apart from them, so Margin does not import it: ' +
    'ask for a full export (without the privacy options) to merge, and keep shared copies as files.'
  );
}
