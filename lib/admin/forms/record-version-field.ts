import { z } from "zod";

// When the record was last saved, as the edit form loaded it: an ISO
// instant (updatedAt.toISOString()) in a hidden field. The save is
// refused when the record has been saved since. Anything else was not
// written by our form, and names no version of the record.
export const recordVersionField = z
  .string()
  .max(40)
  .pipe(z.iso.datetime())
  .transform((text) => new Date(text))
  .refine((date) => !Number.isNaN(date.getTime()));
