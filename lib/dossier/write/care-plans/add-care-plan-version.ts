import { refused, type DossierWriteStep } from "../dossier-write";
import type { DossierWriteScope } from "../dossier-write-scope";
import type { CarePlanInput } from "./care-plan-input";

type Version = { id: string; version: number };

// Every change to a care plan is a new version, numbered one past the
// newest; older versions stay as they were. The unique (dossierId,
// version) index turns two saves racing for the same number into one
// success and one conflict. A version identical to the one it is based on
// is not added.
export async function addCarePlanVersion(
  scope: DossierWriteScope,
  input: CarePlanInput,
): Promise<DossierWriteStep<Version>> {
  const { db, dossierId } = scope;

  const newest = await db.carePlan.findFirst({
    where: { dossierId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      validFrom: true,
      summary: true,
      createdBy: true,
      goals: { orderBy: { position: "asc" }, select: { title: true, description: true } },
      agreements: {
        orderBy: { position: "asc" },
        select: { description: true, frequency: true, provider: true },
      },
    },
  });
  if ((newest?.version ?? 0) !== input.basedOnVersion) return refused("conflict");

  const { basedOnVersion, ...content } = input;
  const fields = newest ? changedParts(newest, content) : Object.keys(content);
  if (newest && fields.length === 0) {
    return { status: "unchanged", result: { id: newest.id, version: newest.version } };
  }

  const version = basedOnVersion + 1;
  const { id } = await db.carePlan.create({
    data: {
      dossierId,
      version,
      validFrom: content.validFrom,
      summary: content.summary,
      createdBy: content.createdBy,
      goals: { create: content.goals.map((goal, index) => ({ position: index + 1, ...goal })) },
      agreements: {
        create: content.agreements.map((agreement, index) => ({
          position: index + 1,
          ...agreement,
        })),
      },
    },
    select: { id: true },
  });

  return { status: "written", recordId: id, fields, version, result: { id, version } };
}

// Which parts differ from the version this one replaces, by name.
function changedParts(
  previous: Omit<CarePlanInput, "basedOnVersion">,
  next: Omit<CarePlanInput, "basedOnVersion">,
): string[] {
  const parts: [string, boolean][] = [
    ["validFrom", previous.validFrom.getTime() !== next.validFrom.getTime()],
    ["summary", previous.summary !== next.summary],
    ["createdBy", previous.createdBy !== next.createdBy],
    ["goals", goalsKey(previous.goals) !== goalsKey(next.goals)],
    ["agreements", agreementsKey(previous.agreements) !== agreementsKey(next.agreements)],
  ];

  return parts.filter(([, changed]) => changed).map(([part]) => part);
}

// Rows compared by their values in a fixed order, whatever the key order.
function goalsKey(goals: CarePlanInput["goals"]): string {
  return JSON.stringify(goals.map((goal) => [goal.title, goal.description]));
}

function agreementsKey(agreements: CarePlanInput["agreements"]): string {
  return JSON.stringify(agreements.map((row) => [row.description, row.frequency, row.provider]));
}
