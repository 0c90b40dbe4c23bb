import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { requireAdminSession } from "@/lib/auth/session/require-session";
import { getRequestOrigin } from "@/lib/http/client-ip";
import { logger } from "@/lib/log/logger";
import type { DossierActor } from "../dossier-actor";
import type { DossierFailure } from "../dossier-result";
import { parseDossierForm, type DossierFormSpec } from "../forms/parse-dossier-form";
import type { DossierFormState } from "./dossier-form-state";

type DossierFormActionOptions<Schema extends z.ZodType> = DossierFormSpec<Schema> & {
  // Short name for the log, e.g. "report.update".
  name: string;
  // Runs the operation; on success it redirects, so only a failure returns.
  run: (actor: DossierActor, input: z.output<Schema>) => Promise<DossierFailure>;
};

// Every dossier form's server action is built the same way: require an
// admin session (a visitor is sent to sign in, a client gets "not
// found"), parse the form with its schema, run the operation through the
// audited write path, and return a typed state. An unexpected failure is
// logged by name only and reported as UNEXPECTED; exception text never
// reaches the browser. redirect() and notFound() pass through.
export function dossierFormAction<Schema extends z.ZodType>(
  options: DossierFormActionOptions<Schema>,
) {
  return async (_previous: DossierFormState, form: FormData): Promise<DossierFormState> => {
    // The session comes first: a visitor or client learns nothing from
    // how the form is judged, and gets none of its values back.
    const clientId = form.get("clientId");
    const session = await requireAdminSession({
      clientId: typeof clientId === "string" ? clientId : null,
    });
    const actor: DossierActor = {
      accountId: session.accountId,
      role: session.role,
      origin: await getRequestOrigin(),
    };

    const parsed = parseDossierForm(options, form);
    if (!parsed.ok) {
      return {
        ok: false,
        error: parsed.error,
        fieldErrors: parsed.fieldErrors,
        values: parsed.values,
      };
    }

    try {
      return { ...(await options.run(actor, parsed.data)), values: parsed.values };
    } catch (error) {
      unstable_rethrow(error);
      logger.error(
        { action: options.name, err: error instanceof Error ? error.name : typeof error },
        "dossier action failed",
      );

      return { ok: false, error: "UNEXPECTED", values: parsed.values };
    }
  };
}
