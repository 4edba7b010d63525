/** The attachments module's public entry point: other modules and app.ts import only from here. */
export { sendAttachment } from './attachment-download';
export { attachmentsModule } from './attachments.module';
export { attachmentRows, deleteAttachment, findAttachment, insertAttachment, toAttachment, toJobAttachment } from './attachments.repository';
export type { AttachmentRecord } from './attachments.repository';
export { checkImage, checkSignaturePng } from './image-check';
export type { CheckedImage } from './image-check';
export { parseFields, readUpload, registerUploads, storedFileName } from './multipart-upload';
export type { UploadBody } from './multipart-upload';
