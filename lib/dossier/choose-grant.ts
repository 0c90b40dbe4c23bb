import type { ActiveGrant } from "./find-active-grants";

export type GrantChoice =
  | { ok: true; grant: ActiveGrant }
  | { ok: false; reason: "no_grant" | "grant_choice_required" };

// Picks the grant to read through. A grant asked for by id must be one of
// the active ones. Without one, the account's own dossier comes first; a
// single other grant is unambiguous; with several the reader has to choose.
export function chooseGrant(grants: ActiveGrant[], grantId?: string): GrantChoice {
  if (grantId !== undefined) {
    const asked = grants.find((grant) => grant.grantId === grantId);

    return asked ? { ok: true, grant: asked } : { ok: false, reason: "no_grant" };
  }

  const own = grants.find((grant) => grant.kind === "SELF");
  if (own) return { ok: true, grant: own };

  const [only, ...others] = grants;
  if (!only) return { ok: false, reason: "no_grant" };

  return others.length === 0
    ? { ok: true, grant: only }
    : { ok: false, reason: "grant_choice_required" };
}
