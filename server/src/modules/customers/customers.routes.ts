import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Customer, CustomerInput, CustomerJobPage, CustomerListQuery, CustomerPage, CustomerPatch, CursorPageQuery } from '@contract';
import { consoleRead, IdParams } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { versionedEntityRoutes } from '../../plugins/versioned-entity-routes';
import { listCustomerJobs } from './customer-jobs.repository';
import { groupCustomFieldParams } from './customer-custom-values';
import { findCustomer, listCustomers } from './customers.repository';
import { createCustomer, updateCustomer } from './customers.service';

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

  versionedEntityRoutes(app, {
    capability: 'customers',
    audit: 'customer',
    tags: ['customers'],
    collection: '/api/customers',
    entity: Customer,
    create: { summary: 'Create a customer', body: CustomerInput, run: createCustomer },
    read: { summary: 'A customer with its sites and contacts', what: 'This customer', run: findCustomer },
    update: {
      summary: 'Change a customer (If-Match: its version); sites/contacts sent replace the current ones',
      body: CustomerPatch,
      run: updateCustomer,
    },
  });

  app.get(
    '/:id/jobs',
    consoleRead('customers', {
      summary: "The customer's jobs (job history), newest planned first",
      tags: ['customers'],
      params: IdParams,
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
