import type PDFDocument from 'pdfkit';

/** A4 page, 50 pt margins: the drawing helpers every section of the job report uses. */
export const MARGIN = 50;
export const PAGE_WIDTH = 595.28;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const INK = '#1f2933';
export const MUTED = '#5f6b7a';
export const RULE = '#d5dbe1';
const OK_GREEN = '#1b7f3b';
const NO_RED = '#b42318';

type Doc = InstanceType<typeof PDFDocument>;

export class Layout {
  constructor(readonly doc: Doc) {}

  /** Starts a new page when fewer than `height` points are left above the bottom margin. */
  room(height: number): void {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
  }

  /** A section title, kept on the same page as the first `keep` points of its content. */
  heading(text: string, keep = 40): void {
    this.room(keep + 40);
    this.doc.moveDown(0.8);
    this.doc.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(text, MARGIN, this.doc.y, { width: CONTENT_WIDTH });
    const y = this.doc.y + 2;
    this.doc.moveTo(MARGIN, y).lineTo(MARGIN + CONTENT_WIDTH, y).lineWidth(0.7).strokeColor(RULE).stroke();
    this.doc.y = y + 6;
  }

  subheading(text: string): void {
    this.room(40);
    this.doc.moveDown(0.4);
    this.doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(text, MARGIN, this.doc.y, { width: CONTENT_WIDTH });
    this.doc.moveDown(0.2);
  }

  /** A label in the left column and its value on the right, on as many lines as the value needs. */
  pair(label: string, value: string, options: { labelWidth?: number } = {}): void {
    const labelWidth = options.labelWidth ?? 150;
    this.room(16);
    const y = this.doc.y;
    this.doc.font('Helvetica').fontSize(9.5).fillColor(MUTED).text(label, MARGIN, y, { width: labelWidth - 8 });
    const afterLabel = this.doc.y;
    this.doc.font('Helvetica').fontSize(10).fillColor(INK).text(value, MARGIN + labelWidth, y, { width: CONTENT_WIDTH - labelWidth });
    this.doc.y = Math.max(afterLabel, this.doc.y) + 3;
  }

  note(text: string, x = MARGIN, width = CONTENT_WIDTH): void {
    this.room(14);
    this.doc.font('Helvetica-Oblique').fontSize(9.5).fillColor(MUTED).text(text, x, this.doc.y, { width });
    this.doc.fillColor(INK);
  }

  /** A drawn tick or cross (the standard PDF fonts have neither glyph). */
  mark(ticked: boolean, x: number, y: number): void {
    const doc = this.doc;
    doc.save().lineWidth(1.6).strokeColor(ticked ? OK_GREEN : NO_RED);
    if (ticked) doc.moveTo(x, y + 5).lineTo(x + 3.5, y + 8.5).lineTo(x + 10, y + 1).stroke();
    else doc.moveTo(x + 1, y + 1).lineTo(x + 9, y + 9).moveTo(x + 9, y + 1).lineTo(x + 1, y + 9).stroke();
    doc.restore();
  }

  /** An embedded picture fitted in the box; answers false when its bytes cannot be drawn. */
  picture(bytes: Buffer, x: number, y: number, width: number, height: number): boolean {
    try {
      this.doc.image(bytes, x, y, { fit: [width, height], align: 'center', valign: 'center' });
      this.doc.rect(x, y, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
      return true;
    } catch {
      return false;
    }
  }

  /** Thumbnails in rows of four, each with an optional caption underneath. */
  pictures(items: { bytes: Buffer | undefined; caption: string | null }[], x = MARGIN, width = CONTENT_WIDTH): void {
    const perRow = 4;
    const gap = 8;
    const size = Math.min(110, (width - gap * (perRow - 1)) / perRow);
    for (let start = 0; start < items.length; start += perRow) {
      this.room(size + 30);
      const top = this.doc.y;
      let bottom = top + size;
      items.slice(start, start + perRow).forEach((item, i) => {
        const left = x + i * (size + gap);
        if (!item.bytes || !this.picture(item.bytes, left, top, size, size)) {
          this.doc.rect(left, top, size, size).lineWidth(0.5).strokeColor(RULE).stroke();
        }
        if (item.caption) {
          this.doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(item.caption, left, top + size + 2, { width: size, height: 22, ellipsis: true });
          bottom = Math.max(bottom, this.doc.y);
        }
      });
      this.doc.x = MARGIN;
      this.doc.y = bottom + gap;
    }
  }

  /** A table row: cells left to right with widths and alignments; bold for a header or total. */
  row(cells: { text: string; width: number; align?: 'left' | 'right' }[], options: { bold?: boolean; rule?: boolean } = {}): void {
    const doc = this.doc;
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5).fillColor(INK);
    const height = Math.max(...cells.map((c) => doc.heightOfString(c.text || ' ', { width: c.width - 6 })));
    this.room(height + 6);
    const top = doc.y;
    let left = MARGIN;
    for (const cell of cells) {
      doc.text(cell.text, left + 3, top, { width: cell.width - 6, align: cell.align ?? 'left' });
      left += cell.width;
    }
    doc.y = top + height + 3;
    if (options.rule !== false) {
      doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + CONTENT_WIDTH, doc.y).lineWidth(0.4).strokeColor(RULE).stroke();
    }
    doc.y += 3;
    doc.x = MARGIN;
  }
}

/** The bytes of a PNG data URL (signatures are stored that way). */
export function dataUrlBytes(dataUrl: string): Buffer {
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}
