import type { ReportCategory } from "@/generated/prisma/enums";

// A report as it is stored: when it was written, by whom, its category
// and its text.
export type ReportInput = {
  writtenAt: Date;
  author: string;
  category: ReportCategory;
  text: string;
};
