import type { Kysely, Selectable } from 'kysely';
import type { OrganizationsRepo } from '../../core/organizations/repo.js';
import type { Affiliation, MembershipRole, Organization, OrganizationKind } from '../../core/organizations/schema.js';
import { foldText } from '../../core/shared/text.js';
import type { AffiliationTable, Database, OrganizationTable } from '../schema.js';

function toRow(ownerId: string, organization: Organization): OrganizationTable {
  return {
    owner_id: ownerId,
    id: organization.id,
    name: organization.name,
    sort_name: foldText(organization.name).trim(),
    kind: organization.kind,
    url: organization.url,
    notes: organization.notes,
    member_since: organization.membership?.since ?? null,
    member_role: organization.membership?.role ?? null,
    member_renews_on: organization.membership?.renewsOn ?? null,
    member_reminder_id: organization.membership?.reminderId ?? null,
    created_at: organization.createdAt,
    updated_at: organization.updatedAt,
  };
}

function fromRow(row: Selectable<OrganizationTable>): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganizationKind,
    url: row.url,
    notes: row.notes,
    membership: row.member_role
      ? {
          since: row.member_since,
          role: row.member_role as MembershipRole,
          renewsOn: row.member_renews_on,
          reminderId: row.member_reminder_id,
        }
      : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function affiliationFromRow(row: Selectable<AffiliationTable>): Affiliation {
  return {
    organizationId: row.organization_id,
    personId: row.person_id,
    role: row.role,
    current: Number(row.current) === 1,
    createdAt: row.created_at,
  };
}

export function organizationsRepo(db: Kysely<Database>, ownerId: string): OrganizationsRepo {
  return {
    async insert(organization) {
      await db.insertInto('organization').values(toRow(ownerId, organization)).execute();
    },

    async get(id) {
      const row = await db
        .selectFrom('organization')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async save(organization) {
      const { owner_id: _owner, id: _id, ...fields } = toRow(ownerId, organization);
      await db
        .updateTable('organization')
        .set(fields)
        .where('owner_id', '=', ownerId)
        .where('id', '=', organization.id)
        .execute();
    },

    async remove(id) {
      const affiliations = await db
        .deleteFrom('affiliation')
        .where('owner_id', '=', ownerId)
        .where('organization_id', '=', id)
        .executeTakeFirst();
      const result = await db
        .deleteFrom('organization')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return { removed: Number(result.numDeletedRows) > 0, affiliations: Number(affiliations.numDeletedRows) };
    },

    async list() {
      const rows = await db
        .selectFrom('organization')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('sort_name')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },

    async saveAffiliation(affiliation) {
      const row: AffiliationTable = {
        owner_id: ownerId,
        organization_id: affiliation.organizationId,
        person_id: affiliation.personId,
        role: affiliation.role,
        current: affiliation.current ? 1 : 0,
        created_at: affiliation.createdAt,
      };
      await db
        .insertInto('affiliation')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['owner_id', 'organization_id', 'person_id'])
            .doUpdateSet({ role: row.role, current: row.current }),
        )
        .execute();
    },

    async affiliations(filter = {}) {
      let query = db.selectFrom('affiliation').selectAll().where('owner_id', '=', ownerId);
      if (filter.organizationId) query = query.where('organization_id', '=', filter.organizationId);
      if (filter.personId) query = query.where('person_id', '=', filter.personId);
      const rows = await query.orderBy('organization_id').orderBy('person_id').execute();
      return rows.map(affiliationFromRow);
    },
  };
}
