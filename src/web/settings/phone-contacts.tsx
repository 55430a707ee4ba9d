import { type FormEvent, useId, useState } from 'react';
import { type CreatedToken, useMe, useRevokeToken, useTokens } from '../api/auth.js';
import { useCreateAppPassword } from '../api/dav.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { useQrCode } from '../components/use-qr-code.js';
import './phone-contacts.css';
import { timestampDayWords, timestampWords } from '../components/dates.js';

/** The form's words for its field: the name says which phone or app the password is for. */
const appPasswordNames = { name: 'The phone or app it is for' };

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

  const id = useId();
  // No default name: two passwords both called "phone" could not be told apart to revoke
  // one. A blank name is refused by the server, as by `kith tokens create --dav`.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const name = String(new FormData(formElement).get('name') ?? '');
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
          <input
            name="name"
            autoComplete="off"
            maxLength={100}
            placeholder="Ada's iPhone"
            {...fieldProps(create.error, 'name', `${id}-name-error`)}
          />
          <FieldMessage error={create.error} name="name" id={`${id}-name-error`} names={appPasswordNames} />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Create app password
        </button>
      </form>
      <ErrorMessage error={create.error ?? revoke.error ?? tokens.error} names={appPasswordNames} />
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
