import { getFormatter, getTranslations } from "next-intl/server";
import { DATE_TIME_FORMAT } from "@/components/date-formats";

// When the account last signed in, or "Nog nooit".
export async function LastLogin({ at }: { at: Date | null | undefined }) {
  const t = await getTranslations("admin.common");
  const format = await getFormatter();

  return at ? (
    <time dateTime={at.toISOString()}>{format.dateTime(at, DATE_TIME_FORMAT)}</time>
  ) : (
    t("never")
  );
}
