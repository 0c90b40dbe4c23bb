import { getTranslations } from "next-intl/server";
import { LoadingState } from "@/components/loading-state";

// The loading state of the client pages: the header stays, this fills the
// main area until the page is ready.
export default async function DossierLoading() {
  const t = await getTranslations("dossier.layout");

  return <LoadingState label={t("loading")} />;
}
