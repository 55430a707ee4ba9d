import { isSupportedCountry } from 'libphonenumber-js';

/**
 * The region a phone number without a leading + is read in, until the user sets their own
 * (`phoneRegion`, ADR 0012): the one every key was computed with before it was a setting.
 */
export const DEFAULT_PHONE_REGION = 'US';

/** An ISO 3166 alpha-2 code that libphonenumber-js has numbering rules for ("GB", not "UK"). */
export function isPhoneRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}
