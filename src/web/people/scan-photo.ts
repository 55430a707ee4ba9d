import type { ScanResult } from './scan-content.js';
import { type Pixels, scanPixels } from './scan-pixels.js';

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
