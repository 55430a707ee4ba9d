import './settings-page.css';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import {
  type CreatedToken,
  useChangePassword,
  useCreateToken,
  useMe,
  useRevokeToken,
  useSignOut,
  useTokens,
} from '../api/auth.js';
import { type Settings, useSettings, useUpdateSettings } from '../api/keep-in-touch.js';
import { tiers } from '../api/people.js';
import { timestampDayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { CalendarFeedSettings } from './calendar-feed-settings.js';
import { DailyListSettings } from './daily-list-settings.js';
import { DigestSettings } from './digest-settings.js';
import { MyCardSettings } from './my-card-settings.js';
import { PhoneContactsSettings } from './phone-contacts.js';
import { ServerSettings } from './server-settings.js';

/** The page's sections in order, by their headings' ids: a long page on a phone is one tap from each. */
const sections = [
  { id: 'keep-title', label: 'Keeping in touch' },
  { id: 'my-card-title', label: 'My card' },
  { id: 'digest-title', label: 'Daily digest' },
  { id: 'calendar-title', label: 'Calendar feed' },
  { id: 'daily-list-title', label: 'The daily list' },
  { id: 'password-title', label: 'Password' },
  { id: 'tokens-title', label: 'API tokens' },
  { id: 'phone-contacts-title', label: 'Contacts on your phone' },
  { id: 'server-title', label: 'Server' },
] as const;

export function SettingsPage() {
  const settings = useSettings();
  const me = useMe();
  return (
    <section className="page narrow settings-page" aria-labelledby="settings-title">
      <div className="page-header">
        <h1 id="settings-title">Settings</h1>
        <span className="actions">
          <Link href="/import" className="button">
            Import / export
          </Link>
          <Link href="/health" className="button">
            Network health
          </Link>
        </span>
      </div>
      <nav className="settings-contents" aria-label="Settings sections">
        {sections
          .filter((section) => section.id !== 'server-title' || me.data?.isAdmin)
          .map((section) => (
            <a key={section.id} href={`#${section.id}`} className="chip">
              {section.label}
            </a>
          ))}
      </nav>
      <ErrorMessage error={settings.error} />
      {settings.data ? <KeepInTouchSettings settings={settings.data} /> : null}
      <MyCardSettings />
      <DigestSettings />
      <CalendarFeedSettings />
      <DailyListSettings />
      <PasswordSettings />
      <TokenSettings />
      <PhoneContactsSettings />
      {me.data?.isAdmin ? <ServerSettings /> : null}
    </section>
  );
}

function PasswordSettings() {
  const change = useChangePassword();
  const me = useMe();
  const signOut = useSignOut();
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
      {/* On a phone the top bar has no Sign out (one stray tap signed out): it is here. */}
      <p className="account-sign-out">
        <span className="muted small">Signed in as {me.data?.email}</span>
        <button type="button" className="button" onClick={() => signOut.mutate()}>
          Sign out
        </button>
      </p>
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
      {tokens.data?.some((token) => token.kind === 'api') ? (
        <ul className="token-list" aria-label="Your API tokens">
          {tokens.data
            .filter((token) => token.kind === 'api')
            .map((token) => (
              <li key={token.id}>
                <span>
                  <strong>{token.name}</strong>
                  <span className="muted small">
                    {' '}
                    created {timestampDayWords(token.createdAt)}
                    {token.lastUsedAt ? `, last used ${timestampDayWords(token.lastUsedAt)}` : ', never used'}
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

function zoneList(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** How often to keep in touch per tier (empty: never), the daily list size, the time zone and the phone region. */
function KeepInTouchSettings({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const cadence = (tier: string) => {
      const value = String(form.get(`cadence-${tier}`) ?? '').trim();
      return value ? Number(value) : null;
    };
    setSaved(false);
    update.mutate(
      {
        cadences: {
          inner: cadence('inner'),
          close: cadence('close'),
          regular: cadence('regular'),
          acquaintance: cadence('acquaintance'),
        },
        dailyListSize: Number(form.get('dailyListSize')),
        timeZone: String(form.get('timeZone') ?? '') || null,
        phoneRegion: String(form.get('phoneRegion') ?? '').trim() || undefined,
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <section className="panel" aria-labelledby="keep-title">
      <h2 id="keep-title">Keeping in touch</h2>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="cadences">
          <legend>Reach out every … days (empty: never)</legend>
          {tiers.map((tier) => (
            <label key={tier}>
              <span>{tier}</span>
              <input
                name={`cadence-${tier}`}
                type="number"
                min={1}
                max={3650}
                inputMode="numeric"
                defaultValue={settings.cadences[tier] ?? ''}
              />
            </label>
          ))}
        </fieldset>
        <label>
          <span>People on the daily list</span>
          <input name="dailyListSize" type="number" min={1} max={100} defaultValue={settings.dailyListSize} />
        </label>
        <label>
          <span>Time zone</span>
          <select name="timeZone" defaultValue={settings.timeZone ?? ''}>
            <option value="">Server's time zone</option>
            {zoneList().map((zone) => (
              <option key={zone} value={zone}>
                {zone}
                {zone === browserZone ? ' (this device)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Phone numbers written without + are from (country code, such as US or GB)</span>
          <input
            name="phoneRegion"
            maxLength={2}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={settings.phoneRegion}
          />
        </label>
        <ErrorMessage error={update.error} />
        {saved ? (
          <p role="status" className="success">
            Saved.
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={update.isPending}>
            Save
          </button>
        </div>
      </form>
    </section>
  );
}
