import type { Kysely } from 'kysely';
import type { TemplateDefinition, TemplateField } from '@contract';
import type { Database } from '../src/db/database';
import { jobRow } from './job-rows';

/** A field with the defaults a parsed template has; override what the test is about. */
export const aField = (id: string, overrides: Partial<TemplateField> = {}): TemplateField => ({
  id,
  type: 'text',
  label: `Field ${id}`,
  mandatory: false,
  commentsAllowed: true,
  reservesAllowed: true,
  ...overrides,
});

/** One family per entry: `{ a: [fields] }` → family `a` labelled "Family a". */
export const aDefinition = (families: Record<string, TemplateField[]>): TemplateDefinition => ({
  families: Object.entries(families).map(([id, fields]) => ({ id, label: `Family ${id}`, fields })),
});

/** A small valid template: a mandatory checkbox, and a photo mandatory only when it is ticked. */
export const leakCheck = (): TemplateDefinition => ({
  families: [
    {
      id: 'fam-check',
      label: 'Checks',
      fields: [
        aField('leak', { type: 'checkbox', label: 'Leak found?', mandatory: true }),
        aField('leak-photo', {
          type: 'photo',
          label: 'Photo of the leak',
          mandatoryWhen: { fieldId: 'leak', operator: 'is_ticked' },
        }),
      ],
    },
    { id: 'fam-end', label: 'Sign-off', fields: [aField('notes', { label: 'Notes' })] },
  ],
});

/** A customer and `count` jobs on a template version, written straight into the database. */
export async function insertJobs(
  db: Kysely<Database>,
  template: { id: string; version: number },
  count: number,
): Promise<void> {
  const now = new Date().toISOString();
  const customerId = crypto.randomUUID();
  await db
    .insertInto('customers')
    .values({
      id: customerId,
      code: `C-T${customerId.slice(0, 6)}`,
      name: 'Test customer',
      searchName: 'test customer',
      email: null,
      phone: null,
      notes: null,
      customFields: '{}',
      createdAt: now,
      updatedAt: now,
      version: 1,
    })
    .execute();
  for (let i = 0; i < count; i++) {
    await db
      .insertInto('jobs')
      .values(jobRow({ status: 'created', customerId, templateId: template.id, templateVersion: template.version, createdAt: now, updatedAt: now }))
      .execute();
  }
}
