import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { type MorningFollowUp, useNextMorning } from '../api/conference.js';
import { useShareItem } from '../api/give.js';
import { useLogInteraction } from '../api/keep-in-touch.js';
import { Avatar } from '../components/avatar.js';
import { ErrorMessage } from '../components/error-message.js';
import { useToast } from '../components/toasts.js';
import type { OutboxItem } from '../offline/outbox.js';
import { queueInteraction } from '../offline/queue-capture.js';
import { useOutbox } from '../offline/use-outbox.js';
import './next-morning.css';
import { oneLine } from '../components/one-line.js';

/**
 * The morning after an event, the daily list opens with the people met there who have no
 * follow-up yet, each with what you noted and a draft to make yours. Logging it as sent, or
 * sending the item it mentions, clears the follow-up.
 */
export function NextMorning() {
  const morning = useNextMorning();
  const me = useMe();
  const outbox = useOutbox(me.data?.id ?? '');
  const followUps = morning.data?.followUps ?? [];
  if (morning.error) return <ErrorMessage error={morning.error} />;
  if (followUps.length === 0) return null;
  const events = [...new Set(followUps.map((followUp) => followUp.eventName))].join(', ');
  return (
    <section className="next-morning" aria-labelledby="next-morning-title">
      <h2 id="next-morning-title">The morning after {events}</h2>
      <p className="muted small">People you met there, not followed up yet. Each draft is yours to change.</p>
      <ol className="today-list" aria-label="Follow up after the event">
        {followUps.map((followUp) => (
          <MorningCard
            key={`${followUp.eventId}-${followUp.personId}`}
            followUp={followUp}
            userId={me.data?.id ?? ''}
            waiting={outbox.some((item) => isFollowUpOf(item, followUp))}
          />
        ))}
      </ol>
    </section>
  );
}

/** What "Log as sent" records: the same words online and in the outbox, so a waiting one is known again. */
function followUpSummary(followUp: MorningFollowUp): string {
  return `Followed up after ${followUp.eventName}`;
}

function isFollowUpOf(item: OutboxItem, followUp: MorningFollowUp): boolean {
  const personIds = item.body.personIds;
  return (
    item.kind === 'interaction' &&
    item.body.summary === followUpSummary(followUp) &&
    Array.isArray(personIds) &&
    personIds.includes(followUp.personId)
  );
}

function MorningCard({ followUp, userId, waiting }: { followUp: MorningFollowUp; userId: string; waiting: boolean }) {
  const [text, setText] = useState(followUp.draft);
  const log = useLogInteraction();
  const share = useShareItem(followUp.item?.id ?? '');
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const summary = followUpSummary(followUp);
  // The morning after is often on a train: without a connection the message sent is kept
  // in the outbox, as every interaction logged offline is, and the follow-up closes once
  // the server has it.
  const keep = () =>
    queueInteraction({
      userId,
      people: [{ id: followUp.personId, displayName: followUp.personName }],
      eventId: null,
      kind: 'message',
      summary,
      notes: text,
    }).then(() => {
      log.reset();
      toast({ message: `Followed up with ${followUp.personName}: waiting to sync.` });
    });
  const logSent = () => {
    if (!navigator.onLine && userId) {
      keep().catch(() => undefined);
      return;
    }
    log
      .mutateAsync({ personIds: [followUp.personId], kind: 'message', summary, notes: text })
      .then(() => toast({ message: `Followed up with ${followUp.personName}.` }))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) && userId) return keep();
      })
      .catch(() => undefined);
  };
  const sendItem = () =>
    followUp.item &&
    share.mutate(
      { personId: followUp.personId, note: text },
      { onSuccess: (sent) => toast({ message: `Sent “${sent.itemTitle}” to ${sent.personName}.` }) },
    );
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };
  return (
    <li className="today-card morning-card">
      <div className="today-head">
        <span className="avatar-with-name">
          <Avatar personId={followUp.personId} name={followUp.personName} size="small" />
          <Link href={`/people/${followUp.personId}`} className="person-name">
            {followUp.personName}
          </Link>
        </span>
      </div>
      <p className="muted small">
        Met at <Link href={`/events/${followUp.eventId}`}>{followUp.eventName}</Link>
        {followUp.note ? ` · ${oneLine(followUp.note)}` : ''}
      </p>
      <label>
        <span className="visually-hidden">Follow-up draft for {followUp.personName}</span>
        <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <ErrorMessage error={log.error ?? share.error} />
      {waiting ? (
        <p className="small">
          Logged as sent: waiting to sync (<Link href="/sync">see what waits</Link>).
        </p>
      ) : (
        <div className="actions">
          <button type="button" className="button small primary" onClick={logSent} disabled={log.isPending}>
            Log as sent
          </button>
          {followUp.item ? (
            <button type="button" className="button small" onClick={sendItem} disabled={share.isPending}>
              Send “{followUp.item.title}”
            </button>
          ) : null}
          <button type="button" className="button small" onClick={() => void copy()}>
            {copied ? 'Copied' : 'Copy'}
          </button>
        </div>
      )}
    </li>
  );
}
