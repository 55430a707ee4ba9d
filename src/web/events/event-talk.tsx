import { useState } from 'react';
import { Link } from 'wouter';
import { useSendSlides, useTalkSuggestions } from '../api/conference.js';
import type { KithEvent } from '../api/events.js';
import { ErrorMessage } from '../components/error-message.js';
import './event-conference.css';

/** After your talk: who would want the slides, by its title and description; sending is a share. */
export function EventTalk({ event }: { event: KithEvent }) {
  const suggestions = useTalkSuggestions(event.id, !!event.talkTitle);
  const send = useSendSlides(event.id);
  const [slidesUrl, setSlidesUrl] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  if (!event.talkTitle) {
    return (
      <section className="panel">
        <p className="muted">Give the event a talk title (your role: speaker) to find who would want the slides.</p>
      </section>
    );
  }
  const data = suggestions.data;
  return (
    <section className="panel talk" aria-labelledby="talk-title">
      <h2 id="talk-title">Send the slides</h2>
      <p className="muted small">People whose topics meet “{event.talkTitle}”</p>
      <label className="form">
        <span>Slides link (optional)</span>
        <input
          type="url"
          value={slidesUrl}
          onChange={(e) => setSlidesUrl(e.target.value)}
          placeholder="https://"
          autoComplete="off"
        />
      </label>
      <ErrorMessage error={suggestions.error ?? send.error} />
      {sent ? (
        <p role="status" className="success">
          {sent}
        </p>
      ) : null}
      {data && data.suggestions.length === 0 ? <p className="muted">Nobody else whose topics meet the talk.</p> : null}
      <ul className="plain-list" aria-label="Who would want the slides">
        {data?.suggestions.map((suggestion) => (
          <li key={suggestion.id} className="attendee">
            <div className="attendee-who">
              <Link href={`/people/${suggestion.id}`}>{suggestion.name}</Link>
              <ul className="attendee-reasons">
                {suggestion.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
            <button
              type="button"
              className="button small"
              disabled={send.isPending}
              aria-label={`Send the slides to ${suggestion.name}`}
              onClick={() =>
                send.mutate(
                  { personId: suggestion.id, slidesUrl: slidesUrl.trim() || undefined },
                  { onSuccess: (share) => setSent(`Sent “${share.itemTitle}” to ${share.personName}.`) },
                )
              }
            >
              Send
            </button>
          </li>
        ))}
      </ul>
      {data && data.sentTo.length > 0 ? (
        <p className="muted small">
          Already sent to {data.sentTo.length} {data.sentTo.length === 1 ? 'person' : 'people'}.
        </p>
      ) : null}
    </section>
  );
}
