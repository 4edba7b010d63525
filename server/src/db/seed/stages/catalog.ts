import type { Catalog, ItemRef, SeedContext } from '../context';
import { DAY, iso } from '../clock';
import { catalogFamilies, type JobTypeCode } from '../data/catalog';
import { searchForm } from '../text';

const JOB_TYPES: readonly JobTypeCode[] = ['maintenance', 'installation', 'repair', 'inspection'];

/** Families and items; references PRT-00042 for parts, SRV-0007 for services. */
export async function seedCatalog(ctx: SeedContext): Promise<Catalog> {
  const createdAt = iso(ctx.now - 400 * DAY);
  const items: ItemRef[] = [];
  let partNumber = 0;
  let serviceNumber = 0;
  catalogFamilies.forEach((family, index) => {
    const familyId = ctx.ids.next();
    ctx.writer.add('catalogFamilies', { id: familyId, name: family.name, sortOrder: (index + 1) * 10, createdAt, updatedAt: createdAt, version: 1 });
    for (const data of family.items) {
      const reference =
        family.kind === 'part' ? `PRT-${String(++partNumber).padStart(5, '0')}` : `SRV-${String(++serviceNumber).padStart(4, '0')}`;
      const item: ItemRef = {
        id: ctx.ids.next(),
        familyId,
        familyName: family.name,
        kind: family.kind,
        name: data.name,
        unit: data.unit ?? 'unit',
        priceCents: Math.round(data.price * 100),
        taxRateBp: family.taxRateBp,
        serialPrefix: data.serialPrefix ?? null,
        stockTracked: data.stockTracked ?? family.stockTracked,
        equipment: family.equipment === true && data.serialPrefix !== undefined,
        use: data.use ?? [],
      };
      items.push(item);
      ctx.writer.add('catalogItems', {
        id: item.id,
        familyId,
        kind: item.kind,
        reference,
        name: item.name,
        searchName: searchForm(item.name),
        description: data.description ?? null,
        unit: item.unit,
        unitPriceCents: item.priceCents,
        taxRateBp: item.taxRateBp,
        isSerialized: item.serialPrefix ? 1 : 0,
        isStockTracked: item.stockTracked ? 1 : 0,
        isActive: 1,
        createdAt,
        updatedAt: createdAt,
        version: 1,
      });
    }
  });
  await ctx.writer.flush();

  const byName = (start: string) => {
    const found = items.find((i) => i.name.startsWith(start));
    if (!found) throw new Error(`seed catalog: no item starting with "${start}"`);
    return found;
  };
  const parts = items.filter((i) => i.kind === 'part');
  const perType = (serialized: boolean) =>
    Object.fromEntries(
      JOB_TYPES.map((t) => [t, parts.filter((i) => i.use.includes(t) && (i.serialPrefix !== null) === serialized && !i.equipment)]),
    ) as Record<JobTypeCode, ItemRef[]>;
  return {
    items,
    labour: byName("Main-d'œuvre technicien"),
    travel: items.filter((i) => i.name.startsWith('Déplacement zone')),
    serviceFlatRates: {
      maintenance: byName('Entretien annuel chaudière gaz'),
      installation: byName('Mise en service'),
      repair: byName('Diagnostic'),
      inspection: byName('Diagnostic'),
    },
    partsFor: perType(false),
    serializedFor: perType(true),
    airConditioners: items.filter((i) => i.equipment && i.familyName.startsWith('Climatisation')),
    boilers: items.filter((i) => i.equipment && i.familyName.startsWith('Chaudières')),
  };
}
