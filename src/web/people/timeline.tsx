import './timeline.css';
import { Link } from 'wouter';
import { useMe } from '../api/auth.js';
import { useTimeline } from '../api/keep-in-touch.js';
import { dayWords, timestampDayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { Markdown } from '../components/markdown.js';
import type { OutboxItem } from '../offline/outbox.js';
import { useOutbox } from '../offline/use-outbox.js';
import { InteractionEntry } from './interaction-entry.js';

/** Interactions with this person logged on this device and not yet sent, newest first. */
function useWaitingInteractions(personId: string): OutboxItem[] {
  const me = useMe();
  return useOutbox(me.data?.id ?? '')
    .filter((item) => item.kind === 'interaction' && (item.body.personIds as string[]).includes(personId))
    .reverse();
}

/**
 * Interactions, how you met and notes, newest first, as the server orders them; above
 * them, those logged offline that wait to be sent. An interaction can be edited or deleted.
 */
export function Timeline({ personId }: { personId: string }) {
  const timeline = useTimeline(personId);
  const waiting = useWaitingInteractions(personId);
  if (timeline.isPending && waiting.length === 0) return <Loading query={timeline} />;
  if (timeline.error && waiting.length === 0) return <ErrorMessage error={timeline.error} />;
  if (timeline.data?.items.length === 0 && waiting.length === 0)
    return <p className="muted">Nothing yet: log the first conversation above.</p>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {waiting.map((item) => (
        <li key={item.id} className="waiting">
          <span className="when">
            {timestampDayWords(String(item.body.occurredAt))} · {String(item.body.kind)} ·{' '}
            {item.refused ? <Link href="/sync">refused: see Sync</Link> : 'waiting to sync'}
          </span>
          <div>{String(item.body.summary)}</div>
        </li>
      ))}
      {timeline.data?.items.map((entry, index) =>
        entry.kind === 'interaction' && entry.id ? (
          <InteractionEntry key={entry.id} entry={entry} id={entry.id} />
        ) : (
          <li key={entry.id ?? `${entry.kind}-${index}`}>
            <span className="when">
              {dayWords(entry.on)} · {entry.label ?? entry.kind}
            </span>
            {/* A note's summary is its own first line: show the note once, rendered. */}
            {entry.kind === 'note' && entry.detail ? null : <div>{entry.summary}</div>}
            {entry.detail ? <Markdown source={entry.detail} /> : null}
          </li>
        ),
      )}
    </ol>
  );
}
