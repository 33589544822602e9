/**
 * Keyed pseudonyms for exports: HMAC-SHA-256 of the value under a random key that this browser profile
 * creates once and keeps in `storage.local`. The same value and key always give the same pseudonym, so
 * a QA lead's exports can be compared over time; without the key a pseudonym cannot be reversed or
 * recomputed from a guessed ID. Used by the export code on extension pages only.
 */
import { browser } from 'wxt/browser';

/** Where the key lives in `storage.local`: 32 random bytes as hex. */
export const PSEUDONYM_KEY_STORAGE = 'exportPseudonymKey';

/** Hex digits of the HMAC kept in a pseudonym (48 bits: collisions unlikely below ~100,000 values). */
export const PSEUDONYM_HEX_LENGTH = 12;

/** `person`: person IDs; `id`: other identifiers (step IDs, ID-like path segments); `author`: names. */
export type PseudonymKind = 'person' | 'id' | 'author';

const HMAC = { name: 'HMAC', hash: 'SHA-256' } as const;
let creating: Promise<CryptoKey> | undefined;

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));

async function loadOrCreate(): Promise<CryptoKey> {
  const stored: unknown = (await browser.storage.local.get(PSEUDONYM_KEY_STORAGE))[PSEUDONYM_KEY_STORAGE];
  let hex = typeof stored === 'string' && /^[0-9a-f]{64}$/.test(stored) ? stored : undefined;
  if (!hex) {
    // No key yet (or an unreadable one, which could not reproduce earlier pseudonyms anyway).
    hex = toHex(crypto.getRandomValues(new Uint8Array(32)));
    await browser.storage.local.set({ [PSEUDONYM_KEY_STORAGE]: hex });
  }
  return importPseudonymKey(hex);
}

/** Imports a 64-hex-digit key as a non-extractable HMAC-SHA-256 signing key. */
export function importPseudonymKey(hex: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromHex(hex), HMAC, false, ['sign']);
}

/**
 * This profile's pseudonym key: read from `storage.local`, created there on first use. Concurrent
 * callers share one creation, so two exports started together still use the same key.
 */
export function getPseudonymKey(): Promise<CryptoKey> {
  creating ??= loadOrCreate().finally(() => {
    creating = undefined;
  });
  return creating;
}

/**
 * The pseudonym of `value`, e.g. `person-3f9a1c2b7d04`. Person IDs and other identifiers share one
 * HMAC domain (an ID found in a path gets the same hex as the same ID in a person field); names use
 * another, so a person ID and a name that happen to be equal do not look linked.
 */
export async function pseudonym(key: CryptoKey, kind: PseudonymKind, value: string): Promise<string> {
  const domain = kind === 'author' ? 'author' : 'id';
  const mac = await crypto.subtle.sign(HMAC, key, new TextEncoder().encode(`${domain}:${value}`));
  return `${kind}-${toHex(new Uint8Array(mac)).slice(0, PSEUDONYM_HEX_LENGTH)}`;
}
