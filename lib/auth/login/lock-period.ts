import { FIRST_LOCK_MINUTES, MAX_LOCK_HOURS } from "../constants";

const MINUTE_MS = 60_000;

// How long the account locks the (lockCount + 1)-th time: the first lock
// lasts FIRST_LOCK_MINUTES, each further one twice the one before, never
// longer than MAX_LOCK_HOURS.
export function lockPeriodMs(previousLocks: number): number {
  const doublings = Math.min(Math.max(previousLocks, 0), 20);
  const minutes = Math.min(FIRST_LOCK_MINUTES * 2 ** doublings, MAX_LOCK_HOURS * 60);

  return minutes * MINUTE_MS;
}
