import type { DossierWriteScope } from "./dossier-write-scope";

export type DossierRecordKind = "care-plan" | "appointment" | "report" | "contact-moment";

export type DossierWriteOperation = "create" | "update" | "reschedule" | "cancel";

// What a write is about, known before it runs: recorded in the audit event
// whatever the outcome.
export type DossierWriteRequest = {
  record: DossierRecordKind;
  operation: DossierWriteOperation;
  recordId?: string;
};

// Why a write changed nothing: the record is not in this dossier, someone
// else changed it first, or its state does not allow the change.
export type DossierWriteRefusal = "not_found" | "conflict" | "not_allowed";

// What one write did. "written" names the record and the fields that
// changed (by name, never by value) for the audit event.
export type DossierWriteStep<T> =
  | { status: "written"; recordId: string; fields: string[]; version?: number; result: T }
  | { status: "unchanged"; result: T }
  | { status: "refused"; reason: DossierWriteRefusal };

export type DossierWrite<T> = (scope: DossierWriteScope) => Promise<DossierWriteStep<T>>;

export function refused(reason: DossierWriteRefusal): {
  status: "refused";
  reason: DossierWriteRefusal;
} {
  return { status: "refused", reason };
}
