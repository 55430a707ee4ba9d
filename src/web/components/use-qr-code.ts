import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A text (an account URL, your card's vCard) as a QR code: an SVG image's data URL, null until drawn. */
export function useQrCode(text: string | null | undefined): string | null {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (!text) return setSvg(null);
    let live = true;
    QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((code) => {
      if (live) setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return svg;
}
