// The little of fontkit (through pdfkit) and subset-font that scripts/icon-font.ts uses; neither ships types.
declare module 'fontkit' {
  interface Glyph {
    id: number;
  }
  interface Font {
    characterSet: number[];
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { glyphs: Glyph[] };
  }
  export function openSync(path: string): Font;
}

declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype'; noLayoutClosure?: boolean },
  ): Promise<Buffer>;
}
