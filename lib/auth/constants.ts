export const CODE_VALID_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;
export const RESEND_COOLDOWN_SECONDS = 60;
export const MAX_CODE_RESENDS = 3;
export const ACTIVATION_LINK_VALID_HOURS = 72;
export const RESET_LINK_VALID_MINUTES = 60;
