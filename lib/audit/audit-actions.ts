// Every kind of audited event, by stable name. Filters in the admin audit
// view and the client-visible access log read these names.
export const AUDIT_ACTIONS = [
  "login.password",
  "login.code",
  "login.code_sent",
  "login.locked",
  "logout",
  "session.ended",
  "dossier.view",
  "dossier.write",
  "account.create",
  "account.update",
  "account.activate",
  "account.deactivate",
  "account.reactivate",
  "account.unlock",
  "account.invite",
  "password.reset_requested",
  "password.reset",
  "password.change",
  "admin.access",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
