import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SettingsPatch, SettingsView } from '@contract';
import { actorOf } from '../../plugins/audit';
import { consoleRead } from '../../plugins/route-access';
import { expectedVersion, setEtag, withEtag } from '../../shared/versioning';
import { readSettingsView, updateSettings } from './settings.service';

/** Account-wide settings: /api/settings (everyone in the console reads, administrators write). */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    consoleRead('configuration', { summary: 'The settings and the next job number', tags: ['settings'], response: { 200: SettingsView } }),
    async (_request, reply) => {
      const settings = await readSettingsView(app.db);
      setEtag(reply, settings.version);
      return settings;
    },
  );

  app.patch(
    '',
    {
      config: {
        access: ['configuration', 'write'],
        idempotent: 'optional',
        audit: 'settings',
      },
      schema: {
        summary:
          'Change some settings (If-Match: their version). A default template must be published (422 template_not_published); ' +
          'the next job number can only go up (422 job_number_not_higher)',
        tags: ['settings'],
        body: SettingsPatch,
        response: { 200: SettingsView },
      },
    },
    async (request, reply) => withEtag(reply, await updateSettings(app.db, request.body, expectedVersion(request), actorOf(request))),
  );
};
