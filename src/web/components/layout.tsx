import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

type NavItem = { href: string; label: string; icon: string };

// Only screens whose API exists are listed; others join as their routes land.
const nav: NavItem[] = [
  { href: '/people', label: 'People', icon: '☰' },
  { href: '/capture', label: 'Capture', icon: '+' },
];

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href="/people" className="brand">
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
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
