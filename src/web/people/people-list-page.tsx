import './people-list-page.css';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import {
  type ArchivedFilter,
  archivedChoices,
  type PeopleFilter,
  type Person,
  type Tier,
  tiers,
  useNetworkIsNew,
  usePeopleList,
} from '../api/people.js';
import { Avatar } from '../components/avatar.js';
import { ErrorMessage } from '../components/error-message.js';
import { OFFLINE_NOT_KEPT } from '../components/loading.js';
import { FirstRun } from './first-run.js';
import { TierBadge } from './tier-badge.js';
import { useDebounced } from './use-debounced.js';

/** "/" jumps to the search: said in the box where there is a keyboard and a mouse, not on a phone. */
const keyboardHint = window.matchMedia('(hover: hover) and (pointer: fine)').matches ? '  ( / )' : '';

const rowHeight = 64;
const filterKeys = ['q', 'tier', 'tag', 'topic', 'company'] as const;

/** The filters typed in, and how each matches (`matchesFilter` on the server). */
const textFilters = [
  { key: 'tag', label: 'Tag', placeholder: 'A whole tag' },
  { key: 'topic', label: 'Topic', placeholder: 'A whole topic' },
  { key: 'company', label: 'Organization', placeholder: 'Part of its name' },
] as const;

function filterFromUrl(): PeopleFilter {
  const params = new URLSearchParams(window.location.search);
  const tier = params.get('tier') ?? '';
  const archived = params.get('archived') ?? '';
  return {
    q: params.get('q') ?? '',
    tier: (tiers as readonly string[]).includes(tier) ? (tier as Tier) : '',
    tag: params.get('tag') ?? '',
    topic: params.get('topic') ?? '',
    company: params.get('company') ?? '',
    archived: (archivedChoices as readonly string[]).includes(archived) ? (archived as ArchivedFilter) : 'exclude',
  };
}

/** Keeps the filter in the address, so back and reload return to the same list. */
function writeFilterToUrl(filter: PeopleFilter) {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
  if (filter.archived !== 'exclude') params.set('archived', filter.archived);
  const search = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

/** `/` anywhere outside a text field jumps to the search box. */
function useSlashFocus(target: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return;
      if (active instanceof HTMLSelectElement || (active as HTMLElement | null)?.isContentEditable) return;
      event.preventDefault();
      target.current?.focus();
      target.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [target]);
}

