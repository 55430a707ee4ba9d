import { Link } from 'wouter';
import './offline.css';
import { useOnline, useOutbox, useOutboxSender } from './use-outbox.js';

/**
 * The line under the top bar that says what has not reached the server: "Offline",
 * "3 waiting to sync", "1 refused". It says nothing when all is sent and the phone is
 * online. It also keeps the outbox moving (sending starts from here, on every page).
 */
export function SyncStatus({ userId }: { userId: string }) {
  useOutboxSender(userId);
  const online = useOnline();
  const items = useOutbox(userId);
  const refused = items.filter((item) => item.refused).length;
  const waiting = items.length - refused;
  if (online && items.length === 0) return null;
  const parts = [
    online ? null : 'Offline',
    waiting > 0 ? `${waiting} waiting to sync` : null,
    refused > 0 ? `${refused} refused` : null,
  ].filter(Boolean);
  return (
    <div className={refused > 0 ? 'sync-status has-refused' : 'sync-status'} role="status">
      {items.length > 0 ? (
        <Link href="/sync" className="sync-link">
          {parts.join(' · ')}
        </Link>
      ) : (
        <span>{parts.join(' · ')}: what you add is kept on this phone and sent when you are back online</span>
      )}
    </div>
  );
}
