import { Link } from 'wouter';
import {
  type Reminder,
  useCreateReminder,
  useDeleteReminder,
  useDoneReminder,
  useSnoozeReminder,
} from '../api/reminders.js';
import { ErrorMessage } from '../components/error-message.js';
import { SnoozeControl } from '../components/snooze-control.js';
import { useToast } from '../components/toasts.js';
import './reminders.css';
import { dayWords, localToday } from '../components/dates.js';

const snoozeChoices = [
  ['1d', 'a day'],
  ['3d', '3 days'],
  ['1w', 'a week'],
  ['2w', '2 weeks'],
  ['1m', 'a month'],
] as const;

/** Open reminders, soonest first, each with Done, Snooze (the button, then how long) and Delete (with Undo). */
export function ReminderList({ reminders, showPerson = true }: { reminders: Reminder[]; showPerson?: boolean }) {
  const today = localToday();
  const sorted = [...reminders].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.text.localeCompare(b.text));
  if (sorted.length === 0) return <p className="muted">No open reminders.</p>;
  return (
    <ul className="plain-list reminder-list" aria-label="Open reminders">
      {sorted.map((reminder) => (
        <ReminderRow key={reminder.id} reminder={reminder} today={today} showPerson={showPerson} />
      ))}
    </ul>
  );
}

function ReminderRow({ reminder, today, showPerson }: { reminder: Reminder; today: string; showPerson: boolean }) {
  const done = useDoneReminder();
  const snooze = useSnoozeReminder();
  const remove = useDeleteReminder();
  const create = useCreateReminder();
  const toast = useToast();
  const snoozed = reminder.snoozedUntil && reminder.snoozedUntil > today ? reminder.snoozedUntil : null;
  const due = reminder.dueOn <= today && !snoozed;

  const markDone = () =>
    done
      .mutateAsync(reminder.id)
      .then(() => toast({ message: `Done: ${reminder.text}.` }))
      .catch(() => undefined);
  const snoozeNow = (duration: string) =>
    snooze
      .mutateAsync({ id: reminder.id, duration })
      .then((changed) =>
        toast({
          message: `Snoozed until ${changed.snoozedUntil ? dayWords(changed.snoozedUntil) : 'later'}: ${reminder.text}.`,
          // Back to the snooze it had; a past day ends a snooze now.
          undo: () => snooze.mutateAsync({ id: reminder.id, until: reminder.snoozedUntil ?? '1970-01-01' }),
        }),
      )
      .catch(() => undefined);
  const deleteNow = () =>
    remove
      .mutateAsync(reminder.id)
      .then(() =>
        toast({
          message: `Deleted: ${reminder.text}.`,
          // Written again as it was (a new id; nothing else points at a reminder).
          undo: async () => {
            const again = await create.mutateAsync({
              personId: reminder.personId,
              text: reminder.text,
              dueOn: reminder.dueOn,
            });
            if (reminder.snoozedUntil) await snooze.mutateAsync({ id: again.id, until: reminder.snoozedUntil });
          },
        }),
      )
      .catch(() => undefined);

  return (
    <li className={`reminder-row${due ? ' due' : ''}`}>
      <div className="reminder-text">
        <strong>{reminder.text}</strong>
        {showPerson && reminder.personId ? (
          <>
            {' · '}
            <Link href={`/people/${reminder.personId}`}>{reminder.personName}</Link>
          </>
        ) : null}
        <span className="muted small">
          {' '}
          {due
            ? `due ${reminder.dueOn === today ? 'today' : `since ${dayWords(reminder.dueOn)}`}`
            : `due ${dayWords(reminder.dueOn)}`}
          {snoozed ? ` · snoozed until ${dayWords(snoozed)}` : ''}
        </span>
      </div>
      <div className="reminder-actions">
        <button
          type="button"
          className="button small primary"
          onClick={() => void markDone()}
          disabled={done.isPending}
          aria-label={`Done: ${reminder.text}`}
        >
          Done
        </button>
        <SnoozeControl
          what={reminder.text}
          choices={snoozeChoices}
          initial="1w"
          onSnooze={(duration) => void snoozeNow(duration)}
          buttonLabel={`Snooze: ${reminder.text}`}
          disabled={snooze.isPending}
        />
        <button
          type="button"
          className="button small ghost"
          onClick={() => void deleteNow()}
          disabled={remove.isPending}
          aria-label={`Delete: ${reminder.text}`}
        >
          Delete
        </button>
      </div>
      <ErrorMessage error={done.error ?? snooze.error ?? remove.error} />
    </li>
  );
}
