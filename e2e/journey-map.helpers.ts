// Helpers of journey D (e2e/journey-map.spec.ts): waiting for a request's answer, an answered
// survey on a step, picking in a Mantine Select.
import crypto from "node:crypto";
import type { Locator, Page, Response } from "playwright-core";
import type { z } from "zod";
import type { journeyMapSchema, MapStep } from "../shared/schemas/journeys.js";
import { surveySchema } from "../shared/schemas/surveys.js";
import { apiPost, poll } from "./lib.js";

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A lane of the map (a stakeholder type), as GET …/journeys/:id answers it. */
export type Lane = z.infer<typeof journeyMapSchema>["lanes"][number];

/** The response of the first `method` request whose path ends with `suffix` (started before `action`). */
export async function afterResponse(page: Page, method: string, suffix: string, action: () => Promise<unknown>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname.endsWith(suffix), { timeout: 15_000 }),
    action(),
  ]);
  if (!response.ok()) throw new Error(`${method} …${suffix} answered ${response.status()}`);
  return response;
}

/**
 * An open end-of-module survey on `step` for `lane`, answered once per [overall, useful] pair of
 * satisfaction scores (1–5) through the public API (the NPS question is required: 8 each time).
 */
export async function surveyWithAnswers(page: Page, orgId: string, step: MapStep, lane: Lane, pairs: [number, number][]): Promise<void> {
  const surveysApi = `/api/v1/organisations/${encodeURIComponent(orgId)}/surveys`;
  const created = await apiPost(
    page,
    surveysApi,
    { templateKey: "module-hot", stepIds: [step.id], stakeholderTypeId: lane.stakeholderTypeId, locales: ["fr", "en"] },
    surveySchema,
  );
  const survey = await apiPost(page, `${surveysApi}/${created.id}/open`, {}, surveySchema);
  const token = new URL(survey.publicUrl).pathname.split("/").pop();
  const [overall, useful] = survey.questions.filter((q) => q.kind === "satisfaction").map((q) => q.id);
  const nps = survey.questions.find((q) => q.kind === "nps")?.id;
  if (!overall || !useful || !nps) throw new Error("the module-hot template lacks its satisfaction or NPS questions");
  for (const [a, b] of pairs) {
    const answers = { [overall]: a, [useful]: b, [nps]: 8 };
    await apiPost(page, `/api/v1/public/surveys/${token}/responses`, {
      key: crypto.randomBytes(18).toString("base64url"),
      locale: "fr",
      answers,
      consentToContact: false,
      isFinal: true,
    });
  }
}

/** Picks `option` in a Mantine Select (click the input, then the option, as a person would). */
export async function pick(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await poll(async () => (await input.inputValue()) === option, { message: `"${option}" was not selected` });
}
