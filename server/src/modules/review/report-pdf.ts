import PDFDocument from 'pdfkit';
import type { Locale } from '@contract';
import type { ReportPdfData } from './report-pdf-data.repository';
import { formatDateTime, formatDuration } from './report-pdf-format';
import { CONTENT_WIDTH, INK, Layout, MARGIN, MUTED, RULE } from './report-pdf-layout';
import { itemsSection, photosSection, reportSection, reservesSection, signaturesSection, type SectionContext } from './report-pdf-sections';
import { reportPdfStrings, type ReportPdfStrings } from './report-pdf-strings';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The job report as an A4 PDF (pdfkit): header, report by families, reserves, photos and barcodes,
 * signatures, parts and services with totals, take-backs; page numbers in the footer. Answers the
 * document already ended: a readable stream of its bytes.
 */
export function renderReportPdf(data: ReportPdfData, locale: Locale, now = new Date()): Doc {
  const s = reportPdfStrings(locale);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `${s.title} ${data.number}`, Author: 'FieldDesk', Creator: 'FieldDesk', CreationDate: now },
    lang: locale,
  });
  const layout = new Layout(doc);
  const ctx: SectionContext = { layout, data, locale, s };
  header(ctx);
  reportSection(ctx);
  reservesSection(ctx);
  photosSection(ctx);
  signaturesSection(ctx);
  itemsSection(ctx);
  footers(doc, data.number, s, formatDateTime(now.toISOString(), locale) ?? '');
  doc.end();
  return doc;
}

function header({ layout, data, locale, s }: SectionContext): void {
  const doc = layout.doc;
  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text('FieldDesk', MARGIN, MARGIN);
  doc.font('Helvetica-Bold').fontSize(14).text(`${s.title} ${data.number}`, MARGIN, MARGIN + 4, { width: CONTENT_WIDTH, align: 'right' });
  doc.y = MARGIN + 32;
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + CONTENT_WIDTH, doc.y).lineWidth(1).strokeColor(RULE).stroke();
  doc.y += 10;

  const when = (iso: string | null) => formatDateTime(iso, locale) ?? s.notYet;
  // The standard PDF fonts have no arrow: an en dash joins start and end.
  const span = (start: string | null, end: string | null, none: string) => (start || end ? `${when(start)} – ${when(end)}` : none);
  layout.pair(s.job, data.number);
  layout.pair(s.status, s.statuses[data.status]);
  layout.pair(s.customer, data.customerName);
  if (data.site) layout.pair(s.site, [data.site.name, ...data.site.lines].join('\n'));
  if (data.technicians.length > 0) layout.pair(s.technicians, data.technicians.map((t) => `${t.name} (${s.roles[t.role]})`).join('\n'));
  layout.pair(s.planned, span(data.plannedStart, data.plannedEnd, s.notPlanned));
  layout.pair(s.actual, span(data.actualStart, data.actualEnd, s.notYet));
  layout.pair(s.worked, formatDuration(data.workedSeconds));
  if (data.description) {
    doc.moveDown(0.3);
    layout.note(data.description);
  }
}

/** "FieldDesk · J-000123 · Page n of m" at the bottom of every page, once all pages exist. */
function footers(doc: Doc, number: string, s: ReportPdfStrings, generatedAt: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise open a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 10;
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text(`FieldDesk · ${number} · ${s.generated} ${generatedAt}`, MARGIN, y, { width: CONTENT_WIDTH, lineBreak: false });
    doc.text(s.page(i + 1 - range.start, range.count), MARGIN, y, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}
