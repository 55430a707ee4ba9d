import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ImportSummary } from '../api/import.js';
import { MergeForm } from '../people/merge-page.js';
import './import-people.css';

type Created = ImportSummary['people']['created'][number];
type Updated = ImportSummary['people']['updated'][number];

/**
 * The people an import creates and updates, by name: an update with the fields it fills
 * or adds to, a new person with the stored person they are likely the same as. After the
 * import a likely duplicate can be merged right here; the preview says so beforehand.
 */
export function ImportPeople({ summary }: { summary: ImportSummary }) {
  const { created, updated } = summary.people;
  const [merged, setMerged] = useState<Map<number, string>>(new Map());
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const verb = summary.dryRun ? 'Would be' : 'Were';
  const more = (shown: number, total: number) =>
    total > shown ? <p className="small muted">…and {(total - shown).toLocaleString()} more.</p> : null;
  const onMerged = (line: number, message: string) => {
    setMerged((current) => new Map(current).set(line, message));
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  return (
    <div className="import-people">
      <p ref={statusRef} role="status" tabIndex={-1} className={status ? 'success' : 'visually-hidden'}>
        {status}
      </p>
      {created.length > 0 ? (
        <section aria-labelledby={`created-${summary.dryRun}`}>
          <h4 id={`created-${summary.dryRun}`}>
            {verb} created ({summary.created.toLocaleString()})
          </h4>
          <ul className="plain-list import-people-list">
            {created.map((person) => (
              <CreatedPerson
                key={person.line}
                person={person}
                dryRun={summary.dryRun}
                merged={merged.get(person.line)}
                onMerged={(message) => onMerged(person.line, message)}
              />
            ))}
          </ul>
          {more(created.length, summary.created)}
        </section>
      ) : null}
      {updated.length > 0 ? (
        <section aria-labelledby={`updated-${summary.dryRun}`}>
          <h4 id={`updated-${summary.dryRun}`}>
            {verb} updated ({summary.updated.toLocaleString()})
          </h4>
          <ul className="plain-list import-people-list">
            {updated.map((person) => (
              <UpdatedPerson key={person.id} person={person} />
            ))}
          </ul>
          {more(updated.length, summary.updated)}
        </section>
      ) : null}
    </div>
  );
}

function CreatedPerson({
  person,
  dryRun,
  merged,
  onMerged,
}: {
  person: Created;
  dryRun: boolean;
  merged: string | undefined;
  onMerged: (message: string) => void;
}) {
  const [merging, setMerging] = useState(false);
  const [keepNew, setKeepNew] = useState(false);
  const about = [person.title, person.company].filter(Boolean).join(' · ');
  const twin = person.likelyDuplicate;
  const name =
    person.id && !merged ? <Link href={`/people/${person.id}`}>{person.displayName}</Link> : person.displayName;
  return (
    <li className="import-person">
      <div>
        <strong>{name}</strong>
        {about ? <span className="muted small"> · {about}</span> : null}
        <span className="muted small"> · line {person.line}</span>
      </div>
      {twin && !merged ? (
        <div className="import-duplicate">
          <p className="small">
            Likely the same as <Link href={`/people/${twin.id}`}>{twin.displayName}</Link>
            {twin.company ? ` (${twin.company})` : ''}: {twin.evidence.join(', ')}.
            {dryRun ? ' After importing you can merge them here.' : null}
          </p>
          {person.id && !merging ? (
            <button
              type="button"
              className="button small"
              onClick={() => setMerging(true)}
              aria-label={`Merge ${person.displayName} and ${twin.displayName}…`}
            >
              Merge…
            </button>
          ) : null}
          {person.id && merging ? (
            <div className="import-merge">
              <MergeForm
                keepId={keepNew ? person.id : twin.id}
                otherId={keepNew ? twin.id : person.id}
                onSwap={() => setKeepNew((value) => !value)}
                onMerged={(kept, otherName) => onMerged(`Merged ${otherName} into ${kept.displayName}.`)}
                key={String(keepNew)}
              />
              <button type="button" className="button small ghost" onClick={() => setMerging(false)}>
                Not the same person
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {merged ? <p className="small muted">{merged}</p> : null}
    </li>
  );
}

function UpdatedPerson({ person }: { person: Updated }) {
  return (
    <li className="import-person">
      <div>
        <strong>
          <Link href={`/people/${person.id}`}>{person.displayName}</Link>
        </strong>
        <span className="muted small"> · line {person.line}</span>
      </div>
      <ul className="import-changes small" aria-label={`What changes for ${person.displayName}`}>
        {person.changes.map((change) => (
          <li key={change.field}>
            <span className="muted">{change.field}:</span> {change.field.endsWith('s') ? '+ ' : ''}
            {change.values.join(', ')}
          </li>
        ))}
      </ul>
    </li>
  );
}
