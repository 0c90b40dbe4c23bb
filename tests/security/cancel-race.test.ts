import { describe, expect, it } from "vitest";
import { saveCancelledAppointment } from "@/lib/admin/dossier/appointments/save-cancelled-appointment";
import { createClientWithDossier } from "../dossier/support/dossier-fixtures";
import { useTestDatabase } from "../support/test-database";
import { addAppointment, createAdminActor } from "../admin-dossier/support/admin-dossier-fixtures";

// Needs DATABASE_URL (PostgreSQL): PGlite runs transactions one at a time.
describe("two admins cancelling one appointment at the same moment", () => {
  const db = useTestDatabase();

  it("cancels it once; the other is told it was already cancelled", async () => {
    const admin = await createAdminActor(db());
    const { client, dossierId } = await createClientWithDossier(db());
    const appointment = await addAppointment(db(), dossierId);
    const target = {
      clientId: client.id,
      appointmentId: appointment.id,
      basedOnUpdatedAt: appointment.updatedAt,
    };

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => saveCancelledAppointment(admin, { ...target, cancelReason: `Reden ${i}` })),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });
});
