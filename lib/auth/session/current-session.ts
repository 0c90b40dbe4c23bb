// The signed-in person, as pages, route handlers and server actions see it.
export type CurrentSession = {
  sessionId: string;
  accountId: string;
  role: "CLIENT" | "ADMIN";
  name: string;
  email: string;
};
