// The dossier's enumerations, for pages that must not import the database
// client.
export type {
  AppointmentStatus,
  ContactChannel,
  ReportCategory,
} from "@/generated/prisma/enums";
