import './digest-settings.css';
import { type FormEvent, useState } from 'react';
import {
  type DigestSettingsView,
  useDigestSettings,
  useSendDigest,
  useUpdateDigestSettings,
} from '../api/comes-to-you.js';
import { timestampWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';

const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:00`);

type Delivery = DigestSettingsView['lastEmail'];

function deliveryWords(delivery: Delivery): string {
  if (!delivery) return 'never';
  if (delivery.status === 'sent') return delivery.sentAt ? `sent ${timestampWords(delivery.sentAt)}` : 'sent';
  const tries = `${delivery.attempts} ${delivery.attempts === 1 ? 'try' : 'tries'}`;
  const label = delivery.status === 'gave-up' ? 'gave up' : delivery.status === 'sending' ? 'sending' : 'failed';
  return `${label} on ${delivery.day} (${tries})${delivery.lastError ? `: ${delivery.lastError}` : ''}`;
}

/** The daily digest: email on/off and where it goes, the hour and days, a webhook; how the last ones went; send now. */
export function DigestSettings() {
  const settings = useDigestSettings();
  return (
    <section className="panel" aria-labelledby="digest-title">
      <h2 id="digest-title">Daily digest</h2>
      <p className="muted">
        Your daily list with its reasons, reminders due, birthdays and events in the next week, and follow-ups waiting,
        each with a link back here.
      </p>
      <ErrorMessage error={settings.error} />
      {settings.data ? <DigestForm view={settings.data} /> : null}
    </section>
  );
}

function DigestForm({ view }: { view: DigestSettingsView }) {
  const update = useUpdateDigestSettings();
  const send = useSendDigest();
  const [saved, setSaved] = useState(false);
  // As saved: email needs this server's mail, the box ticked and an address; a webhook needs its URL.
  const canSend = (view.mailConfigured && view.email && view.address !== null) || Boolean(view.webhookUrl);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const address = String(form.get('address') ?? '').trim();
    setSaved(false);
    update.mutate(
      {
        email: form.get('email') === 'on',
        // Sent only when changed: an account's own address shown here stays "the account's".
        ...(address === (view.address ?? '') ? {} : { address: address || null }),
        hour: Number(form.get('hour')),
        weekdays: form.getAll('weekday').map(Number),
        webhookUrl: String(form.get('webhookUrl') ?? '').trim() || null,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label className="checkbox">
        <input type="checkbox" name="email" defaultChecked={view.email} />
        <span>Email it</span>
      </label>
      <label>
        <span>To (email address)</span>
        <input
          name="address"
          type="email"
          inputMode="email"
          autoComplete="email"
          defaultValue={view.address ?? ''}
          placeholder="you@example.com"
          aria-describedby={view.address === null ? 'digest-no-address' : undefined}
        />
      </label>
      {view.address === null ? (
        <p className="small muted" id="digest-no-address">
          No address yet: this computer's account (owner@localhost) is not a mailbox. Type yours to get the email.
        </p>
      ) : null}
      {view.mailConfigured ? null : (
        <p className="small muted">This server has no mail set up yet (KITH_SMTP_URL), so only the webhook can send.</p>
      )}
      <label>
        <span>At ({view.timeZone})</span>
        <select name="hour" defaultValue={view.hour}>
          {hours.map((label) => (
            <option key={label} value={Number(label.slice(0, 2))}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="weekdays">
        <legend>On</legend>
        {days.map((name, index) => (
          <label key={name} className="checkbox">
            <input
              type="checkbox"
              name="weekday"
              value={index + 1}
              defaultChecked={view.weekdays.includes(index + 1)}
            />
            <span>{name}</span>
          </label>
        ))}
      </fieldset>
      <label>
        <span>Webhook (optional): a signed JSON POST, for chat tools and push services</span>
        <input
          name="webhookUrl"
          type="url"
          inputMode="url"
          defaultValue={view.webhookUrl ?? ''}
          placeholder="https://ntfy.sh/your-topic"
        />
      </label>
      {view.webhookSecret ? (
        <p className="small">
          Signing secret (HMAC-SHA256 in <code>X-Kith-Signature</code>): <code>{view.webhookSecret}</code>
        </p>
      ) : null}
      <dl className="figures small">
        <dt>Last email</dt>
        <dd>{deliveryWords(view.lastEmail)}</dd>
        {view.webhookUrl || view.lastWebhook ? (
          <>
            <dt>Last webhook</dt>
            <dd>{deliveryWords(view.lastWebhook)}</dd>
          </>
        ) : null}
      </dl>
      <ErrorMessage error={update.error ?? send.error} />
      {saved && !update.isPending ? (
        <p role="status" className="success">
          Saved.
        </p>
      ) : null}
      {send.data ? (
        <p role="status" className="small">
          {send.data.results.length === 0
            ? 'Nowhere to send it: no mail on this server and no webhook.'
            : send.data.results.map((result) => `${result.channel}: ${result.ok ? 'sent' : result.error}`).join('; ')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save digest settings
        </button>
        <button
          type="button"
          className="button"
          disabled={send.isPending || !canSend}
          aria-describedby={canSend ? undefined : 'digest-nowhere'}
          onClick={() => send.mutate()}
        >
          Send now
        </button>
      </div>
      {canSend ? null : (
        <p className="small muted" id="digest-nowhere">
          Nowhere to send it yet:{' '}
          {!view.mailConfigured
            ? 'add a webhook'
            : view.address === null
              ? 'add your email address above'
              : 'turn on email above'}
          , and save.
        </p>
      )}
    </form>
  );
}
