import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { affiliatePerson } from '../../core/organizations/affiliate-person.js';
import { createOrganization } from '../../core/organizations/create-organization.js';
import { deleteOrganization } from '../../core/organizations/delete-organization.js';
import { listOrganizations } from '../../core/organizations/list-organizations.js';
import { listPersonOrganizations } from '../../core/organizations/list-person-organizations.js';
import {
  affiliateResultSchema,
  affiliateSchema,
  createOrganizationSchema,
  deleteOrganizationResultSchema,
  joinOrganizationSchema,
  organizationSchema,
  organizationViewSchema,
  personOrganizationSchema,
  updateOrganizationSchema,
} from '../../core/organizations/schema.js';
import { joinOrganization, updateOrganization } from '../../core/organizations/update-organization.js';
import { viewOrganization } from '../../core/organizations/view-organization.js';

const idParams = z.object({ id: z.string().max(64) });

/** Organizations, your membership, and people's affiliations: thin handlers over the use-cases. */
export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organizations'];

  app.get(
    '/organizations',
    { schema: { tags, summary: 'List organizations by name', response: { 200: z.array(organizationSchema) } } },
    async (request) => listOrganizations(request.deps),
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Add an organization',
        body: createOrganizationSchema,
        response: { 201: organizationSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrganization(request.deps, request.body)),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'An organization with members you know, meetings, talks and people met through it',
        params: idParams,
        response: { 200: organizationViewSchema },
      },
    },
    async (request) => viewOrganization(request.deps, request.params.id),
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Change some fields of an organization',
        params: idParams,
        body: updateOrganizationSchema,
        response: { 200: organizationSchema },
      },
    },
    async (request) => updateOrganization(request.deps, request.params.id, request.body),
  );

  app.delete(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Delete an organization; people and events stay, and the result says what was unlinked',
        params: idParams,
        response: { 200: deleteOrganizationResultSchema },
      },
    },
    async (request) => deleteOrganization(request.deps, request.params.id),
  );

  app.put(
    '/organizations/:id/membership',
    {
      schema: {
        tags,
        summary: 'Record your membership: role, since, renewal date',
        params: idParams,
        body: joinOrganizationSchema,
        response: { 200: organizationSchema },
      },
    },
    async (request) => joinOrganization(request.deps, request.params.id, request.body),
  );

  app.put(
    '/organizations/:id/affiliations',
    {
      schema: {
        tags,
        summary: "Record a person's role at an organization, current or past",
        params: idParams,
        body: affiliateSchema,
        response: { 200: affiliateResultSchema },
      },
    },
    async (request) => affiliatePerson(request.deps, request.params.id, request.body),
  );

  app.get(
    '/people/:id/organizations',
    {
      schema: {
        tags,
        summary: 'The organizations this person is affiliated with, current first',
        params: idParams,
        response: { 200: z.object({ items: z.array(personOrganizationSchema) }) },
      },
    },
    async (request) => ({ items: await listPersonOrganizations(request.deps, request.params.id) }),
  );
};
