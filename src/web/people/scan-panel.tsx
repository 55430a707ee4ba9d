import './scan-panel.css';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScanResult } from './scan-content.js';
import type { ScannedPerson } from './scan-note.js';
import { pixelsOf, scanPhoto } from './scan-photo.js';
import { scanPixels } from './scan-pixels.js';

/** Camera frames are read this often: often enough to feel instant, rarely enough to leave a phone cool. */
const FRAME_EVERY_MS = 200;

type Status =
  | { kind: 'idle' }
  | { kind: 'camera' }
  | { kind: 'reading' }
  | { kind: 'no-code' }
  | { kind: 'error'; message: string }
  | { kind: 'text'; text: string };

function cameraError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError')
    return 'The camera was not allowed. Allow it in the browser, or take a photo instead.';
  if (name === 'NotFoundError') return 'No camera was found. Take a photo of the code instead.';
  if (!navigator.mediaDevices?.getUserMedia) {
    return 'This browser gives no live camera here (it needs https). Take a photo of the code instead.';
  }
  return 'The camera could not start. Take a photo of the code instead.';
}

/**
 * Scan a QR code with the live camera or from a photo: a vCard or MeCard fills the
 * person's fields, a profile link becomes their link. Both read pixels through the same
 * `scanPixels`. A code holding anything else is shown as text and nothing is saved.
 */
export function ScanPanel({ onScanned, onClose }: { onScanned: (person: ScannedPerson) => void; onClose: () => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  const stopCamera = useCallback(() => {
    window.clearTimeout(timer.current);
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);
  useEffect(() => {
    heading.current?.focus();
    return stopCamera;
  }, [stopCamera]);

  const found = (result: ScanResult | null): boolean => {
    if (!result) return false;
    stopCamera();
    if (result.kind === 'text') setStatus({ kind: 'text', text: result.text });
    else onScanned(result);
    return true;
  };

  const startCamera = async () => {
    setStatus({ kind: 'camera' });
    try {
      const media = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } },
        audio: false,
      });
      stream.current = media;
      const element = video.current;
      if (!element) return stopCamera();
      element.srcObject = media;
      await element.play();
      const canvas = document.createElement('canvas');
      const look = () => {
        if (!stream.current) return;
        const pixels =
          element.videoWidth > 0 ? pixelsOf(element, element.videoWidth, element.videoHeight, 720, canvas) : null;
        if (!(pixels && found(scanPixels(pixels)))) timer.current = window.setTimeout(look, FRAME_EVERY_MS);
      };
      look();
    } catch (error) {
      stopCamera();
      setStatus({ kind: 'error', message: cameraError(error) });
    }
  };

  const readPhoto = async (file: File) => {
    stopCamera();
    setStatus({ kind: 'reading' });
    try {
      if (!found(await scanPhoto(file))) setStatus({ kind: 'no-code' });
    } catch {
      setStatus({ kind: 'error', message: 'That file could not be read as a picture.' });
    }
  };

  const cameraOn = status.kind === 'camera';
  const close = () => {
    stopCamera();
    onClose();
  };
  return (
    // Escape leaves the scanner, as it leaves every panel opened for the moment, and stops the camera.
    <section
      className="panel scan-panel"
      aria-labelledby="scan-title"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <div className="scan-head">
        <h2 id="scan-title" ref={heading} tabIndex={-1}>
          Scan a QR code
        </h2>
        <button type="button" className="button small" onClick={close}>
          Close
        </button>
      </div>
      <p className="muted small">A badge, a card's code or a LinkedIn QR: their details fill the form.</p>
      <div className={cameraOn ? 'scan-view on' : 'scan-view'}>
        <video ref={video} playsInline muted aria-label="Camera view" />
        {cameraOn ? <span className="scan-frame" aria-hidden="true" /> : null}
      </div>
      <div aria-live="polite">
        {cameraOn ? <p className="small">Point the camera at the code…</p> : null}
        {status.kind === 'reading' ? <p className="small">Reading the photo…</p> : null}
        {status.kind === 'no-code' ? (
          <p className="small">No QR code found in that photo. Try again closer, with the whole code in view.</p>
        ) : null}
        {status.kind === 'error' ? (
          <p className="small" role="alert">
            {status.message}
          </p>
        ) : null}
        {status.kind === 'text' ? (
          <div className="scan-text">
            <p className="small">This code holds text, not a contact. Nothing was saved.</p>
            <pre>{status.text}</pre>
          </div>
        ) : null}
      </div>
      <div className="actions scan-actions">
        {cameraOn ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              stopCamera();
              setStatus({ kind: 'idle' });
            }}
          >
            Stop camera
          </button>
        ) : (
          <button type="button" className="button primary" onClick={startCamera}>
            Use camera
          </button>
        )}
        <label className="button scan-photo">
          <input
            type="file"
            accept="image/*"
            capture="environment"
            aria-label="Scan from a photo"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readPhoto(file);
            }}
          />
          <span>From a photo</span>
        </label>
      </div>
    </section>
  );
}
