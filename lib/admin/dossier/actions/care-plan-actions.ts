"use server";

import { redirect } from "next/navigation";
import { saveCarePlanVersion } from "../care-plans/save-care-plan-version";
import { sectionPath } from "../dossier-paths";
import { CARE_PLAN_ID_FIELDS, carePlanSchema, shapeCarePlanForm } from "../forms/care-plan-form";
import { dossierFormAction } from "./dossier-form-action";

// "Nieuwe versie van het zorgplan" (also when editing: a new version based
// on an existing one).
export const saveCarePlanVersionAction = dossierFormAction({
  name: "care_plan.create",
  schema: carePlanSchema,
  idFields: CARE_PLAN_ID_FIELDS,
  shape: shapeCarePlanForm,
  run: async (actor, input) => {
    const result = await saveCarePlanVersion(actor, input);
    if (!result.ok) return result;

    const notice = result.changed ? "CARE_PLAN_VERSION_ADDED" : "NOTHING_CHANGED";
    redirect(sectionPath(input.clientId, "zorgplan", notice));
  },
});
