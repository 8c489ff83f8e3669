import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

type Page = { items: { action: string; actorName: string; targetType: string; targetLabel: string | null }[]; nextBefore: string | null };

/** An organisation whose log holds: created by the owner, renamed by the admin (to a name that starts like a formula), described by the owner. */
async function organisationWithLog() {
  const { orgId, people } = await organisationWithRoles(t);
  expect((await people.admin.patch(`/api/v1/organisations/${orgId}`, { name: "=1+1 Formule" })).statusCode).toBe(200);
  expect((await people.owner.patch(`/api/v1/organisations/${orgId}`, { description: "Notre établissement" })).statusCode).toBe(200);
  const log = async (query: string): Promise<Page> => {
    const response = await people.owner.get(`/api/v1/organisations/${orgId}/audit-events?${query}`);
    expect(response.statusCode, query).toBe(200);
    return response.json();
  };
  return { orgId, people, log };
}

describe("audit log", () => {
  it("filters by who, what, when and a text, still paged", async () => {
    const { people, log } = await organisationWithLog();
    expect((await log("")).items.map((e) => e.action)).toEqual(["organisation.updated", "organisation.updated", "organisation.created"]);

    const byAdmin = await log(`actor=${people.admin.user.id}`);
    expect(byAdmin.items).toEqual([expect.objectContaining({ action: "organisation.updated", actorName: "Person admin", targetLabel: "=1+1 Formule" })]);
    expect((await log("action=organisation.created")).items).toEqual([expect.objectContaining({ actorName: "Sophie Owner" })]);
    expect((await log("targetType=organisation")).items).toHaveLength(3);
    expect((await log("targetType=survey")).items).toHaveLength(0);

    // The text is looked for in the author's name and the target's label, whatever the case; % is a character.
    expect((await log("q=FORMULE")).items.map((e) => e.actorName)).toEqual(["Person admin"]);
    expect((await log("q=sophie")).items.map((e) => e.action)).toEqual(["organisation.updated", "organisation.created"]);
    expect((await log("q=%25")).items).toHaveLength(0);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect((await log(`from=${encodeURIComponent(yesterday)}&to=${encodeURIComponent(tomorrow)}`)).items).toHaveLength(3);
    expect((await log(`from=${encodeURIComponent(tomorrow)}`)).items).toHaveLength(0);
    expect((await log(`to=${encodeURIComponent(yesterday)}`)).items).toHaveLength(0);

    const first = await log("action=organisation.updated&limit=1");
    expect(first.items).toHaveLength(1);
    expect(first.nextBefore).not.toBeNull();
    const second = await log(`action=organisation.updated&limit=1&before=${encodeURIComponent(first.nextBefore ?? "")}`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0]?.actorName).not.toBe(first.items[0]?.actorName);
    expect(second.nextBefore).toBeNull();
  });

  it("refuses an action that does not exist", async () => {
    const { people, orgId } = await organisationWithLog();
    const response = await people.owner.get(`/api/v1/organisations/${orgId}/audit-events?action=nope`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
  });

  it("exports the filtered log as CSV for French Excel: BOM, semicolons, labels, formulas as text", async () => {
    const { orgId, people } = await organisationWithLog();
    const response = await people.admin.get(`/api/v1/organisations/${orgId}/audit-events.csv?action=organisation.updated`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="journal-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(response.body.startsWith("\uFEFFDate (UTC);Auteur;Action;Concerne;Libellé;Événement;Code de l'action\n")).toBe(true);
    const lines = response.body.trim().split("\n").slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.includes("Person admin"))).toMatch(
      /^\d{4}-\d{2}-\d{2}T[^;]+;Person admin;Établissement modifié;Établissement;'=1\+1 Formule;Person admin a modifié l'établissement « =1\+1 Formule »;organisation\.updated$/,
    );
  });

  it("exports with commas and English labels on request, to those who may read the log only", async () => {
    const { orgId, people } = await organisationWithLog();
    const url = `/api/v1/organisations/${orgId}/audit-events.csv?separator=comma&lang=en&action=organisation.created`;
    const response = await people.owner.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.body.startsWith("\uFEFFDate (UTC),Author,Action,Target type,Target,Event,Action code\n")).toBe(true);
    expect(response.body).toContain(
      ",Sophie Owner,Organisation created,Organisation,IAE Exemple,Sophie Owner created the organisation “IAE Exemple”,organisation.created",
    );
    for (const role of ["manager", "staff", "viewer"] as const) {
      expect((await people[role].get(url)).statusCode, role).toBe(403);
    }
  });
});
