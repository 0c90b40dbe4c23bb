import type { Db } from "@/lib/db/client";

declare const scopeBrand: unique symbol;

// How the reader came to this dossier. A client or representative reads
// through a DossierGrant; an admin is staff of the organisation and holds
// no grant: their access comes from the ADMIN role, checked against the
// database each time.
export type DossierRoute =
  | {
      readonly via: "grant";
      readonly grantId: string;
      readonly grantKind: "SELF" | "REPRESENTATIVE";
    }
  | { readonly via: "admin" };

// Proof that access to one client's dossier was checked and is being
// audited. Only openDossier and openDossierAsAdmin create one; every
// dossier query takes one and filters by its dossierId, so a record of
// another dossier is never found.
export type DossierScope = {
  readonly accountId: string;
  readonly clientId: string;
  readonly dossierId: string;
  readonly route: DossierRoute;
  readonly db: Db;
  readonly [scopeBrand]: true;
};

export function createDossierScope(fields: Omit<DossierScope, typeof scopeBrand>): DossierScope {
  return Object.freeze({ ...fields }) as DossierScope;
}
