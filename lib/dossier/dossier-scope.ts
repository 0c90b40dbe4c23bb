import type { Db } from "@/lib/db/client";

declare const scopeBrand: unique symbol;

// Proof that access to one client's dossier was checked and is being
// audited. Only openDossier creates one; every dossier query takes one and
// filters by its dossierId, so a record of another dossier is never found.
export type DossierScope = {
  readonly accountId: string;
  readonly clientId: string;
  readonly dossierId: string;
  readonly grantId: string;
  readonly db: Db;
  readonly [scopeBrand]: true;
};

export function createDossierScope(fields: Omit<DossierScope, typeof scopeBrand>): DossierScope {
  return Object.freeze({ ...fields }) as DossierScope;
}
