import { getDb } from "@/lib/db/client";
import type { DossierRequest } from "../dossier-request";
import { createDossierScope } from "../dossier-scope";
import type { DossierQuery } from "../open-dossier";
import type { AdminDossierAccess, AdminDossierDenial } from "./admin-dossier-access";
import { auditAdminDossier } from "./audit-admin-dossier";
import { resolveAdminDossier } from "./resolve-admin-dossier";

export type AdminDossierOutcome<T> =
  { ok: true; data: T } | { ok: false; reason: AdminDossierDenial };

// The admin's way into a client's dossier, the staff counterpart of
// openDossier: check that the actor is an active admin, run the query
// scoped to that client's dossier, and audit every attempt as
// "dossier.view" with via "admin". Data is handed out only after its
// audit event is stored.
export async function openDossierAsAdmin<T>(
  access: AdminDossierAccess & { request: DossierRequest },
  query: DossierQuery<T>,
): Promise<AdminDossierOutcome<T>> {
  const db = await getDb();
  const { request } = access;

  const audit = (
    outcome: "SUCCESS" | "FAILURE" | "DENIED",
    reason: string | null,
    subjectClientId: string | null = access.clientId,
  ) =>
    auditAdminDossier(access, {
      action: "dossier.view",
      outcome,
      subjectClientId,
      detail: {
        page: request.page,
        // An id comes from the URL: keep a mistyped or hostile one short.
        recordId: request.recordId?.slice(0, 100) ?? null,
        version: request.version ?? null,
        ...(reason ? { reason } : {}),
      },
    });

  const target = await resolveAdminDossier(db, access);
  if (!target.ok) {
    await audit("DENIED", target.reason, target.reason === "no_dossier" ? null : access.clientId);

    return target;
  }

  const scope = createDossierScope({
    accountId: access.actor.accountId,
    clientId: access.clientId,
    dossierId: target.dossierId,
    route: { via: "admin" },
    db,
  });

  let data: T | null;
  try {
    data = await query(scope);
  } catch (error) {
    await audit("FAILURE", "query_failed");
    throw error;
  }

  if (data === null) {
    await audit("DENIED", "not_found");

    return { ok: false, reason: "not_found" };
  }

  await audit("SUCCESS", null);

  return { ok: true, data };
}
