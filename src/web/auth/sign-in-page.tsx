import './sign-in-page.css';
import { type FormEvent, useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { useAuthConfig, useSignIn } from '../api/auth.js';
import { ErrorMessage } from '../components/error-message.js';

export function SignInPage() {
  const signIn = useSignIn();
  const config = useAuthConfig();
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => emailRef.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    signIn.mutate({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') });
  };

  return (
    <main className="sign-in" id="main">
      <section className="sign-in-card" aria-labelledby="sign-in-title">
        <p className="brand">kith</p>
        <h1 id="sign-in-title">Sign in</h1>
        <form className="form" onSubmit={submit} noValidate>
          <label>
            <span>Email</span>
            <input ref={emailRef} name="email" type="email" autoComplete="username" required />
          </label>
          <label>
            <span>Password</span>
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <ErrorMessage error={signIn.error} />
          <button type="submit" className="button primary" disabled={signIn.isPending}>
            {signIn.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        {config.data?.signUp ? (
          <p className="small">
            New here? <Link href="/sign-up">Create an account</Link>
          </p>
        ) : null}
        <p className="muted small">
          Running kith on your own computer? <code>kith serve</code> prints a one-time sign-in link when you start it
          (until you set a password); open that link to sign in here.
        </p>
      </section>
    </main>
  );
}
