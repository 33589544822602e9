/**
 * Turning a writer's chunks into a file. A Blob built from many parts keeps them as parts: no single
 * JavaScript string ever holds the whole export, however many records it has, and the text is handed
 * to the browser as it is written rather than all at the end.
 */

/** Chunks of text, produced one record (or one CSV row) at a time. */
export type Chunks = Iterable<string> | AsyncIterable<string>;

/** Characters of text gathered before they are handed to a part Blob (about 1 MB). */
const PART_CHARS = 1 << 20;

/**
 * A Blob of `type` (e.g. `application/json`) made of every chunk, in order. Chunks are handed to a part
 * Blob every PART_CHARS characters and let go, so the page's JavaScript heap never holds more than about
 * one part of the file's text however large the export (the browser keeps Blob data outside the heap).
 */
export async function toBlob(chunks: Chunks, type: string): Promise<Blob> {
  const blobs: Blob[] = [];
  let parts: string[] = [];
  let chars = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    chars += chunk.length;
    if (chars >= PART_CHARS) {
      blobs.push(new Blob(parts));
      parts = [];
      chars = 0;
    }
  }
  blobs.push(new Blob(parts));
  return new Blob(blobs, { type });
}
