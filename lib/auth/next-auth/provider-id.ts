// The credentials provider that checks an e-mailed code (of any purpose).
// Its own file, so the code form in the browser can name it without
// loading server code.
export const CODE_PROVIDER_ID = "login-code";
