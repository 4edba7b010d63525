/**
 * Every action the server writes to the audit trail, and every kind of object it names. The
 * server's audit writer accepts only these (a new action fails the type check until it is listed
 * here), and the console's label test walks these lists, so no action can reach the trail
 * without an English and a French label.
 */
export const auditActions = [
  // any object
  'create', 'update', 'delete', 'duplicate', 'archive', 'restore', 'publish', 'import_create', 'import_update',
  // people and devices
  'deactivate', 'reactivate', 'reset_password', 'change_password', 'sign_in', 'sign_out', 'token_issued', 'token_revoked',
  // jobs
  'plan_draft', 'reschedule', 'unassign', 'cancel', 'decline', 'confirm_schedule', 'synchronize', 'start', 'pause', 'resume',
  'end', 'validate', 'reopen', 'signed', 'signature_cleared',
  'answer', 'clear_answer', 'correct_answer', 'attachment_added', 'attachment_deleted', 'document_added', 'document_deleted',
  'online_view_reissue', 'online_view_revoke',
  // reserves
  'raise', 'triage', 'create_follow_up',
  // parts, stock and serial units
  'install', 'uninstall', 'take_back', 'stock_receipt', 'transfer', 'resolve_shortfall', 'confirm_move', 'correct_serial',
  'repair', 'retire',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = [
  'user', 'device_token', 'settings', 'custom_field', 'customer', 'job', 'job_item', 'job_type', 'report_template',
  'reserve', 'depot', 'catalog_family', 'catalog_item', 'serial_unit', 'take_back',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];
