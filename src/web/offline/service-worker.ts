/**
 * Registers the service worker Vite's PWA plugin builds (`/sw.js`): it keeps the app's
 * files and the last answers of the API's reads, so the app opens and shows the current
 * event offline. Browsers only allow one on https or localhost; elsewhere the app works
 * as before, online only.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No offline copy this time; the app itself is unaffected.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** The cache of API answers the service worker keeps: another account must not read it after a sign-out. */
export const API_CACHE = 'kith-api';

export async function forgetApiAnswers(): Promise<void> {
  if ('caches' in window) await caches.delete(API_CACHE);
}
