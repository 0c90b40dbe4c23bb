import { isUniqueViolation } from "@/lib/accounts/is-unique-violation";
import { getDb, type Db } from "@/lib/db/client";
import type { AdminDossierAccess, AdminDossierDenial } from "../admin/admin-dossier-access";
import { auditAdminDossier } from "../admin/audit-admin-dossier";
import { resolveAdminDossier } from "../admin/resolve-admin-dossier";
import type {
  DossierWrite,
  DossierWriteRefusal,
  DossierWriteRequest,
  DossierWriteStep,
} from "./dossier-write";
import { createDossierWriteScope } from "./dossier-write-scope";

export type AdminDossierWriteOutcome<T> =
  | { ok: true; data: T; changed: boolean }
  | { ok: false; reason: AdminDossierDenial | Exclude<DossierWriteRefusal, "not_found"> };

// Carries a write that must leave nothing behind out of the transaction,
// which rolls it back.
class KeepNothing<T> extends Error {
  constructor(readonly step: Exclude<DossierWriteStep<T>, { status: "written" }>) {
    super("dossier write kept nothing");
  }
}

// The one way to change a dossier. The actor must be an active admin; the
// write runs in a transaction with a scope bound to the client's dossier,
// and its "dossier.write" audit event (record, id, operation, changed
// field names) is written in that same transaction: the event exists
// exactly when the change does. A refusal changes nothing and is audited
// outside it: DENIED for a record that is not in this dossier, FAILURE for
// a conflict or a state that does not allow the change.
export async function writeDossierAsAdmin<T>(
  access: AdminDossierAccess & { request: DossierWriteRequest },
  write: DossierWrite<T>,
): Promise<AdminDossierWriteOutcome<T>> {
  const db = await getDb();
  const { request } = access;

  const detail = (extra: Record<string, string | number | null>) => ({
    record: request.record,
    operation: request.operation,
    // An id comes from the form: keep a mistyped or hostile one short.
    recordId: request.recordId?.slice(0, 100) ?? null,
    ...extra,
  });
  const auditRefusal = (
    outcome: "DENIED" | "FAILURE",
    reason: string,
    subjectClientId: string | null = access.clientId,
  ) =>
    auditAdminDossier(access, {
      action: "dossier.write",
      outcome,
      subjectClientId,
      detail: detail({ reason }),
    });

  const target = await resolveAdminDossier(db, access);
  if (!target.ok) {
    await auditRefusal(
      "DENIED",
      target.reason,
      target.reason === "no_dossier" ? null : access.clientId,
    );

    return target;
  }

  try {
    const written = await db.$transaction(async (transaction) => {
      const tx = transaction as Db;
      const scope = createDossierWriteScope({
        accountId: access.actor.accountId,
        clientId: access.clientId,
        dossierId: target.dossierId,
        route: { via: "admin" },
        db: tx,
      });

      const step = await write(scope);
      if (step.status !== "written") throw new KeepNothing(step);

      await auditAdminDossier(
        access,
        {
          action: "dossier.write",
          outcome: "SUCCESS",
          subjectClientId: access.clientId,
          detail: detail({
            recordId: step.recordId,
            fields: step.fields.join(","),
            ...(step.version === undefined ? {} : { version: step.version }),
          }),
        },
        tx,
      );

      return step;
    });

    return { ok: true, data: written.result, changed: true };
  } catch (error) {
    if (error instanceof KeepNothing) {
      const step = (error as KeepNothing<T>).step;
      if (step.status === "unchanged") return { ok: true, data: step.result, changed: false };

      await auditRefusal(step.reason === "not_found" ? "DENIED" : "FAILURE", step.reason);

      return { ok: false, reason: step.reason };
    }

    // A parallel write took the slot first, e.g. the same care plan version.
    if (isUniqueViolation(error)) {
      await auditRefusal("FAILURE", "conflict");

      return { ok: false, reason: "conflict" };
    }

    await auditRefusal("FAILURE", "write_failed");
    throw error;
  }
}
