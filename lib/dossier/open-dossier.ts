import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/client-ip";
import { chooseGrant } from "./choose-grant";
import type { DossierRequest } from "./dossier-request";
import { createDossierScope, type DossierScope } from "./dossier-scope";
import { findActiveGrants } from "./find-active-grants";
import { findRecordOwner } from "./find-record-owner";

export type DossierDenial = "no_grant" | "grant_choice_required" | "no_dossier" | "not_found";

export type DossierOutcome<T> = { ok: true; data: T } | { ok: false; reason: DossierDenial };

export type DossierAccess = {
  accountId: string;
  origin: RequestOrigin;
  request: DossierRequest;
  // Set once a reader with several grants can choose whose dossier to see.
  grantId?: string;
  now?: Date;
};

// A query over one dossier. Returning null means "no such record in this
// dossier", which is denied and audited like any other refusal.
export type DossierQuery<T> = (scope: DossierScope) => Promise<T | null>;

// The one way into a dossier: resolve the grant, run the query scoped to
// that client's dossier, and write an audit event for every attempt. The
// data is handed out only after its audit event is stored.
export async function openDossier<T>(
  access: DossierAccess,
  query: DossierQuery<T>,
): Promise<DossierOutcome<T>> {
  const db = await getDb();
  const choice = chooseGrant(
    await findActiveGrants(db, access.accountId, access.now ?? new Date()),
    access.grantId,
  );

  const audit = (
    outcome: "SUCCESS" | "FAILURE" | "DENIED",
    subjectClientId: string | null,
    extra: Record<string, string | null> = {},
  ) =>
    recordAuditEvent({
      action: "dossier.view",
      outcome,
      actorAccountId: access.accountId,
      subjectClientId,
      ip: access.origin.ip,
      userAgent: access.origin.userAgent,
      detail: {
        page: access.request.page,
        // An id comes from the URL: keep a mistyped or hostile one short.
        recordId: access.request.recordId?.slice(0, 100) ?? null,
        version: access.request.version ?? null,
        ...extra,
      },
    });

  if (!choice.ok) {
    await audit("DENIED", null, { reason: choice.reason });

    return { ok: false, reason: choice.reason };
  }

  const { grant } = choice;
  const grantDetail = { via: "grant", grantId: grant.grantId, grantKind: grant.kind };
  if (!grant.dossierId) {
    await audit("DENIED", grant.clientId, { ...grantDetail, reason: "no_dossier" });

    return { ok: false, reason: "no_dossier" };
  }

  const scope = createDossierScope({
    accountId: access.accountId,
    clientId: grant.clientId,
    dossierId: grant.dossierId,
    route: { via: "grant", grantId: grant.grantId, grantKind: grant.kind },
    db,
  });

  let data: T | null;
  try {
    data = await query(scope);
  } catch (error) {
    await audit("FAILURE", grant.clientId, { ...grantDetail, reason: "query_failed" });
    throw error;
  }

  if (data === null) {
    // Someone else's record: the attempt belongs in that client's trail.
    // The reader's own grant stays in the detail.
    const owner = await findRecordOwner(db, access.request);
    const elsewhere = owner !== null && owner !== grant.clientId;
    await audit("DENIED", elsewhere ? owner : grant.clientId, {
      ...grantDetail,
      ...(elsewhere ? { grantClientId: grant.clientId } : {}),
      reason: "not_found",
    });

    return { ok: false, reason: "not_found" };
  }

  await audit("SUCCESS", grant.clientId, grantDetail);

  return { ok: true, data };
}
