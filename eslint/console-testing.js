// @ts-check
/**
 * Test fixtures live in one `testing/` folder per feature (`src/app/features/<feature>/testing`),
 * next to the code they feed but never shipped with it: a feature's spec files may import its
 * `testing/`, no production file may. Fixtures several features share stay in `src/testing/`.
 *
 * This refines the console boundaries of eslint.config.js rather than copying them: it adds the
 * `feature-testing` element (ahead of the catch-all `feature` element, since the first match wins)
 * and lets the spec files of each feature side reach their own feature's `testing/`.
 */

const sameFeature = { feature: '${from.feature}' };
const testingElement = { type: 'feature-testing', pattern: 'src/app/features/*/testing', capture: ['feature'] };
const featureSides = ['feature', 'feature-page', 'feature-data-access', 'feature-ui'];
/** What fixtures may build on: shared helpers and their own feature's data-access types. */
const testingRule = {
  from: 'feature-testing',
  allow: ['shared-util', ['feature-data-access', sameFeature], ['feature-testing', sameFeature]],
};

/**
 * @param {{ files: string[]; settings: Record<string, any>; rules: Record<string, any> }} consoleBoundaries
 * @returns {import('eslint').Linter.Config[]}
 */
export function consoleTesting(consoleBoundaries) {
  const elements = consoleBoundaries.settings['boundaries/elements'];
  const at = elements.findIndex((/** @type {{ type: string }} */ element) => element.type === 'feature');
  const [level, options] = consoleBoundaries.rules['boundaries/element-types'];
  const withTesting = (/** @type {any[]} */ rules) => ({ ...options, rules: [...rules, testingRule] });
  const specRules = options.rules.map((/** @type {{ from: string; allow: unknown[] }} */ rule) =>
    featureSides.includes(rule.from) ? { ...rule, allow: [...rule.allow, ['feature-testing', sameFeature]] } : rule,
  );
  return [
    {
      files: consoleBoundaries.files,
      settings: { 'boundaries/elements': [...elements.slice(0, at), testingElement, ...elements.slice(at)] },
      rules: { 'boundaries/element-types': [level, withTesting(options.rules)] },
    },
    {
      files: ['src/**/*.spec.ts'],
      rules: { 'boundaries/element-types': [level, withTesting(specRules)] },
    },
  ];
}
