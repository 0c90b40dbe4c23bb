// What every page shows of an appointment: one select for the client's
// lists, the client's detail page and the admin's pages alike.
export const APPOINTMENT_FIELDS = {
  id: true,
  startsAt: true,
  endsAt: true,
  location: true,
  careWorker: true,
  description: true,
  status: true,
  cancelReason: true,
} as const;
