import type { DigestSenders } from '../core/digest/schema.js';
import { createWebhookPoster } from '../fetch/post-webhook.js';
import { createSmtpMailer, mailConfigFromEnvironment } from './smtp-mailer.js';

/** How digests leave this process, from the environment: SMTP when KITH_SMTP_URL is set, and webhooks. */
export function digestSendersFromEnvironment(env: NodeJS.ProcessEnv = process.env): DigestSenders {
  const mail = mailConfigFromEnvironment(env);
  return {
    sendMail: mail ? createSmtpMailer(mail) : null,
    postWebhook: createWebhookPoster({ allowPrivateAddresses: env.KITH_FETCH_ALLOW_PRIVATE === '1' }),
  };
}
