import { isIP } from 'node:net';

/**
 * Which reverse proxies to believe about the client's address (X-Forwarded-For) and
 * scheme: a number of hops in front of kith (`1`: the one proxy next to it), or a list of
 * proxy addresses or CIDR ranges. Trusting every hop (Fastify's `true`) lets a client
 * name its own address by sending the header itself, and so escape per-address limits.
 */
export type TrustProxy = false | number | string;

/** `KITH_TRUST_PROXY`: unset or 0 trusts none; `N` trusts N hops; `10.0.0.1,10.0.0.0/8` trusts those. */
export function trustProxyFrom(value: string | undefined): TrustProxy {
  const setting = value?.trim() ?? '';
  if (setting === '' || setting === '0') return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  const entries = setting.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    const maxBits = version === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (version === 0 || !validBits || rest.length > 0) {
      throw new Error(
        `KITH_TRUST_PROXY: "${entry}" is not an address or range; give the number of proxies in front of kith (1) or their addresses (10.0.0.1,10.0.0.0/8)`,
      );
    }
  }
  return entries.join(',');
}
