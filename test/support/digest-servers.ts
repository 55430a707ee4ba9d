import { tempDataDir } from './cli.js';
import { type ServedKith, serveKith } from './serve.js';

/**
 * Several real `kith serve` processes on one PostgreSQL database and schema (already
 * migrated by the test), each running the digest scheduler every `intervalSeconds`
 * against one SMTP server.
 */
export async function startDigestServers(
  count: number,
  options: { url: string; schema: string; smtpUrl: string; intervalSeconds: number },
): Promise<ServedKith[]> {
  const env = {
    DATABASE_URL: options.url,
    KITH_DATABASE_SCHEMA: options.schema,
    KITH_SMTP_URL: options.smtpUrl,
    KITH_MAIL_FROM: 'kith <kith@example.test>',
    KITH_PUBLIC_URL: 'https://kith.example.test',
    KITH_DIGEST_INTERVAL_SECONDS: String(options.intervalSeconds),
  };
  return Promise.all(Array.from({ length: count }, () => serveKith(tempDataDir(), env)));
}
