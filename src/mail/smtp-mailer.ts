import nodemailer from 'nodemailer';
import type { DigestMessage } from '../core/digest/schema.js';
import { KithError } from '../core/errors.js';

export type MailConfig = { smtpUrl: string; from: string };

/** An SMTP server's address with a host: nodemailer reads anything else as options and fails with its own internals. */
function isSmtpUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
}

/**
 * `KITH_SMTP_URL` (smtp://user:pass@host:587, smtps://… for TLS) and `KITH_MAIL_FROM`;
 * undefined when mail is not set up. A value that is not such a URL is refused here, in
 * words, so the CLI and the server say what is wrong before any mail is tried.
 */
export function mailConfigFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailConfig | undefined {
  if (!env.KITH_SMTP_URL) return undefined;
  if (!isSmtpUrl(env.KITH_SMTP_URL)) {
    throw new KithError('VALIDATION_FAILED', 'KITH_SMTP_URL is not a valid smtp:// or smtps:// URL');
  }
  return { smtpUrl: env.KITH_SMTP_URL, from: env.KITH_MAIL_FROM || 'kith <kith@localhost>' };
}

/**
 * Sends a digest over SMTP with nodemailer: plain and HTML parts, and one-click
 * unsubscribe headers (RFC 8058: List-Unsubscribe with an https link, and
 * List-Unsubscribe-Post), so a mail program can offer "unsubscribe" itself.
 */
export function createSmtpMailer(config: MailConfig): (message: DigestMessage) => Promise<void> {
  const transport = nodemailer.createTransport(config.smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return async (message) => {
    await transport.sendMail({
      from: config.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: {
        'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Auto-Submitted': 'auto-generated',
      },
    });
  };
}
