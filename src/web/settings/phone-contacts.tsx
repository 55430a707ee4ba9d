import { type FormEvent, useState } from 'react';
import { type CreatedToken, useMe, useRevokeToken, useTokens } from '../api/auth.js';
import { useCreateAppPassword } from '../api/dav.js';
import { ErrorMessage } from '../components/error-message.js';
import { useQrCode } from '../components/use-qr-code.js';
import './phone-contacts.css';
import { timestampDayWords, timestampWords } from '../components/dates.js';

/** The account URL a phone's CardDAV account is set up with (discovery finds the address book from it). */
function accountUrl(): string {
  return `${window.location.origin}/dav/`;
}

/**
 * Settings › Contacts on your phone: how to add kith as a CardDAV account (the account URL
 * with its QR code, the email), app passwords to create (shown once) and revoke.
 */
export function PhoneContactsSettings() {
  const me = useMe();
  const tokens = useTokens();
  const create = useCreateAppPassword();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const url = accountUrl();
  const qr = useQrCode(url);
  const passwords = tokens.data?.filter((token) => token.kind === 'dav') ?? [];
  const plainHttp =
    window.location.protocol === 'http:' && !/^(localhost|127\.|\[::1\])/.test(window.location.hostname);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name') ?? '').trim() || 'phone';
    create.mutate(name, {
      onSuccess: (token) => {
        setCreated(token);
        formElement.reset();
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="phone-contacts-title">
      <h2 id="phone-contacts-title">Contacts on your phone</h2>
      <p className="muted">
        Your phone's address book can stay in step with kith both ways (CardDAV). On an iPhone: Settings › Contacts ›
        Accounts › Add Account › Other › Add CardDAV Account. On Android, DAVx⁵ does the same.
      </p>
      <div className="phone-setup">
        {qr ? <img src={qr} alt={`QR code of ${url}`} width={132} height={132} className="qr-code" /> : null}
        <dl className="phone-setup-fields">
          <dt>Server</dt>
          <dd>
            <code>{url}</code>
          </dd>
          <dt>User name</dt>
          <dd>
            <code>{me.data?.email ?? '…'}</code>
          </dd>
          <dt>Password</dt>
          <dd>an app password from below (never your sign-in password)</dd>
        </dl>
      </div>
      {plainHttp ? (
        <p className="small" role="note">
          This server is reached over plain http: phones can sign in only over https (or put kith behind a proxy that
          serves https and set KITH_TRUST_PROXY=1).
        </p>
      ) : null}
      <form className="form inline-form" onSubmit={submit} noValidate>
        <label>
          <span>App password for</span>
          <input name="name" autoComplete="off" maxLength={100} placeholder="phone" />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Create app password
        </button>
      </form>
      <ErrorMessage error={create.error ?? revoke.error ?? tokens.error} />
      {created ? (
        <div role="status" className="secret">
          <p>
            Type this password on <strong>{created.name}</strong> now; it is not shown again (dashes and case do not
            matter):
          </p>
          <code>{created.token}</code>
        </div>
      ) : null}
      {passwords.length > 0 ? (
        <ul className="token-list" aria-label="Your app passwords">
          {passwords.map((token) => (
            <li key={token.id}>
              <span>
                <strong>{token.name}</strong>
                <span className="muted small">
                  {' '}
                  created {timestampDayWords(token.createdAt)}
                  {token.lastUsedAt ? `, last synced ${timestampWords(token.lastUsedAt)}` : ', never used'}
                </span>
              </span>
              <button
                type="button"
                className="button small danger"
                onClick={() => revoke.mutate(token.id)}
                aria-label={`Revoke ${token.name}`}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      ) : tokens.isSuccess ? (
        <p className="muted">No app passwords yet.</p>
      ) : null}
    </section>
  );
}
