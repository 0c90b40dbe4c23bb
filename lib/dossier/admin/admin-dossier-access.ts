import type { RequestOrigin } from "@/lib/http/client-ip";

// Who asks to work in a client's dossier as staff, and from where. The
// role comes from the session; openDossierAsAdmin and writeDossierAsAdmin
// check it again against the account in the database.
export type DossierStaff = { accountId: string; role: "CLIENT" | "ADMIN" };

export type AdminDossierAccess = {
  actor: DossierStaff;
  clientId: string;
  origin?: RequestOrigin | null;
};

// Why staff access was refused: not an active admin, no such client (or no
// dossier), or a record that is not in this client's dossier.
export type AdminDossierDenial = "not_admin" | "no_dossier" | "not_found";
