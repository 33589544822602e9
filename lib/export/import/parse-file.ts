/**
 * Reads one Margin export file completely before anything is written: size, JSON syntax and nesting
 * depth, schema version (older versions are migrated forward, newer ones refused with a clear way out),
 * every record against its schema, then what a schema cannot see (file-checks.ts) and repeated ids. Strings from the file stay data: nothing here (or later) evaluates,
 * renders as HTML or interprets them.
 */
import type { z } from 'zod';
import {
  CURRENT_SCHEMA_VERSION,
  IncomingBundleV0Schema,
  IncomingBundleV1Schema,
  type IncomingBundle,
} from './incoming-schema';
import { capMessages, describeIssue, quote } from './issues';
import { DEFAULT_MAX_BYTES, readJson } from './json-text';
import { migrateV0 } from './migrate-v0';
import { duplicateErrors, normaliseBundle } from './normalise';
import {
  futureDateErrors,
  orphanConversationErrors,
  orphanReplyErrors,
  sharingCopyError,
} from './file-checks';

/** The outcome of reading a file: a current-version bundle ready to preview and apply, or the reasons not. */
export type ParsedFile =
  { ok: true; bundle: IncomingBundle; migratedFrom?: 0 } | { ok: false; errors: string[] };

function refuse(...errors: string[]): ParsedFile {
  return { ok: false, errors: capMessages(errors) };
}

function schemaErrors(fileName: string, error: z.ZodError, root: unknown): ParsedFile {
  return refuse(...error.issues.map((issue) => describeIssue(fileName, issue, root)));
}

/**
 * The version-1 bundle after its own checks: not a copy made for sharing, no date from the future,
 * repeated ids refused; derived fields recomputed.
 */
function finish(fileName: string, bundle: IncomingBundle, now: number, migratedFrom?: 0): ParsedFile {
  const sharing = sharingCopyError(fileName, bundle);
  if (sharing) return refuse(sharing);
  const future = futureDateErrors(fileName, bundle, now);
  if (future.length) return refuse(...future);
  const orphans = [...orphanReplyErrors(fileName, bundle), ...orphanConversationErrors(fileName, bundle)];
  if (orphans.length) return refuse(...orphans);
  const normal = normaliseBundle(bundle);
  const repeated = duplicateErrors(fileName, normal);
  if (repeated.length) return refuse(...repeated);
  return migratedFrom === undefined
    ? { ok: true, bundle: normal }
    : { ok: true, bundle: normal, migratedFrom };
}

/**
 * Validates the text of an export file named `fileName`. Guarantees: on `ok: true` every record passed its
 * schema and the bundle is in the current version; on `ok: false` each message names the file and, where
 * it applies, the record (array position and id) and the field; at most 20 messages plus "and N more".
 * Never writes anything.
 */
export function parseImportFile(
  text: string,
  fileName: string,
  maxBytes = DEFAULT_MAX_BYTES,
  now = Date.now(),
): ParsedFile {
  const json = readJson(text, fileName, maxBytes);
  if (!json.ok) return refuse(json.error);
  const root = json.value;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return refuse(`${fileName} is not a Margin export file (it does not hold a JSON object).`);
  }
  const version = (root as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    return refuse(
      `${fileName} is not a Margin export file: it has no schemaVersion` +
        ('sections' in root
          ? ' (it looks like an audit template: import it under Settings → Templates).'
          : '.'),
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return refuse(
      `${fileName} was made by a newer Margin (schema version ${version}); update Margin to import it.`,
    );
  }
  if (version === 0) {
    const v0 = IncomingBundleV0Schema.safeParse(root);
    if (!v0.success) return schemaErrors(fileName, v0.error, root);
    const migrated = IncomingBundleV1Schema.safeParse(migrateV0(v0.data));
    if (!migrated.success) return schemaErrors(fileName, migrated.error, migrateV0(v0.data));
    return finish(fileName, migrated.data, now, 0);
  }
  if (version !== 1 && version !== 2) {
    return refuse(
      `${fileName}: schemaVersion: ${quote(version)} is not a schema version Margin knows (0, 1 or 2).`,
    );
  }
  const v1 = IncomingBundleV1Schema.safeParse(root);
  if (!v1.success) return schemaErrors(fileName, v1.error, root);
  return finish(fileName, v1.data, now);
}
