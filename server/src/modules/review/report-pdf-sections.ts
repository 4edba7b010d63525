import type { JobAnswer, Locale, SignatureAnswer, TemplateField } from '@contract';
import type { ReportPdfData } from './report-pdf-data.repository';
import { answerText, formatDateTime, formatMoney, formatQuantityWithUnit } from './report-pdf-format';
import { CONTENT_WIDTH, INK, MARGIN, MUTED, dataUrlBytes, type Layout } from './report-pdf-layout';
import type { ReportPdfStrings } from './report-pdf-strings';

export interface SectionContext {
  layout: Layout;
  data: ReportPdfData;
  locale: Locale;
  s: ReportPdfStrings;
}

const LABEL_WIDTH = 170;
const VALUE_X = MARGIN + LABEL_WIDTH;
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH;

/** The report by families in template order: visible fields only, each answer as its type reads best. */
export function reportSection({ layout, data, locale, s }: SectionContext): void {
  layout.heading(s.report);
  if (data.definition.families.length === 0) return layout.note(s.noReport);
  const answers = new Map(data.report.answers.map((a) => [a.fieldId, a]));
  for (const family of data.definition.families) {
    const fields = family.fields.filter((f) => data.visibleFields.has(f.id));
    if (fields.length === 0) continue;
    layout.subheading(family.label);
    for (const field of fields) fieldAnswer({ layout, data, locale, s }, field, answers.get(field.id));
  }
}

function fieldAnswer(ctx: SectionContext, field: TemplateField, answer: JobAnswer | undefined): void {
  const { layout, data, locale, s } = ctx;
  const doc = layout.doc;
  layout.room(field.type === 'photo' || field.type === 'signature' ? 90 : 18);
  const top = doc.y;
  doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(field.label, MARGIN, top, { width: LABEL_WIDTH - 8 });
  const afterLabel = doc.y;
  doc.y = top;
  if (!answer) {
    doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(s.notYet, VALUE_X, top, { width: VALUE_WIDTH });
  } else if (field.type === 'checkbox') {
    layout.mark(answer.value === true, VALUE_X, top + 1);
    doc.font('Helvetica').fontSize(10).fillColor(INK).text(answerText(field, answer.value, locale, s), VALUE_X + 16, top, { width: VALUE_WIDTH - 16 });
  } else if (field.type === 'photo') {
    const ids = Array.isArray(answer.value) ? (answer.value as string[]) : [];
    const captions = new Map(data.report.attachments.map((a) => [a.id, a.description]));
    layout.pictures(ids.map((id) => ({ bytes: data.images.get(id), caption: captions.get(id) ?? null })), VALUE_X, VALUE_WIDTH);
  } else if (field.type === 'signature') {
    const signature = answer.value as SignatureAnswer;
    if (!layout.picture(dataUrlBytes(signature.image), VALUE_X, top, 150, 60)) doc.rect(VALUE_X, top, 150, 60).stroke();
    doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(signature.signerName, VALUE_X, top + 64, { width: VALUE_WIDTH });
  } else {
    doc.font('Helvetica').fontSize(10).fillColor(INK).text(answerText(field, answer.value, locale, s), VALUE_X, top, { width: VALUE_WIDTH });
  }
  doc.y = Math.max(doc.y, afterLabel);
  if (answer?.comment) layout.note(`${s.comment}: ${answer.comment}`, VALUE_X, VALUE_WIDTH);
  for (const reserve of data.report.reserves.filter((r) => r.fieldId === field.id)) {
    layout.note(`${s.reserve} (${s.reserveStatuses[reserve.status]}): ${reserve.description}`, VALUE_X, VALUE_WIDTH);
  }
  doc.y += 4;
  doc.x = MARGIN;
}

export function reservesSection({ layout, data, locale, s }: SectionContext): void {
  layout.heading(s.reserves);
  if (data.report.reserves.length === 0) return layout.note(s.noReserves);
  for (const reserve of data.report.reserves) {
    layout.pair(
      `${reserve.familyLabel} › ${reserve.fieldLabel}`,
      `${s.reserveStatuses[reserve.status]} — ${reserve.description}\n${reserve.raisedByName}, ${formatDateTime(reserve.raisedAt, locale)}`,
      { labelWidth: LABEL_WIDTH },
    );
  }
}

