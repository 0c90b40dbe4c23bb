import type { Db } from "@/lib/db/client";

declare const writeScopeBrand: unique symbol;

// Proof that a change to one client's dossier is being made inside the
// audited write transaction. Only writeDossierAsAdmin creates one; its `db`
// is that transaction, so the change and its audit event commit together.
// Every write takes one and touches records of its dossierId only.
export type DossierWriteScope = {
  readonly accountId: string;
  readonly clientId: string;
  readonly dossierId: string;
  readonly route: { readonly via: "admin" };
  readonly db: Db;
  readonly [writeScopeBrand]: true;
};

export function createDossierWriteScope(
  fields: Omit<DossierWriteScope, typeof writeScopeBrand>,
): DossierWriteScope {
  return Object.freeze({ ...fields }) as DossierWriteScope;
}
