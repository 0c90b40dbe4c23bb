import { notFound } from "next/navigation";
import { recordIdField } from "../forms/fields";

// The id in an admin URL. Anything that cannot be a record id is simply
// "not found", like an id that names no record.
export function parseRecordId(id: string): string {
  const parsed = recordIdField.safeParse(id);
  if (!parsed.success) notFound();

  return parsed.data;
}
