/** The review module's public entry point: other modules and app.ts import only from here. */
export { reviewModule } from './review.module';
export { loadReportPdfData, type ReportPdfData } from './report-pdf-data.repository';
export { answerText, formatDateTime, formatDuration, formatMoney, formatQuantity, formatQuantityWithUnit } from './report-pdf-format';
export { reportPdfStrings, type ReportPdfStrings } from './report-pdf-strings';
