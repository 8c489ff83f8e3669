import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Agent, organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

describe("stakeholder types", () => {
  it("seeds the taxonomy for a new organisation, editable by programme managers only", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const types = (await people.viewer.get(`/api/v1/organisations/${orgId}/stakeholder-types`)).json() as { id: string; name: string; category: string }[];
    expect(types).toHaveLength(25);
    expect(new Set(types.map((type) => type.category))).toEqual(new Set(["learner", "staff", "funder", "company", "teacher"]));
    expect(types.map((type) => type.name)).toEqual(expect.arrayContaining(["OPCO", "France Travail", "Intervenant professionnel", "Diplômé (alumni)"]));

    const opco = types.find((type) => type.name === "OPCO");
    expect((await people.staff.patch(`/api/v1/organisations/${orgId}/stakeholder-types/${opco?.id}`, { name: "OPCO Atlas" })).statusCode).toBe(403);
    const renamed = await people.manager.patch(`/api/v1/organisations/${orgId}/stakeholder-types/${opco?.id}`, { name: "OPCO Atlas", isArchived: true });
    expect(renamed.json()).toMatchObject({ name: "OPCO Atlas", isArchived: true });

    const added = await people.manager.post(`/api/v1/organisations/${orgId}/stakeholder-types`, { category: "company", name: "Jury professionnel" });
    expect(added.statusCode).toBe(201);
    const reordered = await people.manager.post(`/api/v1/organisations/${orgId}/stakeholder-types/reorder`, { ids: [added.json().id] });
    expect(reordered.json()[0].name).toBe("Jury professionnel");
  });

  it("keeps another organisation's types out of reach", async () => {
    const a = await organisationWithRoles(t);
    const b = await organisationWithRoles(t);
    const theirs = (await b.owner.get(`/api/v1/organisations/${b.orgId}/stakeholder-types`)).json();
    expect((await a.owner.patch(`/api/v1/organisations/${a.orgId}/stakeholder-types/${theirs[0].id}`, { name: "Volé" })).statusCode).toBe(404);
    expect((await a.owner.get(`/api/v1/organisations/${b.orgId}/stakeholder-types`)).statusCode).toBe(404);
    expect((await new Agent(t).get(`/api/v1/organisations/${a.orgId}/stakeholder-types`)).statusCode).toBe(401);
    expect((await a.people.guest.get(`/api/v1/organisations/${a.orgId}/stakeholder-types`)).statusCode).toBe(403);
  });
});

describe("personas", () => {
  it("creates a persona with goals and an uploaded avatar", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const types = (await people.manager.get(`/api/v1/organisations/${orgId}/stakeholder-types`)).json();
    const learner = types.find((type: { name: string }) => type.name === "Apprenant en formation");
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/personas`, {
      stakeholderTypeId: learner.id,
      name: "Sarah",
      role: "Candidate au Master Marketing Digital",
      age: 23,
      goals: "Trouver une alternance",
      quote: "Je veux savoir vite si mon dossier est complet.",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: "Sarah", age: 23, category: "learner", stakeholderTypeName: "Apprenant en formation", avatarUrl: null });

    const url = `/api/v1/organisations/${orgId}/personas/${created.json().id}/avatar`;
    const uploaded = await people.manager.request("PUT", url, undefined, { "content-type": "image/png" });
    expect(uploaded.statusCode).toBe(400);
    const withImage = await t.app.inject({
      method: "PUT",
      url,
      payload: png,
      headers: { "content-type": "image/png", cookie: cookieOf(people.manager), origin: "http://localhost:3999" },
    });
    expect(withImage.statusCode).toBe(200);
    expect(withImage.json().avatarUrl).toContain("/avatar");
    const fake = await t.app.inject({
      method: "PUT",
      url,
      payload: Buffer.from("<svg onload=alert(1)>"),
      headers: { "content-type": "image/png", cookie: cookieOf(people.manager), origin: "http://localhost:3999" },
    });
    expect(fake.statusCode).toBe(400);
    const image = await people.viewer.get(url);
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.rawPayload.subarray(0, 8)).toEqual(png.subarray(0, 8));
  });

  it("refuses a stakeholder type of another organisation and invalid fields", async () => {
    const a = await organisationWithRoles(t);
    const b = await organisationWithRoles(t);
    const theirType = (await b.owner.get(`/api/v1/organisations/${b.orgId}/stakeholder-types`)).json()[0];
    const response = await a.owner.post(`/api/v1/organisations/${a.orgId}/personas`, { stakeholderTypeId: theirType.id, name: "Intrus" });
    expect(response.statusCode).toBe(400);
    const bad = await a.owner.post(`/api/v1/organisations/${a.orgId}/personas`, { stakeholderTypeId: "not-a-uuid", name: "", age: 300 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.age", "body.name", "body.stakeholderTypeId"]);
  });
});

describe("programmes", () => {
  it("records a programme with its RNCP code, and checks the code's form", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/programmes`, {
      title: "Master Marketing Digital",
      rncpCode: "rncp38590",
      level: "Niveau 7",
      modality: "apprenticeship",
      durationHours: 1200,
      places: 60,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ rncpCode: "RNCP38590", modality: "apprenticeship", journeyCount: 0 });
    expect((await people.manager.post(`/api/v1/organisations/${orgId}/programmes`, { title: "Licence", rncpCode: "ABC" })).statusCode).toBe(400);
    expect((await people.viewer.post(`/api/v1/organisations/${orgId}/programmes`, { title: "Licence" })).statusCode).toBe(403);
    const other = await organisationWithRoles(t);
    expect((await other.owner.get(`/api/v1/organisations/${other.orgId}/programmes/${created.json().id}`)).statusCode).toBe(404);
    expect((await other.owner.request("DELETE", `/api/v1/organisations/${other.orgId}/programmes/${created.json().id}`)).statusCode).toBe(404);
  });
});

function cookieOf(agent: Agent): string {
  return [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

describe("partial changes to personas and programmes", () => {
  it("keeps every field that the change does not name", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const programme = (
      await people.manager.post(`/api/v1/organisations/${orgId}/programmes`, {
        title: "Licence pro",
        rncpCode: "RNCP12345",
        places: 28,
        modality: "apprenticeship",
      })
    ).json();
    const renamed = (await people.manager.patch(`/api/v1/organisations/${orgId}/programmes/${programme.id}`, { title: "Licence professionnelle" })).json();
    expect(renamed).toMatchObject({ title: "Licence professionnelle", rncpCode: "RNCP12345", places: 28, modality: "apprenticeship" });
    const type = (await people.manager.get(`/api/v1/organisations/${orgId}/stakeholder-types`)).json()[0];
    const persona = (
      await people.manager.post(`/api/v1/organisations/${orgId}/personas`, { stakeholderTypeId: type.id, name: "Sarah", age: 22, quote: "Vite !" })
    ).json();
    const aged = (await people.manager.patch(`/api/v1/organisations/${orgId}/personas/${persona.id}`, { age: 23 })).json();
    expect(aged).toMatchObject({ name: "Sarah", age: 23, quote: "Vite !" });
  });
});
