// A bcrypt hash (cost 12, as hashPassword makes) of a random value nobody
// knows. Checked when there is no account or no password, so that such an
// attempt takes as long as a wrong password for a real account.
export const DUMMY_PASSWORD_HASH =
  "$2b$12$w0FiGUYn0fOnfsY37K0lFeIja3oltfNtW9D0HOsysJz3hv7ErtMWO";
