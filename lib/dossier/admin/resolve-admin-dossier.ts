import type { Db } from "@/lib/db/client";
import type { AdminDossierAccess, AdminDossierDenial } from "./admin-dossier-access";

export type AdminDossierTarget =
  | { ok: true; dossierId: string }
  | { ok: false; reason: Extract<AdminDossierDenial, "not_admin" | "no_dossier"> };

// Admins hold no DossierGrant: their access to every client's dossier
// comes from their role. The session's word for the role is not enough on
// its own, so the account is read again here: it must still be an active
// admin. Then the client's dossier is looked up.
export async function resolveAdminDossier(
  db: Db,
  access: AdminDossierAccess,
): Promise<AdminDossierTarget> {
  if (access.actor.role !== "ADMIN") return { ok: false, reason: "not_admin" };

  const account = await db.account.findUnique({
    where: { id: access.actor.accountId },
    select: { role: true, status: true },
  });
  if (account?.role !== "ADMIN" || account.status !== "ACTIVE") {
    return { ok: false, reason: "not_admin" };
  }

  const dossier = await db.dossier.findUnique({
    where: { clientId: access.clientId },
    select: { id: true },
  });

  return dossier ? { ok: true, dossierId: dossier.id } : { ok: false, reason: "no_dossier" };
}
