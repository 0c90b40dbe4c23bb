import type { AdminActor } from "../admin-actor";
import { auditAdminChange } from "../audit-admin-change";

// The admin pages that show a client's personal details or audit log.
export type AdminView = "client" | "client_edit" | "audit";

// Looking at a client's record is itself logged (NEN 7513).
export async function recordAdminAccess(
  actor: AdminActor,
  access: { clientId: string; view: AdminView },
): Promise<void> {
  await auditAdminChange(actor, {
    action: "admin.access",
    outcome: "SUCCESS",
    subjectClientId: access.clientId,
    detail: { view: access.view },
  });
}