export function photosSection({ layout, data, s }: SectionContext): void {
  const photos = data.report.attachments.filter((a) => a.kind === 'photo');
  const barcodes = data.report.attachments.filter((a) => a.kind === 'barcode');
  layout.heading(s.photosAndBarcodes, photos.length > 0 ? 140 : 40);
  if (photos.length === 0 && barcodes.length === 0) return layout.note(s.noPhotos);
  layout.pictures(photos.map((p) => ({ bytes: data.images.get(p.id), caption: p.description })));
  for (const barcode of barcodes) {
    const value = `${barcode.barcodeValue ?? ''}${barcode.barcodeFormat ? ` (${barcode.barcodeFormat})` : ''}`;
    layout.pair(s.barcode, barcode.description ? `${value}\n${barcode.description}` : value, { labelWidth: LABEL_WIDTH });
  }
}

export function signaturesSection({ layout, data, locale, s }: SectionContext): void {
  layout.heading(s.signatures, data.report.signatures.length > 0 ? 110 : 40);
  if (data.report.signatures.length === 0) return layout.note(s.noSignatures);
  const doc = layout.doc;
  layout.room(110);
  const top = doc.y;
  let bottom = top;
  data.report.signatures.forEach((signature, i) => {
    const left = MARGIN + i * (CONTENT_WIDTH / 2);
    doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(s.signers[signature.signer], left, top, { width: CONTENT_WIDTH / 2 - 10 });
    if (!layout.picture(dataUrlBytes(signature.image), left, top + 16, 180, 60)) doc.rect(left, top + 16, 180, 60).stroke();
    doc.font('Helvetica').fontSize(9.5).fillColor(INK).text(signature.signerName, left, top + 80, { width: CONTENT_WIDTH / 2 - 10 });
    doc.fillColor(MUTED).text(`${s.signedOn} ${formatDateTime(signature.signedAt, locale)}`, { width: CONTENT_WIDTH / 2 - 10 });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = MARGIN;
  doc.y = bottom + 6;
}

/** Parts and services with their totals (excl. tax, tax, incl. tax), then take-backs. */
export function itemsSection({ layout, data, locale, s }: SectionContext): void {
  layout.heading(s.partsAndServices);
  const { items, totals } = data.report;
  const money = (cents: number) => formatMoney(cents, totals.currency, locale);
  if (items.length === 0) {
    layout.note(s.noItems);
  } else {
    const widths = [165, 65, 95, 85, 85];
    const cells = (texts: string[]) => texts.map((text, i) => ({ text, width: widths[i]!, align: i === 0 || i === 2 ? ('left' as const) : ('right' as const) }));
    layout.row(cells([s.item, s.quantity, s.serial, s.unitPrice, s.lineTotal]), { bold: true });
    for (const line of items) {
      layout.row(
        cells([
          `${line.name}\n${line.reference} · ${line.familyName}`,
          formatQuantityWithUnit(line.quantity, line.unit, locale, s),
          line.serial ?? '',
          money(line.unitPriceCents),
          money(line.lineTotalCents),
        ]),
      );
    }
    const total = (label: string, cents: number, bold = false) =>
      layout.row([{ text: '', width: 235 }, { text: label, width: 175, align: 'right' }, { text: money(cents), width: 85, align: 'right' }], { bold, rule: false });
    total(s.totalExclTax, totals.exclTaxCents);
    total(s.tax, totals.taxCents);
    total(s.totalInclTax, totals.inclTaxCents, true);
  }
  if (data.report.takeBacks.length === 0) return;
  layout.subheading(s.takeBacks);
  for (const takeBack of data.report.takeBacks) {
    layout.pair(
      `${takeBack.itemName} (${takeBack.itemReference})`,
      `${takeBack.serial} — ${s.takeBackStatuses[takeBack.status]}, ${takeBack.wasFound ? s.found : s.notFound}`,
      { labelWidth: LABEL_WIDTH },
    );
  }
}
