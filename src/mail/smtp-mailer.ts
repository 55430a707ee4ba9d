import nodemailer from 'nodemailer';
import type { DigestMessage } from '../core/digest/schema.js';

export type MailConfig = { smtpUrl: string; from: string };

/** `KITH_SMTP_URL` (smtp://user:pass@host:587, smtps://… for TLS) and `KITH_MAIL_FROM`; undefined when mail is not set up. */
export function mailConfigFromEnvironment(env: NodeJS.ProcessEnv = process.env): MailConfig | undefined {
  if (!env.KITH_SMTP_URL) return undefined;
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
