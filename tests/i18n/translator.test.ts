import { expect, it } from "vitest";
import { getTranslator } from "@/i18n/translator";
it("translates with short keys inside a namespace", async () => {
  const t = await getTranslator("errors");
  expect(t("tryAgain")).toBe("Opnieuw proberen");
});
