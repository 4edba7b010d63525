import en from '../../../../public/i18n/en.json';
import fr from '../../../../public/i18n/fr.json';
import { quantityProblemKey, quantityText } from './quantity';

type Tree = { [key: string]: string | Tree };

/** The real translation files, read as transloco does (`{{n}}` replaced). */
const translator = (tree: Tree) => (key: string, params: { n: string }) => {
  const text = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof text === 'string' ? text.replace('{{n}}', params.n) : key;
};
const inEnglish = (q: number, unit: string) => quantityText(q, unit, 'en', translator(en as Tree));
const inFrench = (q: number, unit: string) => quantityText(q, unit, 'fr', translator(fr as Tree));

describe('quantities with their unit', () => {
  it('say pieces and flat rates in words, singular or plural, in each language', () => {
    expect(inFrench(1, 'unit')).toBe('1 pièce');
    expect(inFrench(2, 'unit')).toBe('2 pièces');
    expect(inFrench(1, 'flat')).toBe('1 forfait');
    expect(inEnglish(1, 'unit')).toBe('1 piece');
    expect(inEnglish(3, 'unit')).toBe('3 pieces');
    expect(inEnglish(2, 'flat')).toBe('2 flat rates');
  });

  it('write measures with their symbol and the decimal mark of the language', () => {
    expect(inFrench(2.5, 'metre')).toBe('2,5 m');
    expect(inEnglish(2.5, 'metre')).toBe('2.5 m');
    expect(inFrench(1.25, 'hour')).toBe('1,25 h');
    expect(inEnglish(0.75, 'litre')).toBe('0.75 L');
    expect(inFrench(12, 'kg')).toBe('12 kg');
  });

  it('read an unknown unit of older data as pieces', () => {
    expect(inEnglish(2, 'box')).toBe('2 pieces');
  });

  it('say what is wrong with a typed quantity before the server does', () => {
    expect(quantityProblemKey(1.5, 'unit')).toBe('quantity.wholeNumbers');
    expect(quantityProblemKey(1.5, 'flat')).toBe('quantity.wholeNumbers');
    expect(quantityProblemKey(2.5, 'metre')).toBeNull();
    expect(quantityProblemKey(2.555, 'metre')).toBe('quantity.twoDecimals');
    expect(quantityProblemKey(10_001, 'hour')).toBe('quantity.tooLarge');
    expect(quantityProblemKey(0, 'kg')).toBe('quantity.positive');
    expect(quantityProblemKey(null, 'kg')).toBeNull();
  });
});
