// Dossier content for the demo, written relative to the day the seed runs:
// `day` is a number of days from today (negative is in the past) and
// `time` a clock time in the portal's time zone.
export type SeedMoment = { day: number; time: string };

export type SeedCarePlan = {
  version: number;
  validFromDay: number;
  summary: string;
  createdBy: string;
  goals: { title: string; description: string }[];
  agreements: { description: string; frequency: string; provider: string }[];
};

export type SeedAppointment = SeedMoment & {
  minutes: number;
  location: string;
  careWorker: string;
  description: string;
  cancelReason?: string;
};

export type SeedReport = SeedMoment & {
  author: string;
  category: "PERSONAL_CARE" | "WELLBEING" | "MEDICATION" | "HOUSEHOLD" | "CONSULTATION" | "OTHER";
  text: string;
};

export type SeedContactMoment = SeedMoment & {
  channel: "PHONE" | "VISIT" | "EMAIL" | "VIDEO";
  withWhom: string;
  summary: string;
};

export type SeedClient = {
  clientNumber: string;
  name: string;
  // yyyy-mm-dd
  dateOfBirth: string | null;
  carePlans: SeedCarePlan[];
  appointments: SeedAppointment[];
  reports: SeedReport[];
  contactMoments: SeedContactMoment[];
};
