/**
 * Turning an export's text, written record by record, into a file. A Blob built from many parts keeps
 * them as parts: no single JavaScript string ever holds the whole export, however many records it
 * has, and the text is handed to the browser as it is written rather than all at the end.
 */

/** Characters of text gathered before they are handed to a part Blob (about 1 MB). */
const PART_CHARS = 1 << 20;

/**
 * Text written piece by piece and kept as Blobs of about PART_CHARS characters each: the JavaScript heap
 * holds at most one part's text at a time, however much is written (the browser keeps Blob data outside
 * the heap). The parts can be put together with others, in any order, once everything is written.
 */
export class BlobParts {
  private readonly done: Blob[] = [];
  private pending: string[] = [];
  private chars = 0;

  write(text: string): void {
    this.pending.push(text);
    this.chars += text.length;
    if (this.chars >= PART_CHARS) this.flush();
  }

  /** Every part written so far, in order. */
  parts(): Blob[] {
    this.flush();
    return [...this.done];
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    // One string per part: a Blob made of thousands of small strings costs several times one made of
    // their concatenation (each string is its own item to encode and hand over).
    this.done.push(new Blob([this.pending.join('')]));
    this.pending = [];
    this.chars = 0;
  }
}
