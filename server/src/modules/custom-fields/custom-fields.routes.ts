import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CustomFieldDefinition,
  CustomFieldDefinitionInput,
  CustomFieldDefinitionList,
  CustomFieldDefinitionPatch,
  CustomFieldListQuery,
} from '@contract';
import { versionedEntityRoutes } from '../../plugins/versioned-entity-routes';
import { consoleRead } from '../../plugins/route-access';
import { findCustomField, listCustomFields } from './custom-fields.repository';
import { createCustomField, updateCustomField } from './custom-fields.service';

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

  versionedEntityRoutes(app, {
    capability: 'configuration',
    audit: 'custom_field',
    tags: ['custom-fields'],
    collection: '/api/custom-fields',
    entity: CustomFieldDefinition,
    create: {
      summary: 'Define a custom field (a key already used by the entity → 409 custom_field_key_taken)',
      body: CustomFieldDefinitionInput,
      run: createCustomField,
    },
    read: { summary: 'A custom field definition', what: 'This custom field', run: findCustomField },
    update: {
      summary: 'Change a custom field (If-Match: its version); `active: false` deactivates it (its values stay readable)',
      body: CustomFieldDefinitionPatch,
      run: updateCustomField,
    },
  });
};
