import type { AdminActor } from "@/lib/admin/admin-actor";
import type { AdminDossierAccess } from "@/lib/dossier/admin/admin-dossier-access";

// The person an admin dossier operation runs for (the signed-in session's
// account and role, and where the request came from).
export type DossierActor = AdminActor;

export function dossierAccess(actor: DossierActor, clientId: string): AdminDossierAccess {
  return {
    actor: { accountId: actor.accountId, role: actor.role },
    clientId,
    origin: actor.origin ?? null,
  };
}
