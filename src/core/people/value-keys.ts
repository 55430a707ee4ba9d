import { foldText } from '../shared/text.js';
import type { PersonValueKind } from './repo.js';

/**
 * The key a person's value is compared by: emails lowercased, phones reduced to digits
 * (with a leading + kept), links without scheme, "www." and trailing slash, labels folded.
 */
export function valueKey(kind: PersonValueKind, value: string): string {
  switch (kind) {
    case 'email':
      return value.trim().toLowerCase();
    case 'phone': {
      const digits = value.replace(/[^\d+]/g, '');
      return digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '');
    }
    case 'link':
      return value
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '');
    default:
      return foldText(value.trim());
  }
}
