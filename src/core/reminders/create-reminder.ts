import { getPerson } from '../people/get-person.js';
import { type Deps, inTransaction } from '../repos.js';
import { requireOwned } from '../shared/access.js';
import { newId } from '../shared/ids.js';
import { parseInput } from '../shared/validate.js';
import { type CreateReminderInput, createReminderSchema, type Reminder } from './schema.js';

/**
 * A reminder about a person, or free-standing. Other features create theirs with
 * `createReminder(tx, input)` inside their own transaction (`inTransaction`).
 */
export async function createReminder(deps: Deps, input: CreateReminderInput): Promise<Reminder> {
  const data = parseInput(createReminderSchema, input);
  return inTransaction(deps, async (tx) => {
    await requireOwned(tx.repos, [{ field: 'personId', kind: 'person', ids: data.personId }]);
    const person = data.personId ? await getPerson(tx, data.personId) : null;
    const at = deps.now().toISOString();
    const reminder: Reminder = {
      id: newId(),
      personId: person?.id ?? null,
      personName: person?.displayName ?? null,
      text: data.text,
      dueOn: data.dueOn,
      snoozedUntil: null,
      doneAt: null,
      createdAt: at,
      updatedAt: at,
    };
    await tx.repos.reminders.insert(reminder);
    return reminder;
  });
}
