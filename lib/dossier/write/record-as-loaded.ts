// A record as an admin's edit form loaded it: which one, and when it was
// last saved at that moment. A write based on it is refused ("conflict")
// when the record was saved again since, so a form opened earlier never
// silently undoes what someone else changed in the meantime.
export type RecordAsLoaded = { id: string; updatedAt: Date };

// Every save of these records sets updatedAt (Prisma's @updatedAt), so a
// different value means someone saved it after the form was loaded.
export function savedSince(current: { updatedAt: Date }, loaded: RecordAsLoaded): boolean {
  return current.updatedAt.getTime() !== loaded.updatedAt.getTime();
}
