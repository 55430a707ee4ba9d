import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { DEFAULT_PHONE_REGION } from '../shared/phone-region.js';
import { foldText } from '../shared/text.js';
import type { PersonValueKind } from './repo.js';

/**
 * A phone number's key: E.164 ("+14155550142") when libphonenumber-js can read it as a
 * possible number (a number without + read in `region`), else its digits (with a leading
 * + kept), so odd values still compare.
 */
export function phoneKey(value: string, region: string = DEFAULT_PHONE_REGION): string {
  const cleaned = value.trim().replace(/^tel:/i, '');
  const parsed = parsePhoneNumberFromString(cleaned, region as CountryCode);
  if (parsed?.isPossible()) return parsed.number;
  const digits = cleaned.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '');
}

/**
 * The key a person's value is compared by: emails lowercased, phones in E.164 (read in
 * the owner's phone region when written without +), links
 * without scheme, "www." and trailing slash, labels folded.
 */
export function valueKey(kind: PersonValueKind, value: string, region: string = DEFAULT_PHONE_REGION): string {
  switch (kind) {
    case 'email':
      return value.trim().toLowerCase();
    case 'phone':
      return phoneKey(value, region);
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
