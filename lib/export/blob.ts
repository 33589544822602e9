/**
 * Turning a writer's chunks into a file. A Blob built from many parts keeps them as parts: no single
 * JavaScript string ever holds the whole export, however many records it has.
 */

/** Chunks of text, produced one record (or one CSV row) at a time. */
export type Chunks = Iterable<string> | AsyncIterable<string>;

/** A Blob of `type` (e.g. `application/json`) made of every chunk, in order. */
export async function toBlob(chunks: Chunks, type: string): Promise<Blob> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return new Blob(parts, { type });
}
