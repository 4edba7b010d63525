import type { JobAnswer, Locale, SignatureAnswer, TemplateField } from '@contract';
import { answerText, formatDateTime, formatDuration, formatMoney, formatQuantityWithUnit, reportPdfStrings, type ReportPdfData, type ReportPdfStrings } from '../review';
import { onlineViewStrings, type OnlineViewStrings } from './online-view-strings';

/** What the page shows besides the report data: the job's contact, and whether prices may be shown. */
export interface OnlineViewExtras {
  contact: { name: string; phone: string | null; email: string | null } | null;
  showPrices: boolean;
}

const REPORT_STATUSES = new Set(['completed', 'validated']);

/** Text for HTML: every character that could open markup is an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = escapeHtml;

/** Only image data URLs we can vouch for become <img src>; anything else is left out. */
function imageDataUrl(value: string | undefined | null): string | null {
  return value && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/.test(value) ? value : null;
}

function bytesDataUrl(bytes: Buffer | undefined): string | null {
  if (!bytes) return null;
  const type = bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/**
 * The job's online view as one HTML page rendered by the server (no console code, no script):
 * the job, where and when, the contact; once completed, the report (visible fields only), parts
 * (prices only when the settings allow) and signatures — what the PDF shows, for a phone screen.
 */
export function renderOnlineViewPage(data: ReportPdfData, extras: OnlineViewExtras, locale: Locale, otherLanguageHref: string): string {
  const s = reportPdfStrings(locale);
  const v = onlineViewStrings(locale);
  const when = (iso: string | null) => (iso ? e(formatDateTime(iso, locale) ?? '') : s.notYet);
  const span = (start: string | null, end: string | null, none: string) => (start || end ? `${when(start)} – ${when(end)}` : e(none));
  const rows: [string, string][] = [
    [s.status, e(s.statuses[data.status])],
    [s.customer, e(data.customerName)],
  ];
  if (data.site) rows.push([v.address, [data.site.name, ...data.site.lines].map(e).join('<br>')]);
  if (extras.contact) rows.push([v.contact, [extras.contact.name, extras.contact.phone, extras.contact.email].filter((x): x is string => !!x).map(e).join('<br>')]);
  if (data.technicians.length > 0) rows.push([s.technicians, data.technicians.map((t) => e(t.name)).join(', ')]);
  rows.push([s.planned, span(data.plannedStart, data.plannedEnd, s.notPlanned)]);
  rows.push([s.actual, span(data.actualStart, data.actualEnd, s.notYet)]);
  if (data.workedSeconds > 0) rows.push([s.worked, e(formatDuration(data.workedSeconds))]);

  const body = [
    `<header><p class="brand">FieldDesk</p><h1>${e(v.pageTitle(data.number))}</h1><p>${e(v.intro)}</p>`,
    `<nav aria-label="${e(v.language)}"><a href="${e(otherLanguageHref)}" hreflang="${v.otherLanguage.locale}" lang="${v.otherLanguage.locale}">${e(v.otherLanguage.label)}</a></nav></header>`,
    '<main>',
    `<section aria-labelledby="job"><h2 id="job">${e(s.job)}</h2>${definitionList(rows)}`,
    data.description ? `<h3>${e(v.description)}</h3><p class="text">${e(data.description)}</p>` : '',
    '</section>',
    REPORT_STATUSES.has(data.status) ? reportSections(data, extras, locale, s, v) : `<p class="later">${e(v.reportLater)}</p>`,
    '</main>',
  ].join('');
  return page(locale, v.pageTitle(data.number), body);
}

function reportSections(data: ReportPdfData, extras: OnlineViewExtras, locale: Locale, s: ReportPdfStrings, v: OnlineViewStrings): string {
  return [reportSection(data, locale, s, v), itemsSection(data, extras, locale, s), signaturesSection(data, locale, s, v)].join('');
}

function reportSection(data: ReportPdfData, locale: Locale, s: ReportPdfStrings, v: OnlineViewStrings): string {
  const answers = new Map(data.report.answers.map((a) => [a.fieldId, a]));
  const families = data.definition.families
    .map((family) => ({ family, fields: family.fields.filter((f) => data.visibleFields.has(f.id)) }))
    .filter(({ fields }) => fields.length > 0)
    .map(({ family, fields }) => `<h3>${e(family.label)}</h3>${definitionList(fields.map((f) => [f.label, answerHtml(data, f, answers.get(f.id), locale, s, v)]))}`);
  return `<section aria-labelledby="report"><h2 id="report">${e(s.report)}</h2>${families.length > 0 ? families.join('') : `<p>${e(s.noReport)}</p>`}</section>`;
}

function answerHtml(data: ReportPdfData, field: TemplateField, answer: JobAnswer | undefined, locale: Locale, s: ReportPdfStrings, v: OnlineViewStrings): string {
  if (!answer) return e(s.notYet);
  let html: string;
  if (field.type === 'photo') {
    const captions = new Map(data.report.attachments.map((a) => [a.id, a.description]));
    const ids = Array.isArray(answer.value) ? (answer.value as string[]) : [];
    html = ids
      .map((id) => ({ src: bytesDataUrl(data.images.get(id)), caption: captions.get(id) ?? null }))
      .filter((p): p is { src: string; caption: string | null } => p.src !== null)
      .map((p) => `<figure><img src="${p.src}" alt="${e(p.caption ?? `${v.photo} – ${field.label}`)}">${p.caption ? `<figcaption>${e(p.caption)}</figcaption>` : ''}</figure>`)
      .join('');
  } else if (field.type === 'signature') {
    const signature = answer.value as SignatureAnswer;
    const src = imageDataUrl(signature.image);
    html = `${src ? `<img class="signature" src="${src}" alt="${e(v.signatureOf(signature.signerName))}">` : ''}<span>${e(signature.signerName)}</span>`;
  } else {
    html = e(answerText(field, answer.value, locale, s));
  }
  return answer.comment ? `${html}<p class="comment">${e(s.comment)}: ${e(answer.comment)}</p>` : html;
}

function itemsSection(data: ReportPdfData, extras: OnlineViewExtras, locale: Locale, s: ReportPdfStrings): string {
  const { items, totals } = data.report;
  const money = (cents: number) => e(formatMoney(cents, totals.currency, locale));
  const head = [s.item, s.quantity, ...(extras.showPrices ? [s.unitPrice, s.lineTotal] : [])].map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const lines = items
    .map((line) => {
      const cells = [
        `<th scope="row">${e(line.name)}${line.serial ? `<br><span class="muted">${e(s.serial)} ${e(line.serial)}</span>` : ''}</th>`,
        `<td>${e(formatQuantityWithUnit(line.quantity, line.unit, locale, s))}</td>`,
        ...(extras.showPrices ? [`<td>${money(line.unitPriceCents)}</td>`, `<td>${money(line.lineTotalCents)}</td>`] : []),
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const total = extras.showPrices
    ? `<tfoot><tr><th scope="row" colspan="3">${e(s.totalInclTax)}</th><td>${money(totals.inclTaxCents)}</td></tr></tfoot>`
    : '';
  const table = items.length > 0 ? `<table><thead><tr>${head}</tr></thead><tbody>${lines}</tbody>${total}</table>` : `<p>${e(s.noItems)}</p>`;
  return `<section aria-labelledby="items"><h2 id="items">${e(s.partsAndServices)}</h2>${table}</section>`;
}

function signaturesSection(data: ReportPdfData, locale: Locale, s: ReportPdfStrings, v: OnlineViewStrings): string {
  const signatures = data.report.signatures.map((signature) => {
    const src = imageDataUrl(signature.image);
    return `<figure>${src ? `<img class="signature" src="${src}" alt="${e(v.signatureOf(signature.signerName))}">` : ''}<figcaption>${e(s.signers[signature.signer])}: ${e(signature.signerName)}<br><span class="muted">${e(s.signedOn)} ${e(formatDateTime(signature.signedAt, locale) ?? '')}</span></figcaption></figure>`;
  });
  return `<section aria-labelledby="signatures"><h2 id="signatures">${e(s.signatures)}</h2>${signatures.length > 0 ? signatures.join('') : `<p>${e(s.noSignatures)}</p>`}</section>`;
}

/** Label/value pairs; values are HTML already escaped by the caller, labels are text. */
function definitionList(rows: [string, string][]): string {
  return `<dl>${rows.map(([label, value]) => `<div><dt>${e(label)}</dt><dd>${value}</dd></div>`).join('')}</dl>`;
}

/** The page shown for a link that does not open (any reason alike) or a client that tried too often. */
export function renderLinkProblemPage(locale: Locale, problem: 'not_found' | 'too_many'): string {
  const v = onlineViewStrings(locale);
  const [title, text] = problem === 'not_found' ? [v.notFoundTitle, v.notFoundText] : [v.tooManyTitle, v.tooManyText];
  return page(locale, title, `<main><h1>${e(title)}</h1><p>${e(text)}</p></main>`);
}

const STYLE = `
:root { color-scheme: light dark; --ink: #1b1b1f; --muted: #5d5e66; --rule: #d5d6de; --bg: #ffffff; --accent: #2b4fa0; }
@media (prefers-color-scheme: dark) { :root { --ink: #e4e2e6; --muted: #b4b5bd; --rule: #45464f; --bg: #16171b; --accent: #aec6ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1rem; }
.brand { margin: 0; font-weight: 700; color: var(--accent); }
h1 { font-size: 1.5rem; margin: .25rem 0; } h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--rule); } h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
nav a { color: var(--accent); }
dl { margin: 0; } dl > div { display: grid; grid-template-columns: minmax(7rem, 35%) 1fr; gap: .75rem; padding: .35rem 0; border-bottom: 1px solid var(--rule); }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; } .muted, .comment { color: var(--muted); } .later { color: var(--muted); font-style: italic; }
table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: .35rem; border-bottom: 1px solid var(--rule); vertical-align: top; } td { white-space: nowrap; }
figure { margin: .5rem 0; } img { max-width: 100%; height: auto; border-radius: 4px; } img.signature { max-width: 14rem; background: #fff; display: block; }
@media (max-width: 30rem) { dl > div { grid-template-columns: 1fr; gap: 0; } }
`;

function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${e(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}
