// Limits of the admin form fields. Kept apart from the schemas so that the
// forms in the browser can name them in their messages.
export const NAME_MAX_LENGTH = 200;
export const CLIENT_NUMBER_MAX_LENGTH = 40;
