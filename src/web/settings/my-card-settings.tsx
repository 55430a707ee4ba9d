import './my-card.css';
import { type FormEvent, useState } from 'react';
import { CARD_FIELD_LABELS, CARD_FIELDS, type CardField } from '../../core/my-card/constants.js';
import {
  type CreatedCardLink,
  type MyCardView,
  useCreateCardLink,
  useMyCard,
  useRevokeCardLink,
  useUpdateMyCard,
} from '../api/my-card.js';
import { timestampDayWords, timestampWords } from '../components/dates.js';
import { ErrorMessage } from '../components/error-message.js';
import { fieldProps } from '../components/field-errors.js';
import { FieldMessage } from '../components/field-message.js';
import { ShownOnceLink } from '../components/shown-once-link.js';
import { useQrCode } from '../components/use-qr-code.js';

/**
 * Settings › My card: your own card as a QR code for someone to scan with their phone's
 * camera, the fields on it (your name always, the others as you choose), and a link that
 * downloads it as a vCard (shown once, replaceable, revocable).
 */
export function MyCardSettings() {
  const card = useMyCard();
  const qr = useQrCode(card.data?.vcard);
  return (
    <section className="panel my-card" aria-labelledby="my-card-title">
      <h2 id="my-card-title">My card</h2>
      <p className="muted">Someone scans this code with their phone's camera to add you to their contacts.</p>
      <ErrorMessage error={card.error} />
      {card.data ? (
        <>
          <div className="my-card-qr">
            {qr ? <img className="qr-code" src={qr} alt="QR code of your card" width={240} height={240} /> : null}
          </div>
          <MyCardForm card={card.data} />
          <CardLink card={card.data} />
        </>
      ) : null}
    </section>
  );
}

function MyCardForm({ card }: { card: MyCardView }) {
  const update = useUpdateMyCard();
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setSaved(false);
    update.mutate(
      {
        name: text('name'),
        title: text('title'),
        company: text('company'),
        email: text('email'),
        phone: text('phone'),
        links: text('links').split(/\s+/).filter(Boolean),
        location: text('location'),
        shown: form.getAll('shown').map(String) as CardField[],
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const field = (name: Exclude<CardField, 'links'> | 'name', extra: Record<string, unknown> = {}) => (
    <label>
      <span>{name === 'name' ? 'Name (always on the card)' : CARD_FIELD_LABELS[name]}</span>
      <input
        name={name}
        defaultValue={card[name]}
        autoComplete="off"
        {...extra}
        {...fieldProps(update.error, name, `my-card-${name}-error`)}
      />
      <FieldMessage error={update.error} name={name} id={`my-card-${name}-error`} />
    </label>
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      {field('name', { required: true, maxLength: 200 })}
      {field('title', { maxLength: 200 })}
      {field('company', { maxLength: 200 })}
      {field('email', { type: 'email', inputMode: 'email', maxLength: 320 })}
      {field('phone', { type: 'tel', maxLength: 50 })}
      <label>
        <span>Links (one per line)</span>
        <textarea
          name="links"
          rows={2}
          defaultValue={card.links.join('\n')}
          placeholder="https://www.linkedin.com/in/you"
          {...fieldProps(update.error, 'links', 'my-card-links-error')}
        />
        <FieldMessage error={update.error} name="links" id="my-card-links-error" />
      </label>
      {field('location', { maxLength: 200 })}
      <fieldset className="weekdays">
        <legend>On the card besides your name</legend>
        {CARD_FIELDS.map((name) => (
          <label key={name} className="checkbox">
            <input type="checkbox" name="shown" value={name} defaultChecked={card.shown.includes(name)} />
            {CARD_FIELD_LABELS[name]}
          </label>
        ))}
      </fieldset>
      <ErrorMessage error={update.error} />
      {saved ? (
        <p role="status" className="success">
          Saved. The code shows your card as it is now.
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save my card
        </button>
      </div>
    </form>
  );
}

/** The link that downloads the card: made, copied (shown once), replaced, turned off. */
function CardLink({ card }: { card: MyCardView }) {
  const create = useCreateCardLink();
  const revoke = useRevokeCardLink();
  const [created, setCreated] = useState<CreatedCardLink | null>(null);
  const make = (rotate: boolean) => create.mutate(rotate, { onSuccess: setCreated });
  return (
    <div className="my-card-link">
      <h3>Link to your card</h3>
      <p className="small muted">Whoever opens it downloads your card as a vCard: for an email signature or a chat.</p>
      <ErrorMessage error={create.error ?? revoke.error} />
      {created ? (
        <ShownOnceLink key={created.url} url={created.url}>
          Copy this link now; it is not shown again:
        </ShownOnceLink>
      ) : null}
      {card.link.enabled && card.link.createdAt ? (
        <p className="small muted">
          On since {timestampDayWords(card.link.createdAt)}
          {card.link.lastFetchedAt ? `; last opened ${timestampWords(card.link.lastFetchedAt)}` : '; not opened yet'}
        </p>
      ) : null}
      <div className="actions">
        {card.link.enabled && card.link.createdAt ? (
          <>
            <button type="button" className="button" disabled={create.isPending} onClick={() => make(true)}>
              New link
            </button>
            <button
              type="button"
              className="button danger"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setCreated(null) })}
            >
              Turn off link
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={create.isPending} onClick={() => make(false)}>
            Make a link
          </button>
        )}
      </div>
    </div>
  );
}
