import { z } from "zod";

// The code of a version field that is missing or was not written by our
// form: the form as a whole is outdated, not one field the admin can mend.
export const FORM_OUTDATED = "FORM_OUTDATED";

// When the record was last saved, as the edit form loaded it: an ISO
// instant (updatedAt.toISOString()) in a hidden field. The save is
// refused when the record has been saved since. Anything else was not
// written by our form, and names no version of the record.
export const recordVersionField = z
  .string(FORM_OUTDATED)
  .max(40, FORM_OUTDATED)
  .pipe(z.iso.datetime(FORM_OUTDATED))
  .transform((text) => new Date(text))
  .refine((date) => !Number.isNaN(date.getTime()), FORM_OUTDATED);
