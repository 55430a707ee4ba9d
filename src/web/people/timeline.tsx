import './timeline.css';
import { useTimeline } from '../api/keep-in-touch.js';
import { dayWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { Markdown } from '../components/markdown.js';

/** Interactions, how you met and notes, newest first, as the server orders them. */
export function Timeline({ personId }: { personId: string }) {
  const timeline = useTimeline(personId);
  if (timeline.isPending) return <p className="muted">Loading…</p>;
  if (timeline.error) return <ErrorMessage error={timeline.error} />;
  if (timeline.data.items.length === 0) return <p className="muted">Nothing yet: log the first conversation above.</p>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {timeline.data.items.map((entry, index) => (
        <li key={entry.id ?? `${entry.kind}-${index}`}>
          <span className="when">
            {dayWords(entry.on)} · {entry.label ?? entry.kind}
          </span>
          {/* A note's summary is its own first line: show the note once, rendered. */}
          {entry.kind === 'note' && entry.detail ? null : <div>{entry.summary}</div>}
          {entry.detail ? <Markdown source={entry.detail} /> : null}
        </li>
      ))}
    </ol>
  );
}
