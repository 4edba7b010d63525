import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Customer, CustomerInput, CustomerJobPage, CustomerListQuery, CustomerPage, CustomerPatch, Id, PageQuery } from '@contract';
import { actorOf } from '../../plugins/audit';
import { notFound } from '../../shared/errors';
import { expectedVersion, setEtag } from '../../shared/versioning';
import { listCustomerJobs } from './customer-jobs.repository';
import { groupCustomFieldParams } from './customer-custom-values';
import { findCustomer, listCustomers } from './customers.repository';
import { createCustomer, updateCustomer } from './customers.service';

const Params = z.strictObject({ id: Id });
const JobsQuery = PageQuery.pick({ limit: true, cursor: true });

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
    {
      config: { access: ['customers', 'write'], idempotent: 'optional', audit: 'customer' },
      schema: { summary: 'Create a customer', tags: ['customers'], body: CustomerInput, response: { 201: Customer } },
    },
    async (request, reply) => {
      const created = await createCustomer(app.db, request.body, actorOf(request));
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/customers/${created.id}`).send(created);
    },
  );

  app.get(
    '/:id',
    {
      config: { access: ['customers', 'read'] },
      schema: { summary: 'A customer with its sites and contacts', tags: ['customers'], params: Params, response: { 200: Customer } },
    },
    async (request, reply) => {
      const customer = await findCustomer(app.db, request.params.id);
      if (!customer) throw notFound('This customer');
      setEtag(reply, customer.version);
      return customer;
    },
  );

  app.patch(
    '/:id',
    {
      config: { access: ['customers', 'write'], idempotent: 'optional', audit: 'customer' },
      schema: {
        summary: 'Change a customer (If-Match: its version); sites/contacts sent replace the current ones',
        tags: ['customers'],
        params: Params,
        body: CustomerPatch,
        response: { 200: Customer },
      },
    },
    async (request, reply) => {
      const version = expectedVersion(request);
      const updated = await updateCustomer(app.db, request.params.id, request.body, version, actorOf(request));
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.get(
    '/:id/jobs',
    {
      config: { access: ['customers', 'read'] },
      schema: {
        summary: "The customer's jobs (job history), newest planned first",
        tags: ['customers'],
        params: Params,
        querystring: JobsQuery,
        response: { 200: CustomerJobPage },
      },
    },
    async (request) => {
      const exists = await app.db.selectFrom('customers').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!exists) throw notFound('This customer');
      return listCustomerJobs(app.db, request.params.id, request.query);
    },
  );
};
