import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Customer, CustomerInput, CustomerJobPage, CustomerListQuery, CustomerPage, CustomerPatch, CursorPageQuery, Id } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead, consoleWrite, patchByIdSchema } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { expectedVersion, foundWithEtag, sendCreated, withEtag } from '../../shared/versioning';
import { listCustomerJobs } from './customer-jobs.repository';
import { groupCustomFieldParams } from './customer-custom-values';
import { findCustomer, listCustomers } from './customers.repository';
import { createCustomer, updateCustomer } from './customers.service';

const Params = z.strictObject({ id: Id });

/** Customers with their sites and contacts: /api/customers. */
export const customersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: ['customers', 'read'] },
      preValidation: async (request) => {
        request.query = groupCustomFieldParams(request.query) as typeof request.query;
      },
      schema: {
        summary: 'List or search customers (prefix of name or code, custom field values `cf.<key>`; keyset pages)',
        tags: ['customers'],
        querystring: CustomerListQuery,
        response: { 200: CustomerPage },
      },
    },
    async (request) => listCustomers(app.db, request.query),
  );

  app.post(
    '',
    consoleWrite('customers', 'customer', { summary: 'Create a customer', tags: ['customers'], body: CustomerInput, response: { 201: Customer } }),
    async (request, reply) => sendCreated(reply, '/api/customers', await createCustomer(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    consoleRead('customers', { summary: 'A customer with its sites and contacts', tags: ['customers'], params: Params, response: { 200: Customer } }),
    async (request, reply) => foundWithEtag(reply, await findCustomer(app.db, request.params.id), 'This customer'),
  );

  app.patch(
    '/:id',
    consoleWrite('customers', 'customer', patchByIdSchema('Change a customer (If-Match: its version); sites/contacts sent replace the current ones', ['customers'], CustomerPatch, Customer)),
    async (request, reply) => withEtag(reply, await updateCustomer(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );

  app.get(
    '/:id/jobs',
    consoleRead('customers', {
      summary: "The customer's jobs (job history), newest planned first",
      tags: ['customers'],
      params: Params,
      querystring: CursorPageQuery,
      response: { 200: CustomerJobPage },
    }),
    async (request) => {
      const exists = await app.db.selectFrom('customers').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!exists) throw notFound('This customer');
      return listCustomerJobs(app.db, request.params.id, request.query);
    },
  );
};
