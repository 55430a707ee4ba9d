import { useServerSettings, useUpdateServerSettings } from '../api/auth.js';
import { ErrorMessage } from '../components/error-message.js';

/** Settings of the whole server, shown to admins only (the API answers 404 to anyone else). */
export function ServerSettings() {
  const settings = useServerSettings(true);
  const update = useUpdateServerSettings();
  const signUp = settings.data?.signUp;
  return (
    <section className="panel" aria-labelledby="server-title">
      <h2 id="server-title">Server (admin)</h2>
      <ErrorMessage error={settings.error ?? update.error} />
      {settings.data ? (
        <>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={signUp}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ signUp: event.currentTarget.checked })}
            />
            <span>Anyone can create an account on the sign-in page</span>
          </label>
          <p className="small muted" role="status">
            {signUp
              ? 'Sign-up is on: the sign-in page offers a form to create an account.'
              : 'Sign-up is off: only admins add accounts (kith users add).'}
          </p>
        </>
      ) : null}
    </section>
  );
}
