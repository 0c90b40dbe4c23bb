import type { ContactChannel } from "@/generated/prisma/enums";

// A contact moment as it is stored: when, how, with whom, and what about.
export type ContactMomentInput = {
  occurredAt: Date;
  channel: ContactChannel;
  withWhom: string;
  summary: string;
};
