import type { MergeChoiceField } from '../../core/dedupe/schema.js';
import { yearlyDateWords } from '../components/dates.js';

/** A field's value as the merge form shows it: a birthday in words ("Apr 15"), an empty one as a dash. */
export function mergeValueWords(field: MergeChoiceField, value: unknown, locale?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  return field === 'birthday' ? yearlyDateWords(String(value), locale) : String(value);
}
