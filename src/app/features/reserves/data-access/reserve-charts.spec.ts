import { type ChartTexts, openByAgeChart, openedVsClosedChart, shorten, topFieldsChart } from './reserve-charts';
import type { ReserveStats } from './reserve-model';

const texts: ChartTexts = { opened: 'Opened', closed: 'Closed', count: 'Reserves', bucket: (k) => `age ${k}`, week: (d) => `week ${d}` };
const stats: ReserveStats = {
  openedVsClosedByWeek: [
    { weekStart: '2026-11-09', opened: 3, closed: 1 },
    { weekStart: '2026-11-16', opened: 0, closed: 2 },
  ],
  openByAge: [
    { bucket: '<1d', count: 2 },
    { bucket: '>30d', count: 5 },
  ],
  topFields: Array.from({ length: 12 }, (_, i) => ({ familyLabel: 'Boiler', fieldLabel: `F${i}`, count: i + 1 })),
};

describe('reserve chart builders', () => {
  it('opened vs closed: two series per week, and the same numbers as a table', () => {
    const view = openedVsClosedChart(stats, texts);
    expect(view.config.data.labels).toEqual(['week 2026-11-09', 'week 2026-11-16']);
    expect(view.config.data.datasets.map((d) => d.data)).toEqual([
      [3, 0],
      [1, 2],
    ]);
    expect(view.table).toEqual({ head: ['', 'Opened', 'Closed'], rows: [['week 2026-11-09', 3, 1], ['week 2026-11-16', 0, 2]] });
    expect(view.empty).toBeFalse();
  });

  it('open by age: one bar per bucket with its label', () => {
    const view = openByAgeChart(stats, texts);
    expect(view.config.data.labels).toEqual(['age <1d', 'age >30d']);
    expect(view.table.rows).toEqual([['age <1d', 2], ['age >30d', 5]]);
  });

  it('top fields: the ten largest, most first, horizontal, named "family › field"', () => {
    const view = topFieldsChart(stats, texts);
    expect(view.config.options?.indexAxis).toBe('y');
    expect(view.table.rows.length).toBe(10);
    expect(view.table.rows[0]).toEqual(['Boiler › F11', 12]);
    expect(view.table.rows[9]).toEqual(['Boiler › F2', 3]);
  });

  it('shortens long axis labels from the start, keeping the field name', () => {
    expect(shorten('Controls / Checks › Burner cleaned', 16)).toBe('… Burner cleaned');
    expect(shorten('Controls / Checks › Burner cleaned', 16).length).toBe(16);
    expect(shorten('Boiler › F1', 16)).toBe('Boiler › F1');
  });

  it('says when there is nothing to draw', () => {
    const none: ReserveStats = { openedVsClosedByWeek: [{ weekStart: '2026-11-16', opened: 0, closed: 0 }], openByAge: [], topFields: [] };
    expect(openedVsClosedChart(none, texts).empty).toBeTrue();
    expect(openByAgeChart(none, texts).empty).toBeTrue();
    expect(topFieldsChart(none, texts).empty).toBeTrue();
  });
});
