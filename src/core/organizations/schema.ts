import * as z from 'zod';
import { idSchema, isoDateSchema, optionalText, requiredText, urlSchema } from '../shared/fields.js';
import { membershipRoles, organizationKinds } from './constants.js';

export { membershipRoles, organizationKinds } from './constants.js';

export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationKindSchema = z.enum(organizationKinds, {
  error: `must be one of ${organizationKinds.join(', ')}`,
});

export type MembershipRole = (typeof membershipRoles)[number];
export const membershipRoleSchema = z.enum(membershipRoles, { error: `must be one of ${membershipRoles.join(', ')}` });

const optionalDate = isoDateSchema.nullish().transform((value) => value ?? null);

/** A membership renews after it starts: a renewal before "since" would be a reminder due before you joined. */
function renewingAfterSince<S extends z.ZodType<{ since: string | null; renewsOn: string | null }>>(schema: S) {
  return schema.superRefine(({ since, renewsOn }, context) => {
    if (since && renewsOn && renewsOn < since) {
      context.addIssue({ code: 'custom', path: ['renewsOn'], message: `must not be before member since (${since})` });
    }
  });
}

/** Your own membership of an organization: null when you are not a member. */
export const membershipSchema = renewingAfterSince(
  z.object({
    since: optionalDate,
    role: membershipRoleSchema.default('member'),
    renewsOn: optionalDate,
  }),
);
export type Membership = z.output<typeof membershipSchema>;

const organizationFields = {
  name: requiredText(200),
  kind: organizationKindSchema,
  url: urlSchema.nullish().transform((value) => value ?? null),
  notes: optionalText(100_000),
  membership: membershipSchema.nullable(),
};

export const createOrganizationSchema = z.object({
  ...organizationFields,
  kind: organizationKindSchema.default('other'),
  membership: organizationFields.membership.default(null),
});
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;

export const updateOrganizationSchema = z.object(organizationFields).partial();
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: organizationKindSchema,
  url: z.string().nullable(),
  notes: z.string().nullable(),
  membership: z
    .object({
      since: z.string().nullable(),
      role: membershipRoleSchema,
      renewsOn: z.string().nullable(),
      /** The reminder the renewal date became. */
      reminderId: z.string().nullable(),
    })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.output<typeof organizationSchema>;

export const joinOrganizationSchema = renewingAfterSince(
  z.object({
    role: membershipRoleSchema.default('member'),
    since: optionalDate,
    renewsOn: optionalDate,
  }),
);
export type JoinOrganizationInput = z.input<typeof joinOrganizationSchema>;

export const affiliateSchema = z.object({
  personId: idSchema,
  role: optionalText(200),
  current: z.boolean().default(true),
});
export type AffiliateInput = z.input<typeof affiliateSchema>;

export const affiliationSchema = z.object({
  organizationId: z.string(),
  personId: z.string(),
  role: z.string().nullable(),
  current: z.boolean(),
  createdAt: z.string(),
});
export type Affiliation = z.output<typeof affiliationSchema>;

/** An affiliation as recorded, with what it replaced: the same person at the same organization is one affiliation. */
export const affiliateResultSchema = affiliationSchema.extend({
  /** Their role and standing there before, when they were already listed (null when new). */
  previous: affiliationSchema.pick({ role: true, current: true }).nullable(),
});
export type AffiliateResult = z.output<typeof affiliateResultSchema>;

const personRef = z.object({ id: z.string(), displayName: z.string() });

const eventSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  startsOn: z.string(),
  status: z.string(),
  role: z.string(),
  talkTitle: z.string().nullable(),
});

/** One organization with what it means to your network. */
export const organizationViewSchema = z.object({
  organization: organizationSchema,
  members: z.array(personRef.extend({ role: z.string().nullable(), current: z.boolean() })),
  meetingsAttended: z.array(eventSummary),
  talksGiven: z.array(eventSummary),
  peopleMet: z.array(personRef.extend({ eventId: z.string(), eventName: z.string() })),
});
export type OrganizationView = z.output<typeof organizationViewSchema>;

export const deleteOrganizationResultSchema = z.object({
  organization: organizationSchema,
  unlinked: z.object({ affiliations: z.number(), events: z.number() }),
});
export type DeleteOrganizationResult = z.output<typeof deleteOrganizationResultSchema>;

/** An organization as seen from one person's page: it and their place in it. */
export const personOrganizationSchema = z.object({ organization: organizationSchema, affiliation: affiliationSchema });
export type PersonOrganization = z.output<typeof personOrganizationSchema>;
