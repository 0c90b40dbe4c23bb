// What an admin is told after an action went through, as stable codes
// mapped to Dutch text in messages/nl/admin.json (admin.notices.<CODE>).
// Those ending in _MAIL_FAILED are warnings: the change was made, but the
// e-mail did not go out.
export const ADMIN_NOTICES = [
  "CLIENT_CREATED",
  "CLIENT_CREATED_MAIL_FAILED",
  "CLIENT_UPDATED",
  "CLIENT_UPDATED_REINVITED",
  "CLIENT_UPDATED_REINVITE_MAIL_FAILED",
  "CLIENT_UPDATED_MOVED",
  "CLIENT_UPDATED_MOVED_MAIL_FAILED",
  "CLIENT_UNCHANGED",
  "ACCOUNT_DEACTIVATED",
  "ACCOUNT_REACTIVATED",
  "ACCOUNT_REACTIVATED_INVITED",
  "ACCOUNT_UNLOCKED",
  "INVITATION_SENT",
  "RESET_LINK_SENT",
  "ADMIN_INVITED",
  "ADMIN_INVITED_MAIL_FAILED",
] as const;

export type AdminNotice = (typeof ADMIN_NOTICES)[number];

export function isAdminNotice(value: unknown): value is AdminNotice {
  return ADMIN_NOTICES.includes(value as AdminNotice);
}

export function isWarningNotice(notice: AdminNotice): boolean {
  return notice.endsWith("_MAIL_FAILED");
}
