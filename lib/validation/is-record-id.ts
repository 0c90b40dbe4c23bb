// Record ids are UUIDs (Prisma's @default(uuid())). Anything else can
// name no record, so it need not reach the database at all.
const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRecordId(text: unknown): text is string {
  return typeof text === "string" && RECORD_ID.test(text);
}
