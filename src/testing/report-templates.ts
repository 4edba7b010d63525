import type { ReportTemplate, ReportTemplateSummary, TemplateDefinition, TemplateField } from '@contract';

export function field(id: string, overrides: Partial<TemplateField> = {}): TemplateField {
  return { id, type: 'checkbox', label: id, mandatory: false, commentsAllowed: true, reservesAllowed: true, ...overrides };
}

/**
 * Safety: "Leak found?" (mandatory checkbox), "Pressure" (number).
 * Evidence: "Photo" (mandatory only when the leak is ticked), "Remarks" (shown only when the leak is ticked).
 */
export function leakDefinition(): TemplateDefinition {
  return {
    families: [
      {
        id: 'safety',
        label: 'Safety',
        fields: [
          field('leak', { label: 'Leak found?', mandatory: true }),
          field('pressure', { type: 'number', label: 'Pressure', unit: 'bar' }),
        ],
      },
      {
        id: 'evidence',
        label: 'Evidence',
        fields: [
          field('photo', { type: 'photo', label: 'Photo', mandatoryWhen: { fieldId: 'leak', operator: 'is_ticked' } }),
          field('remarks', { type: 'text', label: 'Remarks', visibleWhen: { fieldId: 'leak', operator: 'is_ticked' } }),
        ],
      },
    ],
  };
}

export function templateSummary(overrides: Partial<ReportTemplateSummary> = {}): ReportTemplateSummary {
  return {
    id: 't-1',
    name: 'Leak check',
    description: null,
    status: 'published',
    currentVersion: 1,
    familyCount: 2,
    fieldCount: 4,
    jobCount: 3,
    hasUnpublishedChanges: false,
    isDefault: false,
    jobTypeDefaults: [],
    updatedAt: '2026-01-02T10:00:00.000Z',
    updatedBy: { id: 'u-1', displayName: 'Alice Martin' },
    ...overrides,
  };
}

export function reportTemplate(overrides: Partial<ReportTemplate> = {}): ReportTemplate {
  return {
    ...templateSummary(),
    draft: leakDefinition(),
    version: 4,
    versions: [{ versionNumber: 1, publishedAt: '2026-01-02T10:00:00.000Z', publishedBy: { id: 'u-1', displayName: 'Alice Martin' } }],
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}
