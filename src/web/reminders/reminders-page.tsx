import { Link } from 'wouter';
import { useOpenReminders } from '../api/reminders.js';
import { ErrorMessage } from '../components/error-message.js';
import { Loading } from '../components/loading.js';
import { AddReminderForm } from './add-reminder-form.js';
import { ReminderList } from './reminder-list.js';

/** Every open reminder (due, coming, snoozed), adding one, and Done, Snooze or Delete on each. */
export function RemindersPage() {
  const reminders = useOpenReminders();
  return (
    <section className="page narrow" aria-labelledby="reminders-page-title">
      <p className="breadcrumb">
        <Link href="/today">← Today</Link>
      </p>
      <h1 id="reminders-page-title">Reminders</h1>
      <section className="panel" aria-labelledby="add-reminder-title">
        <h2 id="add-reminder-title">Add a reminder</h2>
        <AddReminderForm />
      </section>
      <section className="panel" aria-labelledby="open-reminders-title">
        <h2 id="open-reminders-title">Open reminders</h2>
        <ErrorMessage error={reminders.error} />
        {reminders.isPending ? <Loading query={reminders} /> : null}
        {reminders.data ? <ReminderList reminders={reminders.data.items} /> : null}
      </section>
    </section>
  );
}
