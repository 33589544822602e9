/**
 * The seed that reproduces a sample draw, and the seeded random numbers drawn from it. A seed is short
 * text a person can read out, write in a report and type back (`K7QM-3XPA`, or any text up to 40
 * characters such as `Q3 2026`); letter case and spaces at either end do not matter.
 *
 * Method (documented in docs/rounds.md): the normalised seed is hashed with cyrb128 (128 bits) and the
 * hash starts sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, 32-bit version, as published
 * by bryc's PRNG notes), whose first 15 outputs are discarded to mix the state. Neither is
 * cryptographic: the seed is meant to be public; what matters is that anyone can redo the draw.
 */

/** Crockford's base-32 digits: no I, L, O or U, so a seed read aloud or copied by hand stays right. */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new random seed of 8 base-32 digits (40 bits) as two groups of four, e.g. `K7QM-3XPA`, from
 * `crypto.getRandomValues`: about a trillion seeds, so two rounds practically never share one.
 */
export function newSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 8; i++) text = DIGITS[Number((bits >> BigInt(5 * i)) & 31n)] + text;
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** The seed as the draw uses it: spaces at either end and runs of spaces dropped, letters upper-cased. */
export function normaliseSeed(seed: string): string {
  return seed.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** cyrb128: a 128-bit non-cryptographic hash of a string (four 32-bit words). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A source of numbers in [0, 1), the same sequence for the same seed on every machine. */
export type Random = () => number;

/** sfc32 started from the cyrb128 hash of the normalised seed. */
export function seededRandom(seed: string): Random {
  let [a, b, c, d] = cyrb128(normaliseSeed(seed));
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/**
 * A copy of `items` in random order (Fisher–Yates, from the last place down). `floor(random() × n)`
 * is uneven by at most n / 2³² per value: nothing for lists of a few thousand cases.
 */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
