// The address of the invited account whose activation link has expired
// (seeded by expired-invitations.ts), one per Playwright project so tests
// running side by side never share one.
export const EXPIRED_INVITATION_PROJECTS = ["desktop", "mobile"] as const;

export function expiredInvitationEmail(runId: string, project: string): string {
  return `verlopen-${runId}-${project}@e2e.carefriend.test`;
}
