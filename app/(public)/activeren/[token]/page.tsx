import { firstParam } from "@/app/(public)/inloggen/search-param";
import { LinkPasswordPage } from "@/lib/auth/components/link-password-page";
import { linkPageMetadata } from "@/lib/auth/components/link-page-metadata";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateMetadata() {
  return linkPageMetadata("ACTIVATION", "password");
}

// The account activation link from the e-mail: choose a password, then
// confirm it with an e-mailed code. Opening it changes nothing.
export default async function ActivationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const error = firstParam((await searchParams).error);

  return <LinkPasswordPage purpose="ACTIVATION" token={token} error={error} />;
}
