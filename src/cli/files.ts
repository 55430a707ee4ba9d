import { createReadStream, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { KithError } from '../core/errors.js';
import { cliIo } from './io.js';

function unreadable(path: string, error: unknown): KithError {
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new KithError('NOT_FOUND', `${path}: ${reason}`);
}

/** Reads a file the user named; a missing or unreadable file is one clear error. */
export function readUserFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** Reads a file the user named as bytes (a picture); a missing or unreadable file is one clear error. */
export function readUserBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** A file the user named, read as UTF-8 text in chunks; `bytesRead` says how far it has got. */
export type UserFileStream = { size: number; chunks: AsyncIterable<string>; bytesRead(): number };

/** Opens a file the user named for streaming; a missing or unreadable file fails here, before any reading. */
export function streamUserFile(path: string): UserFileStream {
  let fd: number;
  let size: number;
  try {
    fd = openSync(path, 'r');
    size = fstatSync(fd).size;
  } catch (error) {
    throw unreadable(path, error);
  }
  // Large reads: each is a trip through libuv's thread pool, which waits its turn on a busy machine.
  const stream = createReadStream(path, { fd, encoding: 'utf8', highWaterMark: 1024 * 1024 });
  const chunks = (async function* () {
    try {
      for await (const chunk of stream) yield chunk as string;
    } catch (error) {
      throw unreadable(path, error);
    } finally {
      stream.destroy();
    }
  })();
  return { size, chunks, bytesRead: () => stream.bytesRead };
}

/** Writes to --out FILE, or to stdout when no file is named. */
export function writeOutput(content: string, out: string | undefined): void {
  if (out) writeFileSync(out, content);
  else cliIo().stdout.write(content);
}
