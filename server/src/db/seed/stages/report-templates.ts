import { TemplateDefinition, defaultSettings, type Settings } from '@contract';
import type { JobTypeRef, People, SeedContext, TemplateRef } from '../context';
import type { JobTypeCode } from '../data/catalog';
import { DAY, iso } from '../clock';
import { templates } from '../data/templates';

/** Published templates (version 1), the job types using them, and the settings row. */
export async function seedTemplates(ctx: SeedContext, people: People): Promise<{ templates: TemplateRef[]; jobTypes: JobTypeRef[] }> {
  const createdAt = ctx.now - 380 * DAY;
  const refs: TemplateRef[] = templates.map((data, index) => {
    // The demo must never ship a template the API itself would refuse.
    const definition = TemplateDefinition.parse(data.definition);
    const id = ctx.ids.next();
    const publishedAt = iso(createdAt + (index + 1) * DAY);
    const json = JSON.stringify(definition);
    ctx.writer.add('reportTemplates', {
      id,
      name: data.name,
      description: data.description,
      status: 'published',
      draft: json,
      currentVersion: 1,
      createdBy: people.admin.id,
      updatedBy: people.admin.id,
      createdAt: iso(createdAt),
      updatedAt: publishedAt,
      version: 2,
    });
    ctx.writer.add('reportTemplateVersions', {
      id: ctx.ids.next(),
      templateId: id,
      versionNumber: 1,
      name: data.name,
      definition: json,
      publishedBy: people.admin.id,
      publishedAt,
    });
    const fields = definition.families.flatMap((family) => family.fields.map((field) => ({ ...field, familyLabel: family.label })));
    return { id, key: data.key, definition, fields };
  });
  const boiler = refs.find((t) => t.key === 'boiler') as TemplateRef;
  const airConditioning = refs.find((t) => t.key === 'air_conditioning') as TemplateRef;

  const types: [JobTypeCode, string, string, TemplateRef][] = [
    ['maintenance', 'Maintenance', 'Entretien', boiler],
    ['installation', 'Installation', 'Installation', airConditioning],
    ['repair', 'Repair', 'Dépannage', boiler],
    ['inspection', 'Inspection', 'Contrôle', boiler],
  ];
  const jobTypes = types.map(([code, nameEn, nameFr, template]) => {
    const id = ctx.ids.next();
    ctx.writer.add('jobTypes', { id, code, nameEn, nameFr, defaultTemplateId: template.id, isActive: 1, createdAt: iso(createdAt) });
    return { id, code, template };
  });

  const settings: Settings = { ...defaultSettings, defaultTemplateId: boiler.id };
  ctx.writer.add('settings', { id: 1, data: JSON.stringify(settings), version: 1, updatedAt: iso(createdAt), updatedBy: people.admin.id });
  await ctx.writer.flush();
  return { templates: refs, jobTypes };
}
