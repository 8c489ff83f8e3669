/**
 * CSV for French Excel (issue 12, item 14): every CSV export — a survey's answers, a journey's cells —
 * is comma-separated by default (the standard) or semicolon-separated on request (what French Excel
 * opens in columns); both start with a UTF-8 byte-order mark and write formula-like cells as text.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Survey } from "../../shared/schemas/surveys.js";
import { organisationWithRoles } from "../factories.js";
import { addResponses } from "../survey-responses.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.destroy());

const bom = "\uFEFF";
const rowsOf = (body: string, delimiter: string) => parse(body, { delimiter, bom: true, relax_column_count: true }) as string[][];

describe("CSV exports for French Excel", () => {
  it("exports a survey's answers separated by semicolons on request, by commas by default, both with the BOM and formulas as text", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "module-hot", cohort: "M1, 2026" });
    expect(created.statusCode, created.body).toBe(201);
    const survey: Survey = created.json();
    await addResponses(t, orgId, survey, [{ nps: 9, satisfaction: 5, cohort: "M1, 2026", text: '=HYPERLINK("x"); bien' }]);
    const base = `/api/v1/organisations/${orgId}/surveys/${survey.id}/responses.csv`;

    const excel = await people.manager.get(`${base}?separator=semicolon`);
    expect(excel.statusCode, excel.body).toBe(200);
    expect(excel.headers["content-type"]).toContain("text/csv");
    expect(excel.body.startsWith(bom)).toBe(true);
    const header = excel.body.slice(1).split("\n")[0] ?? "";
    expect(header.startsWith("Date;Promotion;")).toBe(true);
    const [excelHeader, excelRow] = rowsOf(excel.body, ";");
    expect(excelRow).toHaveLength(excelHeader?.length ?? -1);
    expect(excelRow).toContain("M1, 2026");
    expect(excelRow).toContain(`'=HYPERLINK("x"); bien`);

    const standard = await people.manager.get(base);
    expect(standard.statusCode).toBe(200);
    expect(standard.body.startsWith(bom)).toBe(true);
    expect(standard.body.slice(1).startsWith("Date,Promotion,")).toBe(true);
    const [standardHeader, standardRow] = rowsOf(standard.body, ",");
    expect(standardRow).toHaveLength(standardHeader?.length ?? -1);
    expect(standardRow).toContain(`'=HYPERLINK("x"); bien`);
    expect((await people.manager.get(`${base}?separator=comma`)).body).toBe(standard.body);
  });

  it("refuses an unknown separator with a stable code", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/surveys`, { templateKey: "module-hot" });
    expect(created.statusCode).toBe(201);
    const refused = await people.manager.get(`/api/v1/organisations/${orgId}/surveys/${created.json().id}/responses.csv?separator=tab`);
    expect(refused.statusCode).toBe(400);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    expect(refused.json().code).toBe("validation_failed");
  });

  it("exports a journey's cells separated by semicolons on request, by commas by default", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const created = await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { templateKey: "course-planning" });
    expect(created.statusCode, created.body).toBe(201);
    const base = `/api/v1/organisations/${orgId}/journeys/${created.json().journey.id}/cells.csv`;

    const excel = await people.viewer.get(`${base}?separator=semicolon`);
    expect(excel.statusCode, excel.body).toBe(200);
    expect(excel.body.startsWith(`${bom}Phase;Point de contact;Partie prenante;`)).toBe(true);
    const excelRows = rowsOf(excel.body, ";");
    expect(excelRows.length).toBeGreaterThan(10);
    expect(excelRows.every((row) => row.length === 15)).toBe(true);

    const standard = await people.viewer.get(base);
    expect(standard.body.startsWith(`${bom}Phase,Point de contact,Partie prenante,`)).toBe(true);
    const standardRows = rowsOf(standard.body, ",");
    expect(standardRows).toEqual(excelRows);
  });
});
