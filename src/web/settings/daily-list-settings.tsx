import './daily-list-settings.css';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { useAcceptTierSuggestions, useTierSuggestions } from '../api/daily-research.js';
import { type Settings, useSettings, useUpdateSettings } from '../api/keep-in-touch.js';
import { ErrorMessage } from '../components/error-message.js';
import { splitList } from '../people/split-list.js';

/** The daily list's research-grounded parts: a dormant tie, a plain hello, layer sizes, family, your topics. */
export function DailyListSettings() {
  const settings = useSettings();
  return settings.data ? (
    <>
      <DailyListForm settings={settings.data} />
      <TierSuggestions />
    </>
  ) : null;
}

function DailyListForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    update.mutate(
      {
        reconnect: form.get('reconnect') === 'on',
        hello: form.get('hello') === 'on',
        myTopics: splitList(String(form.get('myTopics') ?? '')),
        innerTierSize: Number(form.get('innerTierSize')),
        innerAndCloseSize: Number(form.get('innerAndCloseSize')),
        familyCadencePercent: Number(form.get('familyCadencePercent')),
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <section className="panel" aria-labelledby="daily-list-title">
      <h2 id="daily-list-title">The daily list</h2>
      <form className="form" onSubmit={submit} noValidate>
        <label className="checkbox">
          <input name="reconnect" type="checkbox" defaultChecked={settings.reconnect} />
          <span>Propose a dormant tie to reconnect with (at most one a day)</span>
        </label>
        <label className="checkbox">
          <input name="hello" type="checkbox" defaultChecked={settings.hello} />
          <span>Propose a plain hello to a long silence (at most one a week)</span>
        </label>
        <label>
          <span>Topics you follow (comma-separated): dormant ties who share them come first</span>
          <input name="myTopics" defaultValue={settings.myTopics.join(', ')} placeholder="rust, climate tech" />
        </label>
        <fieldset className="cadences layer-sizes">
          <legend>Say so when more people than this are in</legend>
          <label>
            <span>the inner tier (about 5)</span>
            <input
              name="innerTierSize"
              type="number"
              min={1}
              max={1000}
              inputMode="numeric"
              defaultValue={settings.innerTierSize}
            />
          </label>
          <label>
            <span>inner and close (about 15)</span>
            <input
              name="innerAndCloseSize"
              type="number"
              min={1}
              max={5000}
              inputMode="numeric"
              defaultValue={settings.innerAndCloseSize}
            />
          </label>
        </fieldset>
        <label>
          <span>Family: reach out every … % of the tier's days (friends drift faster, so come due first)</span>
          <input
            name="familyCadencePercent"
            type="number"
            min={100}
            max={400}
            inputMode="numeric"
            defaultValue={settings.familyCadencePercent}
          />
        </label>
        <ErrorMessage error={update.error} />
        {saved ? (
          <p role="status" className="success">
            Saved.
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={update.isPending}>
            Save the daily list
          </button>
        </div>
      </form>
    </section>
  );
}

/** Tiers from how often you actually interact: proposed, and taken only when accepted. */
function TierSuggestions() {
  const [asked, setAsked] = useState(false);
  const suggestions = useTierSuggestions(asked);
  const accept = useAcceptTierSuggestions();
  const [skipped, setSkipped] = useState(() => new Set<string>());
  const items = suggestions.data?.items ?? [];
  const chosen = items.filter((item) => !skipped.has(item.id)).map((item) => item.id);
  const toggle = (id: string) => {
    const next = new Set(skipped);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSkipped(next);
  };
  return (
    <section className="panel tier-suggestions" aria-labelledby="tier-suggest-title">
      <h2 id="tier-suggest-title">Tiers from how often you are in touch</h2>
      {!asked ? (
        <div className="actions">
          <button type="button" className="button" onClick={() => setAsked(true)}>
            Suggest tiers
          </button>
        </div>
      ) : null}
      <ErrorMessage error={suggestions.error ?? accept.error} />
      {asked && suggestions.isSuccess && items.length === 0 ? (
        <p className="muted">Every tier fits how often you are in touch.</p>
      ) : null}
      {items.length > 0 ? (
        <>
          <ul className="plain-list" aria-label="Suggested tiers">
            {items.map((item) => (
              <li key={item.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={!skipped.has(item.id)} onChange={() => toggle(item.id)} />
                  <span>
                    <Link href={`/people/${item.id}`}>{item.name}</Link>{' '}
                    <span className="muted small">
                      {item.tier} → {item.suggestedTier} · {item.reason}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={accept.isPending || chosen.length === 0}
              onClick={() => accept.mutate(chosen, { onSuccess: () => setSkipped(new Set()) })}
            >
              Accept {chosen.length}
            </button>
          </div>
        </>
      ) : null}
      {accept.isSuccess ? (
        <p role="status" className="success">
          Moved {accept.data.items.length} {accept.data.items.length === 1 ? 'person' : 'people'}.
        </p>
      ) : null}
    </section>
  );
}
