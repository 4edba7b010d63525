import { auditActions, auditEntityTypes } from '@contract/rules';
import en from '../../../../public/i18n/audit/en.json';
import fr from '../../../../public/i18n/audit/fr.json';

/**
 * The server's audit writer accepts only the actions and object kinds of `contract/rules/audit.ts`;
 * each must read as words in both languages, never as a raw key in the trail.
 */
describe('audit trail labels', () => {
  for (const [language, labels] of [['en', en], ['fr', fr]] as const) {
    it(`name every action the server can write, in ${language}`, () => {
      const actions = labels.actions as Record<string, string>;
      const missing = auditActions.filter((action) => !actions[action]?.trim());
      expect(missing).toEqual([]);
    });

    it(`name every kind of object the trail mentions, in ${language}`, () => {
      const types = labels.types as Record<string, string>;
      const missing = auditEntityTypes.filter((type) => !types[type]?.trim());
      expect(missing).toEqual([]);
    });
  }

  it('say different things for different actions', () => {
    for (const labels of [en, fr]) {
      const words = Object.values(labels.actions as Record<string, string>);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
