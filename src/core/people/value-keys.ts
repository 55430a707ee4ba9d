import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { foldText } from '../shared/text.js';
import type { PersonValueKind } from './repo.js';

/**
 * The region a phone number without a leading + is read in, until the user sets their own
 * (`phoneRegion`, ADR 0012): the one every key was computed with before it was a setting.
 */
export const DEFAULT_PHONE_REGION = 'US';

/** An ISO 3166 alpha-2 code that libphonenumber-js has numbering rules for ("GB", not "UK"). */
export function isPhoneRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

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
