import type { ChartConfiguration } from 'chart.js';
import type { ReserveStats } from './reserve-model';

export interface ChartTexts {
  opened: string;
  closed: string;
  count: string;
  /** An age bucket's label by its key. */
  bucket: (key: string) => string;
  /** A week's start day, as the reader writes it. */
  week: (isoDay: string) => string;
}

/** One chart and its text alternative (a table: header row, then one row per bar). */
export interface ChartView {
  config: ChartConfiguration<'bar'>;
  table: { head: string[]; rows: (string | number)[][] };
  empty: boolean;
}

// Material's palette, read by the canvas (it cannot resolve CSS variables).
const BLUE = '#3f6ad8';
const GREEN = '#2e7d32';
const ORANGE = '#e07b00';

const common = { responsive: true, maintainAspectRatio: false, animation: false } as const;

export function openedVsClosedChart(stats: ReserveStats, t: ChartTexts): ChartView {
  const weeks = stats.openedVsClosedByWeek;
  const labels = weeks.map((w) => t.week(w.weekStart));
  return {
    config: {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: t.opened, data: weeks.map((w) => w.opened), backgroundColor: ORANGE },
          { label: t.closed, data: weeks.map((w) => w.closed), backgroundColor: GREEN },
        ],
      },
      options: { ...common, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: { head: ['', t.opened, t.closed], rows: weeks.map((w, i) => [labels[i]!, w.opened, w.closed]) },
    empty: weeks.every((w) => w.opened === 0 && w.closed === 0),
  };
}

export function openByAgeChart(stats: ReserveStats, t: ChartTexts): ChartView {
  const buckets = stats.openByAge;
  const labels = buckets.map((b) => t.bucket(b.bucket));
  return {
    config: {
      type: 'bar',
      data: { labels, datasets: [{ label: t.count, data: buckets.map((b) => b.count), backgroundColor: BLUE }] },
      options: { ...common, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: { head: ['', t.count], rows: buckets.map((b, i) => [labels[i]!, b.count]) },
    empty: buckets.every((b) => b.count === 0),
  };
}

/** The ten fields with the most reserves, most first, named "family › field". */
export function topFieldsChart(stats: ReserveStats, t: ChartTexts): ChartView {
  const top = [...stats.topFields].sort((a, b) => b.count - a.count).slice(0, 10);
  const labels = top.map((f) => fieldName(f.familyLabel, f.fieldLabel));
  return {
    config: {
      type: 'bar',
      data: { labels, datasets: [{ label: t.count, data: top.map((f) => f.count), backgroundColor: BLUE }] },
      options: {
        ...common,
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          // Long "family › field" names are shortened on the axis; the tooltip and the table keep them whole.
          y: { ticks: { callback: (_value, index) => shorten(labels[index] ?? '', 28) } },
        },
      },
    },
    table: { head: ['', t.count], rows: top.map((f, i) => [labels[i]!, f.count]) },
    empty: top.length === 0,
  };
}

/** The end of a long label (the field's own name is at the end), with an ellipsis. */
export const shorten = (text: string, max: number) => (text.length > max ? `…${text.slice(text.length - max + 1)}` : text);

export const fieldName = (family: string, field: string) => (family ? `${family} › ${field}` : field);
