/**
 * A person as the writers read one: the shape of core's `Person`, declared here so that
 * formats depends on nothing else in kith (core's people pass as these).
 */
export type PostalAddress = {
  label: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
};

export type PersonRecord = {
  id: string;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  nickname: string | null;
  title: string | null;
  company: string | null;
  industry: string | null;
  location: string | null;
  birthday: string | null;
  tier: string;
  cadenceDays: number | null;
  family: boolean;
  howMet: string | null;
  metOn: string | null;
  introducedById: string | null;
  notes: string | null;
  archived: boolean;
  emails: { value: string; label: string | null }[];
  phones: { value: string; label: string | null }[];
  links: { url: string; label: string | null }[];
  /** Absent in people stored before addresses were kept: read it as `addressesOf(person)`. */
  addresses?: PostalAddress[];
  tags: string[];
  topics: string[];
  offers: string[];
  needs: string[];
  createdAt: string;
  updatedAt: string;
};

/** A person's postal addresses (none when the field is absent). */
export function addressesOf(person: { addresses?: PostalAddress[] }): PostalAddress[] {
  return person.addresses ?? [];
}

/** "Lagos, Lagos State, Nigeria": the city, region and country of an address, or null. */
export function placeOf(address: PostalAddress | undefined): string | null {
  const place = [address?.city, address?.region, address?.country].filter(Boolean).join(', ');
  return place ? place.slice(0, 200) : null;
}

/** One line for an address: "work: 12 Marina Rd, Lagos, Lagos 101001, Nigeria". */
export function formatAddress(address: PostalAddress): string {
  const regionLine = [address.region, address.postcode].filter(Boolean).join(' ');
  const parts = [address.street?.replace(/\n/g, ', '), address.city, regionLine, address.country].filter(Boolean);
  return `${address.label ? `${address.label}: ` : ''}${parts.join(', ')}`;
}
