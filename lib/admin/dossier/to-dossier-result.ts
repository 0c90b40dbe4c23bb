import type { AdminDossierWriteOutcome } from "@/lib/dossier/write/write-dossier-as-admin";
import { dossierFailure, type DossierActionResult, type DossierErrorCode } from "./dossier-result";

type Refusal = Extract<AdminDossierWriteOutcome<unknown>, { ok: false }>["reason"];

const ERROR_FOR: Record<Refusal, DossierErrorCode> = {
  not_admin: "FORBIDDEN",
  no_dossier: "NOT_FOUND",
  not_found: "NOT_FOUND",
  // Only care plan versions can collide.
  conflict: "VERSION_CONFLICT",
  // Only a cancelled appointment refuses a change because of its state.
  not_allowed: "ALREADY_CANCELLED",
};

// From the audited write path's outcome to what the form is told.
export function toDossierResult<T>(
  outcome: AdminDossierWriteOutcome<T>,
): DossierActionResult<{ data: T; changed: boolean }> {
  if (outcome.ok) return { ok: true, data: outcome.data, changed: outcome.changed };

  return dossierFailure(ERROR_FOR[outcome.reason]);
}
