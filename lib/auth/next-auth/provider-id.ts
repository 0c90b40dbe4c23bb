// The credentials provider that checks the e-mailed code. Its own file, so
// the code form in the browser can name it without loading server code.
export const LOGIN_CODE_PROVIDER_ID = "login-code";
