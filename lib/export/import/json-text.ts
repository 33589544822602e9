/**
 * The checks a file's text gets before the schemas see it: its size (refused before parsing, so a huge
 * file cannot stall the page), its JSON syntax, telling a file cut off part-way from one that is not
 * JSON at all, and how deep its objects and arrays nest (bounded before anything walks it recursively:
 * schemas, hashing, comparing).
 */

/** The default largest file the importer reads: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** UTF-8 size of a text, counted only as far as needed to know it exceeds `limit`. */
export function utf8Bytes(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "63.2 MB" */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** True when the text ends inside a string, object or array: a JSON file cut off part-way. */
export function endsIncomplete(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

/** A Margin export nests about ten levels deep; a file nesting deeper than this was not made by Margin. */
export const MAX_NESTING = 64;

/**
 * How deep `value` nests, counted without recursion (so any depth is safe to measure), stopping as
 * soon as it passes `limit`. A scalar is depth 0, `{}` and `[]` are depth 1.
 */
export function nestingDepth(value: unknown, limit = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, here]);
    }
  }
  return deepest;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses the text of `fileName`, or says in words why it cannot be read. */
export function readJson(text: string, fileName: string, maxBytes = DEFAULT_MAX_BYTES): JsonResult {
  // Each character is at least one byte, so a long enough text is too large without counting.
  const bytes = text.length > maxBytes ? text.length : utf8Bytes(text, maxBytes);
  if (bytes > maxBytes) {
    return {
      ok: false,
      error:
        `${fileName} is very large (${formatBytes(bytes)}${text.length > maxBytes ? ' or more' : ''}); ` +
        `Margin imports files of up to ${formatBytes(maxBytes)}. ` +
        'Export fewer records (for example a shorter period) and import the parts.',
    };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: `${fileName} is empty.` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    if (endsIncomplete(body)) {
      return {
        ok: false,
        error: `${fileName} is not complete JSON (it may have been cut off while saving or copying): export it again.`,
      };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${fileName} is not valid JSON (${reason}): is it a Margin export file?` };
  }
  if (nestingDepth(value, MAX_NESTING) > MAX_NESTING) {
    return {
      ok: false,
      error:
        `${fileName} nests objects or lists more than ${MAX_NESTING} levels deep, which no Margin export ` +
        'does: it was not made by Margin or has been altered. Ask for the file to be exported again.',
    };
  }
  return { ok: true, value };
}
