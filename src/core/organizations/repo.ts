import type { Affiliation, Organization } from './schema.js';

/** What the organization use-cases need from storage, already scoped to one owner. */
export type OrganizationsRepo = {
  insert(organization: Organization): Promise<void>;
  get(id: string): Promise<Organization | undefined>;
  save(organization: Organization): Promise<void>;
  /** Deletes the organization and its affiliations; returns how many affiliations went with it. */
  remove(id: string): Promise<{ removed: boolean; affiliations: number }>;
  /** Every organization, in name order. */
  list(): Promise<Organization[]>;
  saveAffiliation(affiliation: Affiliation): Promise<void>;
  affiliations(filter?: { organizationId?: string; personId?: string }): Promise<Affiliation[]>;
};
