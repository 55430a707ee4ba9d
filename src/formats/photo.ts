import { hash } from 'node:crypto';

/** A picture kith will not store: too large, or not a picture (core reports it under this code). */
export class PhotoError extends Error {
  readonly code: 'PAYLOAD_TOO_LARGE' | 'PHOTO_UNREADABLE';
  readonly details: Record<string, number> | undefined;

  constructor(code: PhotoError['code'], message: string, details?: Record<string, number>) {
    super(message);
    this.name = 'PhotoError';
    this.code = code;
    this.details = details;
  }
}

/** A person's photo as stored: a picture (base64) or a link kept as given. */
export type PhotoRecord =
  | {
      personId: string;
      kind: 'image';
      contentType: 'image/jpeg' | 'image/webp';
      /** The picture, base64. */
      data: string;
      width: number;
      height: number;
      /** The picture's version (its ETag). */
      hash: string;
      updatedAt: string;
    }
  | { personId: string; kind: 'link'; url: string; hash: string; updatedAt: string };

/** The longest side of a stored photo, in pixels. */
export const PHOTO_SIDE = 512;
/** The largest picture kith takes in (before resizing): a phone camera's photo fits. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** Pictures beyond this many pixels are refused before decoding (a decompression bomb). */
const MAX_INPUT_PIXELS = 50_000_000;

/** A picture as kith stores it: JPEG or WebP, at most `PHOTO_SIDE` px, and its version. */
export type StoredPicture = {
  contentType: 'image/jpeg' | 'image/webp';
  data: Buffer;
  width: number;
  height: number;
  hash: string;
};

/** A picture's version, for ETags: the same bytes, the same hash. */
export function pictureHash(data: Uint8Array | string): string {
  return hash('sha256', data, 'base64url').slice(0, 22);
}

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

/**
 * A picture made ready to store: a JPEG or WebP already within 512 px and without EXIF
 * metadata is kept as it is (so a phone sending back the photo kith served changes
 * nothing); anything else is turned upright by its EXIF orientation, scaled down to fit
 * 512 px and written as JPEG, without metadata (no camera or GPS details). Too large:
 * PAYLOAD_TOO_LARGE; not a picture sharp can decode: PHOTO_UNREADABLE.
 */
export async function preparePicture(input: Uint8Array): Promise<StoredPicture> {
  if (input.byteLength > MAX_PHOTO_BYTES) {
    throw new PhotoError(
      'PAYLOAD_TOO_LARGE',
      `The photo is ${kib(input.byteLength)}; a photo may be at most ${kib(MAX_PHOTO_BYTES)}`,
      { bytes: input.byteLength, limit: MAX_PHOTO_BYTES },
    );
  }
  if (input.byteLength === 0) throw new PhotoError('PHOTO_UNREADABLE', 'The photo is empty');
  // Loaded when first needed: most commands never touch a photo, and libvips takes a moment to load.
  const { default: sharp } = await import('sharp');
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' as const };
  let metadata: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    metadata = await sharp(input, options).metadata();
  } catch (error) {
    throw unreadable(error);
  }
  const { format, width = 0, height = 0 } = metadata;
  const upright = !metadata.orientation || metadata.orientation === 1;
  if (
    (format === 'jpeg' || format === 'webp') &&
    width <= PHOTO_SIDE &&
    height <= PHOTO_SIDE &&
    upright &&
    !metadata.exif
  ) {
    const data = Buffer.from(input);
    // A truncated file can pass the header check: decode it once to be sure.
    try {
      await sharp(input, options).raw().toBuffer();
    } catch (error) {
      throw unreadable(error);
    }
    return {
      contentType: format === 'jpeg' ? 'image/jpeg' : 'image/webp',
      data,
      width,
      height,
      hash: pictureHash(data),
    };
  }
  try {
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize(PHOTO_SIDE, PHOTO_SIDE, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { contentType: 'image/jpeg', data, width: info.width, height: info.height, hash: pictureHash(data) };
  } catch (error) {
    throw unreadable(error);
  }
}

function unreadable(error: unknown): PhotoError {
  const reason = error instanceof Error ? error.message : String(error);
  const pixels = /pixel limit/i.test(reason);
  return new PhotoError(
    pixels ? 'PAYLOAD_TOO_LARGE' : 'PHOTO_UNREADABLE',
    pixels
      ? `The photo has more than ${MAX_INPUT_PIXELS / 1_000_000} million pixels`
      : `The photo cannot be read as a picture (JPEG, PNG, WebP, GIF, AVIF or TIFF): ${reason.slice(0, 120)}`,
  );
}

/** A photo as a vCard carries it, before decoding: inline base64 bytes, or a link. */
export type PhotoSource = { kind: 'inline'; data: string } | { kind: 'link'; url: string };

/**
 * Base64 text (any whitespace removed), or null when it is not base64. The check looks for
 * one character that is not base64 rather than matching the whole text: V8 runs a pattern
 * such as `^[…]+={0,2}$` without backtracking only when it optimizes it, and otherwise
 * keeps a backtrack entry per character, so a phone's photo of several megabytes overflowed
 * with "Maximum call stack size exceeded" (as with `node --no-regexp-optimization`).
 */
export function cleanBase64(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  const body = compact.slice(0, compact.length - padding);
  return body.length > 0 && !/[^A-Za-z0-9+/_-]/.test(body) ? compact : null;
}
