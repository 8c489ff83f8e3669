// Journey F: the demo owner registers a webhook endpoint (a real receiver in this process) in
// Administration › Webhooks, copies the secret shown once, and sees the delivery of a learner's
// answer succeed; the receiver verifies the Standard Webhooks signature with the reference library.
// The owner sets the promoters' review page in the settings, and the manager sees the waves of a
// recurring survey in its Diffusion tab.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { meSchema } from "../shared/schemas/me.js";
import { reviewSettingsSchema } from "../shared/schemas/promoters.js";
import { surveySchema } from "../shared/schemas/surveys.js";
import { apiGet, apiPost, demo, type Journey, poll, signIn, visible } from "./lib.js";

export default async function run(j: Journey): Promise<void> {
  const received: { headers: Record<string, string>; body: string }[] = [];
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "text/plain" });
      response.end("reçu");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tutti`;
  try {
    const owner = await j.newPage();
    await signIn(j, owner, { email: demo.owner.email, password: demo.password });
    await j.check(owner, "owner home");
    const orgId = (await apiGet(owner, "/api/v1/me", meSchema)).activeOrganisationId ?? "";

    // 1. Register the endpoint through the page; the secret is shown once.
    await j.visit(owner, "/admin/webhooks", "webhooks (empty)");
    await owner.getByRole("button", { name: "Ajouter un point de réception" }).first().click();
    const dialog = owner.getByRole("dialog", { name: "Ajouter un point de réception" });
    await visible(dialog);
    await dialog.getByLabel("Adresse de réception (URL)").fill(receiverUrl);
    await dialog.getByLabel("Description").fill("CRM de test");
    await dialog.getByRole("button", { name: "Ajouter", exact: true }).click();
    const secretDialog = owner.getByRole("dialog", { name: "Secret de signature" });
    await visible(secretDialog);
    const secret = ((await secretDialog.locator("pre, code").first().textContent()) ?? "").trim();
    if (!/^whsec_/.test(secret)) throw new Error(`unexpected secret: ${secret}`);
    // The modal fades in: check it once fully opaque.
    await poll(() => secretDialog.evaluate((el) => getComputedStyle(el.closest(".mantine-Modal-content") ?? el).opacity === "1"), {
      message: "the dialog did not finish opening",
    });
    await j.check(owner, "webhook secret shown once", { shot: "f-01-webhook-secret" });
    await secretDialog.getByRole("button", { name: "J'ai copié le secret" }).click();
    await visible(owner.getByRole("article", { name: "CRM de test" }));

    // 2. A learner answers a survey of the organisation; the receiver gets a signed response.created.
    const surveysApi = `/api/v1/organisations/${encodeURIComponent(orgId)}/surveys`;
    const created = await apiPost(
      owner,
      surveysApi,
      { templateKey: "module-hot", locales: ["fr"], title: `Webhook e2e ${Date.now().toString(36)}` },
      surveySchema,
    );
    const survey = await apiPost(owner, `${surveysApi}/${created.id}/open`, {}, surveySchema);
    const npsQ = survey.questions.find((q) => q.kind === "nps");
    if (!npsQ) throw new Error("no NPS question in the module-hot template");
    const required = Object.fromEntries(survey.questions.filter((q) => q.isRequired).map((q) => [q.id, q.kind === "nps" ? 10 : q.kind === "effort" ? 2 : 5]));
    const token = new URL(survey.publicUrl).pathname.split("/").pop();
    const answer = await owner.request.post(`/api/v1/public/surveys/${token}/responses`, {
      data: { key: `e2e${Date.now().toString(36)}webhookkey0000`, locale: "fr", answers: { ...required, [npsQ.id]: 10 } },
    });
    if (answer.status() !== 201) throw new Error(`answer: ${answer.status()} ${await answer.text()}`);
    const got = await poll(() => received.find((r) => r.body.includes(survey.id)), { timeout: 20_000, message: "the receiver got nothing" });
    const event = new Webhook(secret).verify(got.body, got.headers) as { type: string; data: { respondent?: unknown } };
    if (event.type !== "response.created" || event.data.respondent) throw new Error(`unexpected event: ${got.body}`);

    // 3. The delivery is listed as succeeded, with its HTTP code (never the receiver's answer: issue 10, finding 5).
    await owner.reload();
    const table = owner.getByRole("table", { name: "Envois de webhooks, du plus récent au plus ancien" });
    await poll(
      async () => {
        await owner.getByRole("button", { name: "Actualiser" }).click();
        return (await table.getByRole("row").filter({ hasText: "Réussi" }).filter({ hasText: "200" }).count()) > 0;
      },
      { timeout: 15_000, message: "no succeeded delivery in the table" },
    );
    if ((await table.getByText("reçu").count()) > 0) throw new Error("the receiver's answer is shown in the deliveries log");
    await j.check(owner, "webhooks with a delivery", { shot: "f-02-webhooks-deliveries" });

    // 4. The promoters' review page in the settings.
    await j.visit(owner, "/admin/settings", "settings with the review page");
    await owner.getByLabel("Page où laisser un avis").fill("https://avis.exemple.fr/iae");
    await owner.getByRole("region", { name: "Avis des promoteurs" }).getByRole("button", { name: "Enregistrer" }).click();
    await poll(
      async () =>
        (await apiGet(owner, `/api/v1/organisations/${encodeURIComponent(orgId)}/review-settings`, reviewSettingsSchema)).reviewUrl ===
        "https://avis.exemple.fr/iae",
      {
        message: "the review page was not saved",
      },
    );

    // 5. A recurring survey shows its waves and the date of the next one.
    const recurring = await apiPost(owner, surveysApi, { templateKey: "teacher-checkpoint", locales: ["fr"], recurrence: "half_yearly" }, surveySchema);
    await apiPost(owner, `${surveysApi}/${recurring.id}/open`, {}, surveySchema);
    await j.visit(owner, `/surveys/${recurring.id}?tab=diffusion`, "survey waves");
    await visible(owner.getByRole("heading", { name: "Vagues" }));
    await visible(owner.getByText(/^Prochaine vague : le /));
    await visible(owner.getByRole("table", { name: "Vagues de cette enquête, de la plus ancienne à la plus récente" }));
    await j.check(owner, "survey waves", { shot: "f-03-survey-waves" });
  } finally {
    receiver.closeAllConnections();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
}
