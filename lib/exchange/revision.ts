/**
 * Revisions of exchanged records, in CouchDB's `N-hash` form: N counts the record's versions (1 for
 * the first), the hash is SHA-256 of the canonical JSON of the parent revision, the deletion flag and
 * the record (object keys sorted, so field order never matters), cut to 32 hex digits as CouchDB's are.
 * Deterministic like CouchDB's own: the same edit of the same parent gives the same revision on every
 * device, and a different history a different one. SHA-256 comes from @noble/hashes because it is
 * synchronous: the change-log middleware computes revisions inside the write's IndexedDB transaction,
 * where awaiting Web Crypto would let the transaction commit before the change is recorded.
 * Also the pseudonymous author of a change, an HMAC-SHA-256 of the name under the device's secret.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../export/import/canonical';

/** Hex digits of the hash part of a revision. */
export const REVISION_HEX = 32;
/** `N-hash` as `revisionOf` makes it. */
export const REVISION_PATTERN = /^[1-9]\d*-[0-9a-f]{32}$/;

/** The generation (N) of a revision. */
export function generationOf(rev: string): number {
  return Number.parseInt(rev, 10);
}

/**
 * The revision that follows `parentRev` (null for a record's first) when the record becomes `record`,
 * or is deleted (`record` null: a tombstone).
 */
export function revisionOf(parentRev: string | null, record: unknown): string {
  const deleted = record === null || record === undefined;
  const body = canonicalJson({ parent: parentRev, deleted, data: deleted ? null : record });
  const hash = bytesToHex(sha256(utf8ToBytes(body))).slice(0, REVISION_HEX);
  return `${parentRev === null ? 1 : generationOf(parentRev) + 1}-${hash}`;
}

/** Hex digits kept in an author pseudonym (as export pseudonyms: lib/export/pseudonym.ts). */
const AUTHOR_HEX = 12;

/**
 * The change's author as a pseudonym, `author-` and 12 hex digits of HMAC-SHA-256 of the name under
 * the device's secret (64 hex digits); '' for no name. Stable on one device, not reversible without
 * the secret, which never leaves the database.
 */
export function authorPseudonym(secretHex: string, name: string): string {
  if (name === '') return '';
  const mac = hmac(sha256, hexToBytes(secretHex), utf8ToBytes(`author:${name}`));
  return `author-${bytesToHex(mac).slice(0, AUTHOR_HEX)}`;
}
