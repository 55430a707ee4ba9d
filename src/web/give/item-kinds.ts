import type { ItemKind } from '../api/give.js';

/** Each kind in words; typed by core's kinds, so a new kind fails the check until it is named here. */
export const itemKindLabels: Record<ItemKind, string> = {
  article: 'Article',
  job: 'Job listing',
  resource: 'Resource',
};

/** The kinds in the order forms offer them. */
export const itemKindChoices = Object.keys(itemKindLabels) as ItemKind[];
