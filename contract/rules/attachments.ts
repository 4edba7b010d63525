/** Largest photo or document accepted (bytes); larger answers 413 `payload_too_large`. */
export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;
/** Largest decoded signature PNG (bytes). */
export const MAX_SIGNATURE_BYTES = 150_000;
/** Longest edge of the stored thumbnail (px). */
export const THUMBNAIL_EDGE_PX = 320;
