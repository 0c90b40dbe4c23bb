import { LinkCodePage } from "@/lib/auth/components/link-code-page";
import { linkPageMetadata } from "@/lib/auth/components/link-page-metadata";

export function generateMetadata() {
  return linkPageMetadata("ACTIVATION", "code");
}

type Props = { params: Promise<{ token: string }> };

// The code that finishes the account activation and signs the person in.
export default async function ActivationCodePage({ params }: Props) {
  const { token } = await params;

  return <LinkCodePage purpose="ACTIVATION" token={token} />;
}
