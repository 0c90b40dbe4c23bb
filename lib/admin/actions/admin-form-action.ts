import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { logger } from "@/lib/log/logger";
import type { AdminActor } from "../admin-actor";
import { currentAdminActor } from "../current-admin-actor";
import { parseForm } from "../forms/parse-form";
import type { AdminFormState } from "./admin-form-state";

type AdminFormActionOptions<Schema extends z.ZodType> = {
  // Short name for the log, e.g. "client.create".
  name: string;
  schema: Schema;
  fields: readonly string[];
  run: (actor: AdminActor, input: z.output<Schema>) => Promise<AdminFormState>;
};

// Every admin server action is built the same way: require an admin
// session (a visitor is sent to sign in, a client gets "not found"), parse
// the form with its schema, run the operation, and return a typed state.
// An unexpected failure is logged by name and reported as UNEXPECTED;
// exception text never reaches the browser. redirect() and notFound()
// pass through.
export function adminFormAction<Schema extends z.ZodType>(options: AdminFormActionOptions<Schema>) {
  return async (_previous: AdminFormState, form: FormData): Promise<AdminFormState> => {
    // The session comes first: a visitor or client learns nothing from
    // how the form is judged, and gets none of its values back.
    const clientId = form.get("clientId");
    const actor = await currentAdminActor({
      clientId: typeof clientId === "string" ? clientId : null,
    });

    const parsed = parseForm(options.schema, form, options.fields);
    if (!parsed.ok) {
      return {
        ok: false,
        error: parsed.outdated ? "FORM_OUTDATED" : "INVALID_INPUT",
        fieldErrors: parsed.fieldErrors,
        values: parsed.values,
      };
    }

    try {
      const state = await options.run(actor, parsed.data);
      if (state?.ok === false && !state.values) {
        return { ...state, values: parsed.values };
      }
      return state;
    } catch (error) {
      unstable_rethrow(error);
      logger.error(
        { action: options.name, err: error instanceof Error ? error.name : typeof error },
        "admin action failed",
      );
      return { ok: false, error: "UNEXPECTED" };
    }
  };
}
