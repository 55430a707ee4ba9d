import { type Command, InvalidArgumentError } from 'commander';
import { buildDigest } from '../../core/digest/build-digest.js';
import { getDigestSettings } from '../../core/digest/get-digest-settings.js';
import { renderDigest } from '../../core/digest/render-digest.js';
import { parseWeekdays, weekdaysWords } from '../../core/digest/rules.js';
import type { Delivery, DigestSettingsView, UpdateDigestSettingsInput } from '../../core/digest/schema.js';
import { sendDigestNow } from '../../core/digest/send-digest.js';
import { updateDigestSettings } from '../../core/digest/update-digest-settings.js';
import { KithError } from '../../core/errors.js';
import { counted } from '../../core/shared/text.js';
import { digestSendersFromEnvironment } from '../../mail/digest-senders.js';
import { cliIo } from '../io.js';
import { printFields, printJson } from '../output.js';
import { withContext } from '../run.js';
import { cliBaseUrl } from './calendar.js';
import { describeCommand } from './index.js';

function onOff(value: string): boolean {
  if (value === 'on' || value === 'off') return value === 'on';
  throw new InvalidArgumentError('must be on or off');
}

function hour(value: string): number {
  if (!/^\d{1,2}$/.test(value) || Number(value) > 23) throw new InvalidArgumentError('must be an hour from 0 to 23');
  return Number(value);
}

function weekdays(value: string): number[] {
  const days = parseWeekdays(value);
  if (!days) throw new InvalidArgumentError('must be days such as 1-5, mon-fri or mon,wed,fri');
  return days;
}

const deliveryWords = (delivery: Delivery | null) =>
  delivery === null
    ? 'never'
    : delivery.status === 'sent'
      ? `sent ${delivery.sentAt}`
      : `${delivery.status} on ${delivery.day} (${counted(delivery.attempts, 'attempt', 'attempts')})${delivery.lastError ? `: ${delivery.lastError}` : ''}`;

/** Where the email goes, or how to say where: a laptop install's owner@localhost is no one's mailbox. */
const emailWords = (view: DigestSettingsView) =>
  view.address === null
    ? `${view.email ? 'on, but' : 'off, and'} no address to send it to yet: set one with kith digest settings --to you@example.com`
    : view.email
      ? `on, to ${view.address}`
      : 'off';

function printSettings(view: DigestSettingsView): void {
  printFields([
    ['Email', emailWords(view)],
    ['Mail server', view.mailConfigured ? 'configured' : 'not configured (set KITH_SMTP_URL and KITH_MAIL_FROM)'],
    ['When', `${String(view.hour).padStart(2, '0')}:00 ${view.timeZone}, ${weekdaysWords(view.weekdays)}`],
    ['Webhook', view.webhookUrl ?? 'none'],
    ['Webhook secret', view.webhookSecret],
    ['Last email', deliveryWords(view.lastEmail)],
    ['Last webhook', view.webhookUrl || view.lastWebhook ? deliveryWords(view.lastWebhook) : null],
  ]);
}

/** `kith digest`: print today's digest, send it now, or change when and where it goes. */
export function registerDigestCommands(program: Command): void {
  const digest = program
    .command('digest')
    .description(describeCommand('digest'))
    .option('--send', 'send it now by email (KITH_SMTP_URL) and to the webhook, if set')
    .option('--as-of <date>', 'the digest of this date (YYYY-MM-DD) instead of today')
    .option('--json', 'print JSON')
    .action(
      withContext(async ({ deps }, flags: { send?: boolean; asOf?: string; json?: boolean }) => {
        if (flags.send) {
          const result = await sendDigestNow(
            { ...deps, senders: digestSendersFromEnvironment(cliIo().env), baseUrl: cliBaseUrl() },
            { asOf: flags.asOf },
          );
          if (flags.json) return printJson(result);
          if (result.results.length === 0) {
            throw new KithError(
              'BAD_REQUEST',
              'Nowhere to send it: set KITH_SMTP_URL for email, or a webhook (kith digest settings --webhook URL)',
            );
          }
          for (const sent of result.results) if (sent.ok) cliIo().stdout.write(`${sent.channel}: sent\n`);
          const failed = result.results.filter((sent) => !sent.ok);
          if (failed.length > 0) {
            throw new KithError(
              'DELIVERY_FAILED',
              failed.map((sent) => `${sent.channel} not sent: ${sent.error}`).join('; '),
            );
          }
          return;
        }
        const built = await buildDigest(deps, { asOf: flags.asOf });
        if (flags.json) return printJson(built);
        cliIo().stdout.write(renderDigest(built, { baseUrl: cliBaseUrl(), unsubscribeUrl: null }).text);
      }),
    );

  digest
    .command('settings')
    .description('show or change when and where the digest goes')
    .option('--email <on|off>', 'email the digest (to your account address, or the one --to sets)', onOff)
    .option('--to <email>', 'the address the digest email goes to ("none": your account\'s address again)')
    .option('--hour <hour>', 'the hour (0-23, your time zone) it is sent', hour)
    .option('--weekdays <days>', 'which days: 1-5, mon-fri, mon,wed,fri (1 is Monday)', weekdays)
    .option('--webhook <url>', 'also POST it as signed JSON to this URL ("none" removes it)')
    .option('--json', 'print JSON')
    .action(
      withContext(
        async (
          { deps },
          flags: { email?: boolean; to?: string; hour?: number; weekdays?: number[]; webhook?: string },
          command: Command,
        ) => {
          // `digest` has --json too, and commander gives it to the parent: read it from either.
          const json = command.optsWithGlobals<{ json?: boolean }>().json;
          const mailConfigured = digestSendersFromEnvironment(cliIo().env).sendMail !== null;
          const changes: UpdateDigestSettingsInput = {
            ...(flags.email === undefined ? {} : { email: flags.email }),
            ...(flags.to === undefined ? {} : { address: flags.to === 'none' ? null : flags.to }),
            ...(flags.hour === undefined ? {} : { hour: flags.hour }),
            ...(flags.weekdays === undefined ? {} : { weekdays: flags.weekdays }),
            ...(flags.webhook === undefined ? {} : { webhookUrl: flags.webhook === 'none' ? null : flags.webhook }),
          };
          const view =
            Object.keys(changes).length > 0
              ? await updateDigestSettings(deps, changes, mailConfigured)
              : await getDigestSettings(deps, mailConfigured);
          if (json) printJson(view);
          else printSettings(view);
        },
      ),
    );
}
