import { Link } from 'wouter';
import { useLoadDemo } from '../api/demo.js';
import { ErrorMessage } from '../components/error-message.js';
import './first-run.css';

/** What an empty network shows instead of an empty table: the ways to start. */
export function FirstRun() {
  const demo = useLoadDemo();
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Your network starts here</h2>
      <p>kith remembers who you met where, what they care about and when you last spoke. Start with one person.</p>
      <div className="first-run-actions">
        <Link href="/people/new" className="card-action">
          <strong>Add someone you know</strong>
          <span>Name, where you met, what they care about.</span>
        </Link>
        <Link href="/import" className="card-action">
          <strong>Import a LinkedIn or phone export</strong>
          <span>Your LinkedIn connections, Google Contacts or a vCard file. Preview before anything is saved.</span>
        </Link>
        <Link href="/capture" className="card-action">
          <strong>Quick capture</strong>
          <span>Just met someone at an event? Fifteen seconds, from your phone.</span>
        </Link>
        <button type="button" className="card-action" onClick={() => demo.mutate()} disabled={demo.isPending}>
          <strong>{demo.isPending ? 'Loading the demo…' : 'Load the demo network'}</strong>
          <span>Forty made-up people to look around with. Start fresh any time with a new data folder.</span>
        </button>
      </div>
      <ErrorMessage error={demo.error} />
    </section>
  );
}
