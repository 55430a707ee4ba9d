import { getCountries } from 'libphonenumber-js';
import { expect, it } from 'vitest';
import { isPhoneRegion, phoneRegions } from './phone-region.js';

it('accepts exactly the regions libphonenumber-js has numbering rules for', () => {
  expect(phoneRegions().sort()).toEqual([...getCountries()].sort());
  expect(isPhoneRegion('GB')).toBe(true);
  expect(isPhoneRegion('UK')).toBe(false);
  expect(isPhoneRegion('gb')).toBe(false);
});
