import jsQR from 'jsqr';
import { readScannedText, type ScanResult } from './scan-content.js';

/** Pixels as RGBA bytes: a canvas's ImageData, or a decoded PNG in a test. */
export type Pixels = { data: Uint8ClampedArray; width: number; height: number };

/**
 * The one path from pixels to fields, whether they came from a camera frame or a photo
 * of a QR code: jsQR finds and reads the code, `readScannedText` says what it holds. Null
 * when no code is in the picture. A camera frame is read as is, several times a second;
 * a photo also as light on dark, since it is read once.
 */
export function scanPixels(pixels: Pixels, { thorough = false }: { thorough?: boolean } = {}): ScanResult | null {
  const code = jsQR(pixels.data, pixels.width, pixels.height, {
    inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert',
  });
  return code ? readScannedText(code.data) : null;
}

/** Draws a picture (a video frame, a photo) on a canvas at most `maxSide` pixels on its longest side, and reads its pixels. */
export function pixelsOf(
  source: CanvasImageSource,
  width: number,
  height: number,
  maxSide: number,
  canvas: HTMLCanvasElement = document.createElement('canvas'),
): Pixels | null {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/**
 * A photo of a QR code (a file from the picker or the phone's camera app), read at a
 * size that keeps a 12-megapixel photo quick, then at a larger one if the code was too
 * small to find. Null when no code is in it.
 */
export async function scanPhoto(file: Blob): Promise<ScanResult | null> {
  const bitmap = await createImageBitmap(file);
  try {
    for (const maxSide of [1280, 2560]) {
      const pixels = pixelsOf(bitmap, bitmap.width, bitmap.height, maxSide);
      const result = pixels && scanPixels(pixels, { thorough: true });
      if (result) return result;
      if (Math.max(bitmap.width, bitmap.height) <= maxSide) break;
    }
    return null;
  } finally {
    bitmap.close();
  }
}