export function PeopleListPage() {
  const [filter, setFilter] = useState<PeopleFilter>(filterFromUrl);
  const settled = useDebounced(filter, 120);
  const query = usePeopleList(settled);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashFocus(searchRef);
  useEffect(() => writeFilterToUrl(settled), [settled]);

  // Performance marks: from a keystroke to the list rendered for it (read by the benchmark).
  const pendingMark = useRef<string | null>(null);
  const people = query.data ?? [];
  const showing = !query.isPlaceholderData && !query.isFetching ? settled.q : null;
  useEffect(() => {
    const mark = pendingMark.current;
    if (!mark || showing === null || showing !== filter.q) return;
    pendingMark.current = null;
    requestAnimationFrame(() => performance.measure('kith:people-filter', mark));
  }, [showing, filter.q]);

  // On a phone the filters fold away under one button, open when one is in use.
  const narrowing =
    filterKeys.filter((key) => key !== 'q' && filter[key].trim()).length + Number(filter.archived !== 'exclude');
  const [filtersOpen, setFiltersOpen] = useState(narrowing > 0);

  const update = (key: keyof PeopleFilter, value: string) => {
    if (key === 'q') {
      const mark = `kith:people-keystroke:${performance.now()}`;
      performance.mark(mark);
      pendingMark.current = mark;
    }
    setFilter((current) => ({ ...current, [key]: value }));
  };

  // A list narrowed by search or a filter counts its matches; choosing archived people alone only narrows it.
  const matching = filterKeys.some((key) => settled[key].trim());
  const filtering = matching || settled.archived !== 'exclude';
  const loaded = query.isSuccess && !query.isPlaceholderData;
  const noOneCurrent = loaded && people.length === 0 && !filtering;
  const networkIsNew = useNetworkIsNew(noOneCurrent);

  return (
    <section className="page people-page" aria-labelledby="people-title">
      <div className="page-header">
        <h1 id="people-title">People</h1>
        <span className="actions">
          <Link href="/import" className="button">
            Import / export
          </Link>
          <Link href="/health" className="button">
            Network health
          </Link>
          <Link href="/people/new" className="button primary">
            Add person
          </Link>
        </span>
      </div>
      <search className="filters" aria-label="Filter people">
        <label className="search-field">
          <span>Search</span>
          <input
            ref={searchRef}
            type="search"
            placeholder={`Name, organization, topic…${keyboardHint}`}
            aria-label="Search people"
            value={filter.q}
            onChange={(event) => update('q', event.target.value)}
            aria-keyshortcuts="/"
            autoComplete="off"
          />
        </label>
        <button
          type="button"
          className="button small filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="people-filters-more"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filtersOpen ? 'Hide filters' : `Filters${narrowing > 0 ? ` (${narrowing} on)` : ''}`}
        </button>
        <div id="people-filters-more" className={filtersOpen ? 'filters-more' : 'filters-more folded'}>
          <label>
            <span>Tier</span>
            <select value={filter.tier} onChange={(event) => update('tier', event.target.value)}>
              <option value="">Any tier</option>
              {tiers.map((tier) => (
                <option key={tier} value={tier}>
                  {tier}
                </option>
              ))}
            </select>
          </label>
          {textFilters.map(({ key, label, placeholder }) => (
            <label key={key}>
              <span>{label}</span>
              <input
                value={filter[key]}
                onChange={(event) => update(key, event.target.value)}
                placeholder={placeholder}
                autoComplete="off"
              />
            </label>
          ))}
          <label>
            <span>Showing</span>
            <select value={filter.archived} onChange={(event) => update('archived', event.target.value)}>
              <option value="exclude">Current</option>
              <option value="only">Archived</option>
              <option value="include">Everyone</option>
            </select>
          </label>
        </div>
      </search>
      <ErrorMessage error={query.error} />
      {noOneCurrent && networkIsNew.data === true ? (
        <FirstRun />
      ) : noOneCurrent && networkIsNew.data === false ? (
        <p className="muted">
          Everyone in your network is archived.{' '}
          <button type="button" className="button" onClick={() => update('archived', 'only')}>
            Look among the archived
          </button>
        </p>
      ) : noOneCurrent ? (
        <ErrorMessage error={networkIsNew.error} />
      ) : (
        <>
          <p className="muted list-count" aria-live="polite">
            {query.isPending
              ? query.fetchStatus === 'paused'
                ? OFFLINE_NOT_KEPT
                : 'Loading…'
              : `${people.length}${query.hasNextPage ? '+' : ''}${settled.archived === 'only' ? ' archived' : ''} ${people.length === 1 ? 'person' : 'people'}${matching ? (people.length === 1 ? ' matches' : ' match') : ''}`}
          </p>
          {loaded && people.length === 0 && settled.archived === 'exclude' ? (
            <p className="muted">
              Archived people are left out.{' '}
              <button type="button" className="button" onClick={() => update('archived', 'only')}>
                Look among the archived
              </button>
            </p>
          ) : null}
          {loaded && people.length === 0 && settled.archived === 'only' ? (
            <p className="muted">
              {matching ? 'No archived person matches.' : 'No one is archived.'}{' '}
              <button type="button" className="button" onClick={() => update('archived', 'exclude')}>
                Back to current people
              </button>
            </p>
          ) : null}
          <PeopleRows
            people={people}
            badgeArchived={settled.archived === 'include'}
            hasMore={Boolean(query.hasNextPage)}
            loadMore={() => {
              if (!query.isFetchingNextPage) void query.fetchNextPage();
            }}
          />
        </>
      )}
    </section>
  );
}

/**
 * Only the rows in view are in the DOM, so ten thousand people scroll and filter like ten.
 * Archived people's names are muted; among everyone they carry a badge too.
 */
function PeopleRows({
  people,
  badgeArchived,
  hasMore,
  loadMore,
}: {
  people: Person[];
  badgeArchived: boolean;
  hasMore: boolean;
  loadMore: () => void;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const virtualizer = useWindowVirtualizer({
    count: people.length,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (hasMore && last && last.index >= people.length - 50) loadMore();
  }, [hasMore, last, people.length, loadMore]);

  return (
    <ul ref={listRef} className="people-list" aria-label="People" style={{ height: `${virtualizer.getTotalSize()}px` }}>
      {items.map((row) => {
        const person = people[row.index];
        if (!person) return null;
        return (
          <li
            key={person.id}
            className={person.archived ? 'person-row archived' : 'person-row'}
            aria-setsize={people.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`, height: rowHeight }}
          >
            <Link href={`/people/${person.id}`} className="person-link">
              <span className="avatar-with-name">
                <Avatar personId={person.id} name={person.displayName} size="small" />
                <span className="person-main">
                  <span className="person-name">{person.displayName}</span>
                  <span className="person-sub">{[person.title, person.company].filter(Boolean).join(' · ')}</span>
                </span>
              </span>
              <span className="person-meta">
                {person.topics.slice(0, 2).map((topic) => (
                  <span key={topic} className="chip">
                    {topic}
                  </span>
                ))}
                {badgeArchived && person.archived ? <span className="badge archived">archived</span> : null}
                <TierBadge tier={person.tier} />
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
