import { ContactChannel, ReportCategory } from "@/generated/prisma/enums";

// The fixed choices of the dossier forms, in the order the forms offer
// them; their Dutch labels are in messages/nl/dossier.json.
export const REPORT_CATEGORIES = Object.values(ReportCategory) as [
  ReportCategory,
  ...ReportCategory[],
];

export const CONTACT_CHANNELS = Object.values(ContactChannel) as [
  ContactChannel,
  ...ContactChannel[],
];
