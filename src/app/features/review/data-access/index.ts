export { ReviewApi, reportPdfUrl } from './review-api';
