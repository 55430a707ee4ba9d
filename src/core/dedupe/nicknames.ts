import { foldText } from '../shared/text.js';
import { NICKNAME_GROUPS } from './nicknames-data.js';

let related: Map<string, Set<string>> | undefined;

/** Each name and the names it is a nickname of, or has as nicknames (built once, on first use). */
function table(): Map<string, Set<string>> {
  if (related) return related;
  related = new Map();
  const link = (a: string, b: string) => {
    if (a === b) return;
    const set = related?.get(a) ?? new Set<string>();
    set.add(b);
    related?.set(a, set);
  };
  for (const line of NICKNAME_GROUPS.split('\n')) {
    const [name, ...nicknames] = line
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (!name) continue;
    for (const nickname of nicknames) {
      link(name, nickname);
      link(nickname, name);
    }
  }
  return related;
}

/** Whether two given names are the same or one is a known nickname of the other (Bob ~ Robert). */
export function isNickname(a: string, b: string): boolean {
  return isFoldedNickname(foldText(a).trim(), foldText(b).trim());
}

/** isNickname for names already folded (lowercase, no accents): the hot path of dedupe scoring. */
export function isFoldedNickname(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || (table().get(a)?.has(b) ?? false);
}

/** The names a given name is linked to, itself included: used to block Bob with Robert. */
export function nicknameFamily(name: string): string[] {
  const key = foldText(name).trim();
  if (!key) return [];
  return [key, ...(table().get(key) ?? [])];
}

const none: ReadonlySet<string> = new Set();

/** The names an already folded name is linked to, itself left out, without copying them: dedupe's blocking keys. */
export function nicknamesOf(name: string): ReadonlySet<string> {
  return table().get(name) ?? none;
}

/** How many names the table knows, for documentation and tests. */
export function nicknameTableSize(): number {
  return table().size;
}
