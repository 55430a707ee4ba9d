import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { type User, useSignOut } from '../api/auth.js';
import { SyncStatus } from '../offline/sync-status.js';
import { useFocusManagement } from './focus.js';
import { usePageTitle } from './page-title.js';
import { ToastProvider } from './toasts.js';

type NavItem = { href: string; label: string; icon: string };

// Only screens whose API exists are listed; others join as their routes land.
const nav: NavItem[] = [
  { href: '/today', label: 'Today', icon: '☀' },
  { href: '/people', label: 'People', icon: '☰' },
  { href: '/capture', label: 'Capture', icon: '+' },
  { href: '/events', label: 'Events', icon: '◷' },
  { href: '/give', label: 'Give', icon: '♡' },
  { href: '/settings', label: 'Settings', icon: '⚙' },
];

export function Layout({ user, children }: { user: User; children: ReactNode }) {
  const [location] = useLocation();
  const signOut = useSignOut();
  usePageTitle();
  useFocusManagement();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/today" className="brand">
          kith
        </Link>
        <nav aria-label="Main" className="nav">
          {nav.map((item) => {
            const current = location === item.href || location.startsWith(`${item.href}/`);
            return (
              <Link key={item.href} href={item.href} className="nav-link" aria-current={current ? 'page' : undefined}>
                <span className="nav-icon" aria-hidden="true">
                  {item.icon}
                </span>
                <span>{item.label}</span>
              </Link>
            );
          })}
        </nav>
        <div className="account">
          <span className="muted small account-name">{user.displayName ?? user.email}</span>
          <button type="button" className="button small" onClick={() => signOut.mutate()}>
            Sign out
          </button>
        </div>
      </header>
      <SyncStatus userId={user.id} />
      <ToastProvider>
        <main id="main" className="main" tabIndex={-1}>
          {children}
        </main>
      </ToastProvider>
    </div>
  );
}
