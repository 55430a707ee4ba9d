/**
 * Text arriving in pieces: a file read as a stream, or a request body handed over in
 * slices. The parsers take `TextChunks` so a large file never has to be in memory whole.
 */
export type TextChunks = AsyncIterable<string> | Iterable<string>;

const CHUNK = 64 * 1024;

/** Text already in memory, in slices of `size` characters, read the same way as a stream. */
export function* textChunks(text: string, size = CHUNK): Generator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
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
