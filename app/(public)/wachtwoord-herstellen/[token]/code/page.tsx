import { LinkCodePage } from "@/lib/auth/components/link-code-page";
import { linkPageMetadata } from "@/lib/auth/components/link-page-metadata";

export function generateMetadata() {
  return linkPageMetadata("PASSWORD_RESET", "code");
}

// The code that finishes the password reset and signs the person in.
export default async function PasswordResetCodePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;

  return <LinkCodePage purpose="PASSWORD_RESET" token={token} />;
}
