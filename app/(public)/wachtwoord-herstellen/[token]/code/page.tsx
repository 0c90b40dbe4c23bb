import { LinkCodePage } from "@/lib/auth/components/link-code-page";
import { linkPageMetadata } from "@/lib/auth/components/link-page-metadata";

export function generateMetadata() {
  return linkPageMetadata("PASSWORD_RESET", "code");
}

type Props = { params: Promise<{ token: string }> };

// The code that finishes the password reset and signs the person in.
export default async function PasswordResetCodePage({ params }: Props) {
  const { token } = await params;

  return <LinkCodePage purpose="PASSWORD_RESET" token={token} />;
}
