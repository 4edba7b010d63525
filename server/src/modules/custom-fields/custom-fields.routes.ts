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
import { consoleRead, consoleWrite, patchByIdSchema } from '../../plugins/route-access';
import { expectedVersion, foundWithEtag, sendCreated, withEtag } from '../../shared/versioning';
import { findCustomField, listCustomFields } from './custom-fields.repository';
import { createCustomField, updateCustomField } from './custom-fields.service';

const Params = z.strictObject({ id: Id });

/** Custom field definitions of jobs and customers: /api/custom-fields (console reads, administrators write). */
export const customFieldsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', {
      summary: 'Custom field definitions in their order (filters: entity, active)',
      tags: ['custom-fields'],
      querystring: CustomFieldListQuery,
      response: { 200: CustomFieldDefinitionList },
    }),
    async (request) => ({ items: await listCustomFields(app.db, request.query) }),
  );

  app.post(
    '',
    consoleWrite('configuration', 'custom_field', {
      summary: 'Define a custom field (a key already used by the entity → 409 custom_field_key_taken)',
      tags: ['custom-fields'],
      body: CustomFieldDefinitionInput,
      response: { 201: CustomFieldDefinition },
    }),
    async (request, reply) => sendCreated(reply, '/api/custom-fields', await createCustomField(app.db, request.body, actorOf(request))),
  );

  app.get(
    '/:id',
    consoleRead('configuration', { summary: 'A custom field definition', tags: ['custom-fields'], params: Params, response: { 200: CustomFieldDefinition } }),
    async (request, reply) => foundWithEtag(reply, await findCustomField(app.db, request.params.id), 'This custom field'),
  );

  app.patch(
    '/:id',
    consoleWrite(
      'configuration',
      'custom_field',
      patchByIdSchema(
        'Change a custom field (If-Match: its version); `active: false` deactivates it (its values stay readable)',
        ['custom-fields'],
        CustomFieldDefinitionPatch,
        CustomFieldDefinition,
      ),
    ),
    async (request, reply) => withEtag(reply, await updateCustomField(app.db, request.params.id, request.body, expectedVersion(request), actorOf(request))),
  );
};
