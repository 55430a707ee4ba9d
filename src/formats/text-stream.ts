/**
 * Text arriving in pieces: a file read as a stream, or a request body handed over in
 * slices. The parsers take `TextChunks` so a large file never has to be in memory whole.
 */
export type TextChunks = AsyncIterable<string> | Iterable<string>;

const CHUNK = 64 * 1024;

/**
 * Text already in memory, in slices of about `size` characters, read the same way as a
 * stream. A slice never ends between the two halves of a character beyond the BMP (an
 * emoji): the CSV reader turns each slice into UTF-8 on its own, and a half became U+FFFD.
 */
export function* textChunks(text: string, size = CHUNK): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/** Every item of every batch, in order. */
export async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
}

/**
 * The lines of streamed text (split at \r\n, \n or \r, as `split` would split the whole
 * text), a batch per chunk; a byte order mark at the very start is dropped. A \r at the
 * end of a chunk waits for the next one, which may start with the \n of the same break.
 */
export async function* lineBatches(chunks: TextChunks): AsyncGenerator<string[]> {
  let pending = '';
  let started = false;
  for await (const chunk of chunks) {
    let text = pending + chunk;
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const cut = text.endsWith('\r') ? text.length - 1 : text.length;
    const lines = text.slice(0, cut).split(/\r\n|\n|\r/);
    pending = (lines.pop() ?? '') + text.slice(cut);
    if (lines.length > 0) yield lines;
  }
  yield pending.split(/\r\n|\n|\r/);
}
