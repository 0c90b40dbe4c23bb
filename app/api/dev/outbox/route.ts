import { z } from "zod";
import { getEmailTranslator } from "@/emails/components/email-translator";
import { logger } from "@/lib/log/logger";
import { isOutboxActive } from "@/lib/mail/outbox/is-outbox-active";
import { listOutboxMessages } from "@/lib/mail/outbox/list-outbox-messages";

const querySchema = z.object({ to: z.string().trim().pipe(z.email()) });

// GET /api/dev/outbox?to=<address>: the outbox's mail to one address,
// newest first, for e2e tests and local work. Absent unless mail goes to
// the outbox.
export async function GET(request: Request): Promise<Response> {
  const t = getEmailTranslator();
  const noStore = { "Cache-Control": "no-store" };

  if (!isOutboxActive()) {
    return Response.json({ error: t("outbox.notFound") }, { status: 404, headers: noStore });
  }

  const query = querySchema.safeParse({
    to: new URL(request.url).searchParams.get("to") ?? undefined,
  });
  if (!query.success) {
    return Response.json({ error: t("outbox.invalidAddress") }, { status: 400, headers: noStore });
  }

  try {
    const messages = await listOutboxMessages({ to: query.data.to });

    return Response.json(messages, { headers: noStore });
  } catch (error) {
    // The error's name only: a database message may quote the address.
    const errorName = error instanceof Error ? error.name : "unknown";
    logger.error({ errorName }, "outbox could not be read");

    return Response.json({ error: t("outbox.unavailable") }, { status: 503, headers: noStore });
  }
}
