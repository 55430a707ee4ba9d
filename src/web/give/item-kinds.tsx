import type { ItemKind } from '../api/give.js';

/** Each kind in words; typed by core's kinds, so a new kind fails the check until it is named here. */
export const itemKindLabels: Record<ItemKind, string> = {
  article: 'Article',
  job: 'Job listing',
  resource: 'Resource',
};

/** The kinds in the order forms offer them. */
export const itemKindChoices = Object.keys(itemKindLabels) as ItemKind[];

/** The kinds as a select's options, in words. */
export function ItemKindOptions() {
  return itemKindChoices.map((value) => (
    <option key={value} value={value}>
      {itemKindLabels[value]}
    </option>
  ));
}
