import './scan-note.css';
import type { ScannedContact } from './scan-content.js';

/** What a scan filled the form from: a card (vCard, MeCard) or a profile link. */
export type ScannedPerson = { kind: 'vcard' | 'mecard' | 'profile'; contact: ScannedContact };

const KIND_WORDS = { vcard: 'a contact card', mecard: 'a contact card', profile: 'a profile link' } as const;

/** Under the form after a scan: what came from the code, and what will be saved with the person besides the fields. */
export function ScannedNote({ person, onClear }: { person: ScannedPerson; onClear: () => void }) {
  const { contact } = person;
  // The company shows in its own field; the title has none in event mode, so it is said here.
  const extras = [contact.title, ...contact.emails.slice(1), ...contact.phones.slice(1)].filter(Boolean);
  return (
    <div className="scanned-note" role="status">
      <p className="small">
        Filled from {KIND_WORDS[person.kind]}.
        {person.kind === 'profile'
          ? contact.name
            ? ' The name was guessed from the link: check it.'
            : ' The link gives no name: type it.'
          : null}
      </p>
      {extras.length > 0 || contact.links.length > 0 ? (
        <p className="small muted">
          Saved with them too:{' '}
          {[...extras, ...contact.links.map((link) => link.replace(/^https?:\/\/(www\.)?/, ''))].join(' · ')}
        </p>
      ) : null}
      <button type="button" className="button small" onClick={onClear}>
        Don't use the scan
      </button>
    </div>
  );
}
