import { type FormEvent, useState } from 'react';
import { type CreatedToken, useChangePassword, useCreateToken, useRevokeToken, useTokens } from '../api/auth.js';
import { ErrorMessage } from '../components/error-message.js';

/** Settings available today: the password and API tokens. */
export function SettingsPage() {
  return (
    <section className="page narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <PasswordSettings />
      <TokenSettings />
    </section>
  );
}

function PasswordSettings() {
  const change = useChangePassword();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('currentPassword') ?? '');
    change.mutate(
      { currentPassword: currentPassword || undefined, newPassword: String(form.get('newPassword') ?? '') },
      { onSuccess: () => formElement.reset() },
    );
  };
  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <form className="form" onSubmit={submit} noValidate>
        <label>
          <span>Current password (leave empty if you have none yet)</span>
          <input name="currentPassword" type="password" autoComplete="current-password" />
        </label>
        <label>
          <span>New password</span>
          <input name="newPassword" type="password" autoComplete="new-password" minLength={8} required />
        </label>
        <ErrorMessage error={change.error} />
        {change.isSuccess ? (
          <p role="status" className="success">
            Password changed. Other sessions were signed out.
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={change.isPending}>
            Change password
          </button>
        </div>
      </form>
    </section>
  );
}

function TokenSettings() {
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [created, setCreated] = useState<CreatedToken | null>(null);

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
    <section className="panel" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">
        For scripts: send a token as <code>Authorization: Bearer …</code>.
      </p>
      <form className="form inline-form" onSubmit={submit} noValidate>
        <label>
          <span>Token name</span>
          <input name="name" autoComplete="off" maxLength={100} placeholder="backup script" />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          Create token
        </button>
      </form>
      <ErrorMessage error={create.error ?? revoke.error ?? tokens.error} />
      {created ? (
        <div role="status" className="secret">
          <p>
            Copy the secret of <strong>{created.name}</strong> now; it is not shown again:
          </p>
          <code>{created.token}</code>
        </div>
      ) : null}
      {tokens.data && tokens.data.length > 0 ? (
        <ul className="token-list" aria-label="Your API tokens">
          {tokens.data.map((token) => (
            <li key={token.id}>
              <span>
                <strong>{token.name}</strong>
                <span className="muted small">
                  {' '}
                  created {token.createdAt.slice(0, 10)}
                  {token.lastUsedAt ? `, last used ${token.lastUsedAt.slice(0, 10)}` : ', never used'}
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
        <p className="muted">No tokens yet.</p>
      ) : null}
    </section>
  );
}
