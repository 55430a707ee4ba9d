import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { KithError } from '../core/errors.js';
import { guardedLookup, isPrivateAddress } from './fetch-page.js';

export type WebhookOptions = { timeoutMs?: number; allowPrivateAddresses?: boolean };

/** `X-Kith-Signature: sha256=<hex HMAC of "<timestamp>.<body>">`, with the timestamp in X-Kith-Timestamp. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * POSTs a JSON body to a user's webhook with the same address rules as the page fetcher
 * (no loopback, private or link-local address, checked again at connect time, unless
 * allowed), no redirects, and a time limit. Anything but a 2xx answer is an error.
 */
export function createWebhookPoster(options: WebhookOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return async (target: string, secret: string, body: string): Promise<void> => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new KithError('FETCH_REFUSED', `Refused to call ${target}: it is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new KithError('FETCH_REFUSED', `Refused to call ${target}: only http and https URLs`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivateAddresses && isPrivateAddress(host)) {
      throw new KithError('FETCH_REFUSED', `Refused to call ${target}: ${host} is a private or loopback address`);
    }
    const timestamp = String(Math.floor(Date.now() / 1000));
    const client = url.protocol === 'https:' ? https : http;
    await new Promise<void>((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: 'POST',
          signal: AbortSignal.timeout(timeoutMs),
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'kith/0.1 (+digest webhook)',
            'x-kith-timestamp': timestamp,
            'x-kith-signature': signWebhook(secret, timestamp, body),
          },
          ...(options.allowPrivateAddresses ? {} : { lookup: guardedLookup(url.href) }),
        },
        (response) => {
          response.resume();
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new KithError('FETCH_FAILED', `${url.host} answered ${status}`));
        },
      );
      request.on('error', (error) =>
        reject(
          error instanceof KithError
            ? error
            : new KithError(
                'FETCH_FAILED',
                `Could not call ${url.host}: ${error.name === 'TimeoutError' || error.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : error.message}`,
              ),
        ),
      );
      request.end(body);
    });
  };
}
