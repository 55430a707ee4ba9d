import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { addUser } from '../../core/auth/add-user.js';
import { listUsers } from '../../core/auth/list-users.js';
import { removeUser } from '../../core/auth/remove-user.js';
import type { AccountDeps } from '../../core/auth/repo.js';
import { addUserSchema } from '../../core/auth/schema.js';
import { userSchema } from '../../core/users/schema.js';
import { adminOnly } from '../auth/admin-only.js';

const idParams = z.object({ id: z.string().max(64) });

/**
 * Accounts, for admins only. To anyone else these routes do not exist (404), so they
 * reveal neither the accounts nor that an admin API is here.
 */
export const userRoutes: FastifyPluginAsyncZod<{ accounts: AccountDeps }> = async (app, { accounts }) => {
  const tags = ['users'];

  app.addHook('onRequest', adminOnly);

  app.get(
    '/users',
    { schema: { tags, summary: 'Every account (admins only)', response: { 200: z.array(userSchema) } } },
    async () => listUsers(accounts),
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Add an account (admins only)',
        body: addUserSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addUser(accounts, request.body)),
  );

  app.delete(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Remove an account and everything it owns (admins only)',
        params: idParams,
        response: { 200: userSchema },
      },
    },
    async (request) => removeUser(accounts, request.params.id),
  );
};
