import { createReadStream, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { KithError } from '../core/errors.js';
import { cliIo } from './io.js';

/** What Node's file errors mean. */
const fileErrors: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'that is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
};

/** A file error in words for the path it concerns ("/tmp/x.vcf: no such file or folder"), or null for another error. */
export function fileErrorText(error: unknown, path?: string): string | null {
  const system = error as NodeJS.ErrnoException | null;
  const meaning = system?.code ? fileErrors[system.code] : undefined;
  const where = path ?? system?.path;
  return meaning && where ? `${where}: ${meaning}` : null;
}

function unreadable(path: string, error: unknown): KithError {
  return new KithError('NOT_FOUND', fileErrorText(error, path) ?? `${path}: ${(error as Error).message}`);
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
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    size = stats.size;
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
  if (!out) return void cliIo().stdout.write(content);
  try {
    writeFileSync(out, content);
  } catch (error) {
    throw new KithError('VALIDATION_FAILED', fileErrorText(error, out) ?? `${out}: ${(error as Error).message}`);
  }
}
