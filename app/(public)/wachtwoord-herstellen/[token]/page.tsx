import { firstParam } from "@/app/(public)/inloggen/search-param";
import { LinkPasswordPage } from "@/lib/auth/components/link-password-page";
import { linkPageMetadata } from "@/lib/auth/components/link-page-metadata";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateMetadata() {
  return linkPageMetadata("PASSWORD_RESET", "password");
}

// The password reset link from the e-mail: choose a password, then confirm it
// with an e-mailed code. Opening it changes nothing.
export default async function PasswordResetPage({ params, searchParams }: Props) {
  const { token } = await params;
  const error = firstParam((await searchParams).error);

  return <LinkPasswordPage purpose="PASSWORD_RESET" token={token} error={error} />;
}
