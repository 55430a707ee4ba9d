import * as jsqr from 'jsqr';
import { readScannedText, type ScanResult } from './scan-content.js';

/** Pixels as RGBA bytes: a canvas's ImageData, or a decoded PNG in a test. */
export type Pixels = { data: Uint8ClampedArray; width: number; height: number };

type Decode = (
  data: Uint8ClampedArray,
  width: number,
  height: number,
  options?: { inversionAttempts?: 'dontInvert' | 'onlyInvert' | 'attemptBoth' | 'invertFirst' },
) => { data: string } | null;

// jsqr is CommonJS (its exports are the function, also as `default`): the bundler's namespace and Node's differ.
const namespace = jsqr as unknown as Decode | { default: Decode };
const jsQR: Decode = typeof namespace === 'function' ? namespace : namespace.default;

/**
 * The one path from pixels to fields, whether they came from a camera frame or a photo
 * of a QR code: jsQR finds and reads the code, `readScannedText` says what it holds. Null
 * when no code is in the picture. A camera frame is read as is, several times a second;
 * a photo (`thorough`) also as light on dark, since it is read once.
 */
export function scanPixels(pixels: Pixels, { thorough = false }: { thorough?: boolean } = {}): ScanResult | null {
  const code = jsQR(pixels.data, pixels.width, pixels.height, {
    inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert',
  });
  return code ? readScannedText(code.data) : null;
}
