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
import { CONSOLE } from '../../plugins/route-access';
import { notFound } from '../../shared/errors';
import { expectedVersion, setEtag } from '../../shared/versioning';
import { findCustomField, listCustomFields } from './custom-fields.repository';
import { createCustomField, updateCustomField } from './custom-fields.service';

const Params = z.strictObject({ id: Id });
const aField = () => ({
  entity: 'customer' as const,
  key: `audit${crypto.randomUUID().slice(0, 8)}`,
  labelEn: 'Audited field',
  labelFr: 'Champ audité',
  type: 'text' as const,
});

/** Custom field definitions of jobs and customers: /api/custom-fields (console reads, administrators write). */
export const customFieldsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { roles: CONSOLE },
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
      config: { roles: ['admin'], idempotent: 'optional', audit: { sample: async () => ({ url: '/api/custom-fields', body: aField() }) } },
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
      config: { roles: CONSOLE },
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
        roles: ['admin'],
        idempotent: 'optional',
        audit: {
          sample: async (p) => {
            const { body } = await p.call<{ id: string }>('POST', '/api/custom-fields', aField());
            return { url: `/api/custom-fields/${body.id}`, body: { active: false }, headers: { 'if-match': '1' } };
          },
        },
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
