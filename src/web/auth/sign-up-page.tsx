import './sign-in-page.css';
import { type FormEvent, useEffect, useRef } from 'react';
import { Link, useLocation } from 'wouter';
import { useAuthConfig, useSignUp } from '../api/auth.js';
import { ErrorMessage } from '../components/error-message.js';

/** Create an account, where an admin has turned sign-up on; signed in straight away. */
export function SignUpPage() {
  const config = useAuthConfig();
  const signUp = useSignUp();
  const [, navigate] = useLocation();
  const emailRef = useRef<HTMLInputElement>(null);
  const open = config.data?.signUp === true;
  useEffect(() => {
    if (open) emailRef.current?.focus();
  }, [open]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get('displayName') ?? '').trim();
    signUp.mutate(
      {
        email: String(form.get('email') ?? ''),
        password: String(form.get('password') ?? ''),
        ...(displayName ? { displayName } : {}),
      },
      { onSuccess: () => navigate('/today', { replace: true }) },
    );
  };

  return (
    <main className="sign-in" id="main">
      <section className="sign-in-card" aria-labelledby="sign-up-title">
        <p className="brand">kith</p>
        <h1 id="sign-up-title">Create an account</h1>
        <ErrorMessage error={config.error} />
        {config.data && !open ? <p>Sign-up is off on this server. Ask its admin for an account.</p> : null}
        {open ? (
          <form className="form" onSubmit={submit} noValidate>
            <label>
              <span>Email</span>
              <input ref={emailRef} name="email" type="email" autoComplete="username" required />
            </label>
            <label>
              <span>Your name (optional)</span>
              <input name="displayName" type="text" autoComplete="name" maxLength={200} />
            </label>
            <label>
              <span>Password (at least 8 characters)</span>
              <input name="password" type="password" autoComplete="new-password" minLength={8} required />
            </label>
            <ErrorMessage error={signUp.error} />
            <button type="submit" className="button primary" disabled={signUp.isPending}>
              {signUp.isPending ? 'Creating your account…' : 'Create account'}
            </button>
          </form>
        ) : null}
        <p className="small">
          Already have an account? <Link href="/">Sign in</Link>
        </p>
      </section>
    </main>
  );
}
