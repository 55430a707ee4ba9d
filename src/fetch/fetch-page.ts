import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { KithError } from '../core/errors.js';
import type { FetchedPage, FetchPage } from '../core/items/schema.js';

export type FetchOptions = {
  /** Whole-fetch budget, redirects included. */
  timeoutMs?: number;
  /** Largest body read; a bigger page is refused, not truncated. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (a laptop install may want its intranet). */
  allowPrivateAddresses?: boolean;
};

export const defaultFetchOptions = {
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateAddresses: false,
} satisfies Required<FetchOptions>;

/** `KITH_FETCH_ALLOW_PRIVATE=1` lets a deployment fetch from its own network. */
export function fetchOptionsFromEnvironment(env: NodeJS.ProcessEnv = process.env): FetchOptions {
  return { allowPrivateAddresses: env.KITH_FETCH_ALLOW_PRIVATE === '1' };
}

/** Addresses a server must not be made to reach for a user: its own machine and network. */
const privateRanges = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6');
}

/**
 * IPv4 inside IPv6 (mapped, compatible, NAT64): "[::ffff:7f00:1]" is 127.0.0.1 in
 * disguise. Kept apart because BlockList also matches plain IPv4 against these ranges.
 */
const embeddedIpv4 = new BlockList();
embeddedIpv4.addSubnet('::ffff:0:0', 96, 'ipv6');
embeddedIpv4.addSubnet('::', 96, 'ipv6');
embeddedIpv4.addSubnet('64:ff9b::', 96, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return privateRanges.check(address, 'ipv4');
  // A fetch has no reason to name an IPv4 address in IPv6 form: refuse them all.
  return embeddedIpv4.check(address, 'ipv6') || privateRanges.check(address, 'ipv6');
}

function refused(url: string, why: string): KithError {
  return new KithError('FETCH_REFUSED', `Refused to fetch ${url}: ${why}`, { url });
}

function failed(url: string, why: string): KithError {
  return new KithError('FETCH_FAILED', `Could not fetch ${url}: ${why}`, { url });
}

/** A network error as what a person can check, not the system call's code ("getaddrinfo ENOTFOUND …"). */
function networkWhy(host: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `${host} was not found (check the address, and that this computer is online)`;
  }
  if (code === 'ECONNREFUSED') return `${host} refused the connection`;
  if (code === 'ECONNRESET') return `${host} dropped the connection`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks every address the name resolves to at connect time, so a name that resolves
 * to a private address (or is re-pointed between check and connect) is refused.
 */
export function guardedLookup(url: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const blocked = list.find((entry) => isPrivateAddress(entry.address));
      if (blocked) return callback(refused(url, `${hostname} resolves to a private address`), '', 0);
      if (options.all) return callback(null, list as never);
      const first = list[0];
      if (!first) return callback(failed(url, `${hostname} has no address`), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}

/** Pages still come in Latin-1 and other charsets; a charset the runtime does not know falls back to UTF-8. */
function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

type Hop = { status: number; location: string | null; contentType: string; body: string };

function requestOnce(url: URL, options: Required<FetchOptions>, signal: AbortSignal): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(
      url,
      {
        signal,
        headers: { 'user-agent': 'kith/0.1 (+item fetch)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' },
        ...(options.allowPrivateAddresses ? {} : { lookup: guardedLookup(url.href) }),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location ?? null;
        const contentType = String(response.headers['content-type'] ?? '');
        if (status >= 300 && status < 400) {
          response.resume();
          resolve({ status, location, contentType, body: '' });
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          response.destroy();
          reject(failed(url.href, `the page is larger than ${options.maxBytes} bytes`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(failed(url.href, `the page is larger than ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status, location, contentType, body: decode(Buffer.concat(chunks), contentType) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

/**
 * Fetches a page for an item: http(s) only, no private or loopback addresses unless
 * allowed, at most maxRedirects redirects, a time budget and a size limit. Anything
 * else is a FETCH_REFUSED or FETCH_FAILED error naming the URL.
 */
export function createPageFetcher(overrides: FetchOptions = {}): FetchPage {
  const options: Required<FetchOptions> = { ...defaultFetchOptions, ...overrides };
  return async (start: string): Promise<FetchedPage> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let current = start;
    try {
      for (let redirects = 0; ; redirects++) {
        let url: URL;
        try {
          url = new URL(current);
        } catch {
          throw refused(current, 'it is not a valid URL');
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw refused(current, 'only http and https URLs can be fetched');
        }
        const host = url.hostname.replace(/^\[|\]$/g, '');
        if (!options.allowPrivateAddresses && isPrivateAddress(host)) {
          throw refused(current, `${host} is a private or loopback address`);
        }
        let hop: Hop;
        try {
          hop = await requestOnce(url, options, controller.signal);
        } catch (error) {
          if (error instanceof KithError) throw error;
          if (controller.signal.aborted) throw failed(start, `no answer within ${options.timeoutMs} ms`);
          throw failed(current, networkWhy(host, error));
        }
        if (hop.status >= 300 && hop.status < 400 && hop.location) {
          if (redirects >= options.maxRedirects) throw failed(start, `more than ${options.maxRedirects} redirects`);
          current = new URL(hop.location, url).href;
          continue;
        }
        if (hop.status < 200 || hop.status >= 300) throw failed(current, `the server answered ${hop.status}`);
        const type = hop.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
        if (type && type !== 'text/html' && type !== 'application/xhtml+xml' && type !== 'text/plain') {
          throw failed(current, `it is ${type}, not a web page`);
        }
        return { url: current, contentType: type || 'text/html', body: hop.body };
      }
    } finally {
      clearTimeout(timer);
    }
  };
}
