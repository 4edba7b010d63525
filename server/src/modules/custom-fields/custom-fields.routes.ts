import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CustomFieldDefinition,
  CustomFieldDefinitionInput,
  CustomFieldDefinitionList,
  CustomFieldDefinitionPatch,
  CustomFieldListQuery,
  Id,
} from '@contract';
import { actorOf } from '../../plugins/audit';
import { notFound } from '../../shared/errors';
import { expectedVersion, setEtag } from '../../shared/versioning';
import { findCustomField, listCustomFields } from './custom-fields.repository';
import { createCustomField, updateCustomField } from './custom-fields.service';

const Params = z.strictObject({ id: Id });

/** Custom field definitions of jobs and customers: /api/custom-fields (console reads, administrators write). */
export const customFieldsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { access: ['configuration', 'read'] },
      schema: {
        summary: 'Custom field definitions in their order (filters: entity, active)',
        tags: ['custom-fields'],
        querystring: CustomFieldListQuery,
        response: { 200: CustomFieldDefinitionList },
      },
    },
    async (request) => ({ items: await listCustomFields(app.db, request.query) }),
  );

  app.post(
    '',
    {
      config: { access: ['configuration', 'write'], idempotent: 'optional', audit: 'custom_field' },
      schema: {
        summary: 'Define a custom field (a key already used by the entity → 409 custom_field_key_taken)',
        tags: ['custom-fields'],
        body: CustomFieldDefinitionInput,
        response: { 201: CustomFieldDefinition },
      },
    },
    async (request, reply) => {
      const created = await createCustomField(app.db, request.body, actorOf(request));
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/custom-fields/${created.id}`).send(created);
    },
  );

  app.get(
    '/:id',
    {
      config: { access: ['configuration', 'read'] },
      schema: { summary: 'A custom field definition', tags: ['custom-fields'], params: Params, response: { 200: CustomFieldDefinition } },
    },
    async (request, reply) => {
      const found = await findCustomField(app.db, request.params.id);
      if (!found) throw notFound('This custom field');
      setEtag(reply, found.version);
      return found;
    },
  );

  app.patch(
    '/:id',
    {
      config: {
        access: ['configuration', 'write'],
        idempotent: 'optional',
        audit: 'custom_field',
      },
      schema: {
        summary: 'Change a custom field (If-Match: its version); `active: false` deactivates it (its values stay readable)',
        tags: ['custom-fields'],
        params: Params,
        body: CustomFieldDefinitionPatch,
        response: { 200: CustomFieldDefinition },
      },
    },
    async (request, reply) => {
      const updated = await updateCustomField(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request));
      setEtag(reply, updated.version);
      return updated;
    },
  );
};
