import type { DossierRecordKind } from "@/lib/dossier/write/dossier-write";
import type { AdminDossierWriteOutcome } from "@/lib/dossier/write/write-dossier-as-admin";
import { dossierFailure, type DossierActionResult, type DossierErrorCode } from "./dossier-result";

type Refusal = Extract<AdminDossierWriteOutcome<unknown>, { ok: false }>["reason"];

const ERROR_FOR: Record<Exclude<Refusal, "conflict">, DossierErrorCode> = {
  not_admin: "FORBIDDEN",
  no_dossier: "NOT_FOUND",
  not_found: "NOT_FOUND",
  // Only a cancelled appointment refuses a change because of its state.
  not_allowed: "ALREADY_CANCELLED",
};

// Someone else saved first: a newer care plan version, or a change to the
// record since the form was loaded. The admin is told what to reopen.
const CONFLICT_FOR: Record<DossierRecordKind, DossierErrorCode> = {
  "care-plan": "VERSION_CONFLICT",
  report: "REPORT_CONFLICT",
  "contact-moment": "CONTACT_MOMENT_CONFLICT",
  appointment: "APPOINTMENT_CONFLICT",
};

// From the audited write path's outcome to what the form is told.
export function toDossierResult<T>(
  outcome: AdminDossierWriteOutcome<T>,
  record: DossierRecordKind,
): DossierActionResult<{ data: T; changed: boolean }> {
  if (outcome.ok) return { ok: true, data: outcome.data, changed: outcome.changed };
  if (outcome.reason === "conflict") return dossierFailure(CONFLICT_FOR[record]);

  return dossierFailure(ERROR_FOR[outcome.reason]);
}
