// An appointment's time, place, care worker and purpose. Start and end are
// instants (UTC); the end comes after the start.
export type AppointmentInput = {
  startsAt: Date;
  endsAt: Date;
  location: string;
  careWorker: string;
  description: string;
};
