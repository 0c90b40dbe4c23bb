import { describe, expect, it } from "vitest";
import { CLIENTS_PER_PAGE, listClients } from "@/lib/admin/clients/list-clients";
import { useTestDatabase } from "@/tests/support/test-database";
import { unique } from "./support/admin-fixtures";

const db = useTestDatabase();

// Clients with the given names, each with a marker shared by this test so
// searches find only the test's own clients.
async function clientsNamed(names: string[]) {
  const marker = unique();
  for (const name of names) {
    const id = unique();
    await db().client.create({
      data: {
        name: `${name} ${marker}`,
        clientNumber: `Z-${id}`.toUpperCase(),
        grants: {
          create: {
            kind: "SELF",
            account: {
              create: { email: `z-${id}@example.test`, name, role: "CLIENT", status: "ACTIVE" },
            },
          },
        },
      },
    });
  }

  return marker;
}

async function namesFound(search: string): Promise<string[]> {
  const page = await listClients({ search, page: 1 });

  return page.clients.map((client) => client.name.split(" ")[0]!);
}

describe("the client list", () => {
  it("finds clients by part of their name, number or address, ignoring case", async () => {
    await clientsNamed(["Wilhelmina"]);
    const client = await db().client.findFirstOrThrow({
      where: { name: { startsWith: "Wilhelmina" } },
      include: { grants: { include: { account: true } } },
    });
    const email = client.grants[0]!.account.email;

    expect(await namesFound("WILHELM")).toContain("Wilhelmina");
    expect((await listClients({ search: client.clientNumber.toLowerCase(), page: 1 })).total).toBe(
      1,
    );
    expect((await listClients({ search: email.toUpperCase(), page: 1 })).clients[0]?.id).toBe(
      client.id,
    );
  });

  it("takes % and _ in the search text literally", async () => {
    await clientsNamed(["Korting100%", "Korting1000", "Sara_B", "SaraXB"]);

    // As LIKE wildcards, "g100%" would match both Korting names, "a_b" both Sara's.
    expect(await namesFound("g100%")).toEqual(["Korting100%"]);
    expect(await namesFound("a_b")).toEqual(["Sara_B"]);
    expect(await namesFound("%")).toEqual(["Korting100%"]);
    expect(await namesFound("\\")).toEqual([]);
  });

  it("shows the account with its status and last sign-in", async () => {
    const marker = await clientsNamed(["Statuscliënt"]);

    const [found] = (await listClients({ search: marker, page: 1 })).clients;

    expect(found?.account).toMatchObject({
      status: "ACTIVE",
      lastLoginAt: null,
      lockedUntil: null,
    });
  });

  it(`pages by ${CLIENTS_PER_PAGE}, by name, and shows the last page for a page past the end`, async () => {
    const names = Array.from(
      { length: CLIENTS_PER_PAGE + 3 },
      (_, index) => `Pagina${String(index).padStart(2, "0")}`,
    );
    const marker = await clientsNamed(names);

    const first = await listClients({ search: marker, page: 1 });
    const second = await listClients({ search: marker, page: 2 });
    const beyond = await listClients({ search: marker, page: 99 });

    expect(first).toMatchObject({ total: CLIENTS_PER_PAGE + 3, page: 1, pageCount: 2 });
    expect(first.clients).toHaveLength(CLIENTS_PER_PAGE);
    expect(first.clients[0]?.name).toBe(`Pagina00 ${marker}`);
    expect(second.clients.map((client) => client.name.split(" ")[0])).toEqual(names.slice(-3));
    expect(beyond.page).toBe(2);
  });
});
