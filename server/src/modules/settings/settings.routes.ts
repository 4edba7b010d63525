import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SettingsPatch, SettingsWithVersion } from '@contract';
import { actorOf, audit } from '../../plugins/audit';
import { CONSOLE } from '../../plugins/route-access';
import { diff } from '../../shared/diff';
import { assertVersion, expectedVersion, setEtag, versionMismatch } from '../../shared/versioning';
import { assertUsableAsDefault } from '../report-templates/template-defaults';
import { readSettings, writeSettings } from './settings.repository';

/** Account-wide settings: /api/settings (everyone in the console reads, administrators write). */
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      config: { roles: CONSOLE },
      schema: { summary: 'The settings', tags: ['settings'], response: { 200: SettingsWithVersion } },
    },
    async (_request, reply) => {
      const settings = await readSettings(app.db);
      setEtag(reply, settings.version);
      return settings;
    },
  );

  app.patch(
    '',
    {
      config: { roles: ['admin'], idempotent: 'optional' },
      schema: {
        summary: 'Change some settings (If-Match: their version); a default template must be published (422 template_not_published)',
        tags: ['settings'],
        body: SettingsPatch,
        response: { 200: SettingsWithVersion },
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request);
      const saved = await app.db.transaction().execute(async (trx) => {
        const { version, ...current } = await readSettings(trx);
        assertVersion(version, expected);
        const next = { ...current, ...request.body };
        if (next.defaultTemplateId !== null && next.defaultTemplateId !== current.defaultTemplateId) {
          await assertUsableAsDefault(trx, next.defaultTemplateId);
        }
        if (!(await writeSettings(trx, next, expected, request.principal?.user.id ?? null))) {
          throw versionMismatch(expected + 1);
        }
        await audit(trx, { actor: actorOf(request), action: 'update', entityType: 'settings', entityId: '1', changes: diff(current, next) });
        return { ...next, version: expected + 1 };
      });
      setEtag(reply, saved.version);
      return saved;
    },
  );
};
