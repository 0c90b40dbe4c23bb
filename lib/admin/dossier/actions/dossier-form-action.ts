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

// Every dossier form's server action is built the same way: parse the
// form with its schema, require an admin session (a visitor is sent to
// sign in, a client gets "not found"), run the operation through the
// audited write path, and return a typed state. An unexpected failure is
// logged by name only and reported as UNEXPECTED; exception text never
// reaches the browser. redirect() and notFound() pass through.
export function dossierFormAction<Schema extends z.ZodType>(
  options: DossierFormActionOptions<Schema>,
) {
  return async (_previous: DossierFormState, form: FormData): Promise<DossierFormState> => {
    const parsed = parseDossierForm(options, form);
    if (!parsed.ok) {
      return {
        ok: false,
        error: parsed.error,
        fieldErrors: parsed.fieldErrors,
        values: parsed.values,
      };
    }

    const session = await requireAdminSession();
    const actor: DossierActor = {
      accountId: session.accountId,
      role: session.role,
      origin: await getRequestOrigin(),
    };

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
