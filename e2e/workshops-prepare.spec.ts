// Journey W: Marie prepares a workshop (format, agenda, journey), invites an outsider, reads the
// facts pack; on the demo's closed workshop she reads the minutes, exports the PDF, merges the
// accepted items into the journey, and follows the improvement actions. French and English,
// desktop and phone; every page checked with axe-core; screenshots also in /tmp/shots-workshops.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { meSchema } from "../shared/schemas/me.js";
import { mergeCandidatesSchema } from "../shared/schemas/workshops.js";
import { apiGet, demo, desktop, field, type Journey, phone, signIn, switchLanguage, visible, waitPath } from "./lib.js";

const shots = "/tmp/shots-workshops";

/** The phases go by the live room's names everywhere (shared/workshops/phase-names.ts), never the old agenda words. */
async function noOldPhaseNames(page: Page): Promise<void> {
  const old = ((await page.locator("body").textContent()) ?? "").match(/\b(Divergence|Convergence|Consolidation)\b/);
  if (old) throw new Error(`old phase name "${old[1]}" on ${page.url()}`);
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true, animations: "disabled" });
}

export default async function run(j: Journey): Promise<void> {
  const stamp = Date.now().toString(36);
  const page = await j.newPage({ viewport: desktop });
  await signIn(j, page, { email: demo.manager.email, password: demo.password });
  await j.check(page, "home");

  // The list: the demo's upcoming workshop, then the past one.
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Ateliers" }).click();
  await waitPath(page, "/workshops");
  await visible(page.getByRole("link", { name: "Accueil des alternants : prioriser les chantiers" }));
  await j.check(page, "workshops list");
  await shot(page, "fr-desktop-01-list");

  // A new workshop: prioritisation format, journey, date, place.
  await page.getByRole("link", { name: "Nouvel atelier" }).click();
  await waitPath(page, "/workshops/new");
  await j.check(page, "new workshop");
  await shot(page, "fr-desktop-02-new");
  await field(page, "Titre").fill(`Planning des intervenants ${stamp}`);
  await page.getByRole("radio", { name: /^Priorisation/ }).click();
  // Its agenda under the room's names: opening, sharing, clustering, prioritisation, closing.
  const third = await page.getByRole("combobox", { name: "Séquence 3", exact: true }).inputValue();
  if (third !== "Regroupement") throw new Error(`the agenda's third phase reads "${third}", not "Regroupement"`);
  await visible(page.getByRole("button", { name: "Monter « Regroupement »" }));
  await visible(page.getByText("Rassemblez les post-it qui parlent de la même chose et donnez un nom à chaque regroupement."));
  await noOldPhaseNames(page);
  await field(page, "Objectif").fill("Choisir les deux irritants du planning à traiter ce semestre.");
  await page.getByRole("combobox", { name: "Parcours" }).click();
  await page.getByRole("option", { name: /Candidature en ligne/ }).click();
  await field(page, "Date et heure").fill("2031-03-12T09:30");
  await field(page, "Lieu").fill("Salle B204");
  await page.getByRole("button", { name: "Créer l'atelier" }).click();
  await waitPath(page, /^\/workshops\/[0-9a-f-]{36}$/);
  await visible(page.getByRole("heading", { level: 1, name: `Planning des intervenants ${stamp}` }));
  await visible(page.getByRole("link", { name: "Ouvrir la salle de l'atelier" }));

  // Invite an outsider: a magic link into the workshop.
  const invite = page.locator("form").filter({ hasText: "Inviter une personne extérieure" });
  await field(invite, "Nom").fill("Nadia Rousseau");
  await field(invite, "Adresse e-mail").fill(`nadia.${stamp}@agence-exemple.fr`);
  await invite.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await visible(page.getByRole("cell", { name: /Nadia Rousseau/ }));
  await j.check(page, "workshop preparation");
  await shot(page, "fr-desktop-03-workshop");
  await page.getByRole("tab", { name: "Faits" }).click();
  await visible(page.getByText(/Ce que dit déjà le parcours/));
  await j.check(page, "facts pack");
  await shot(page, "fr-desktop-04-facts");

  // The demo's closed workshop: minutes, PDF, merge, photos.
  await page.goto("/workshops");
  await page
    .locator("label")
    .filter({ hasText: /^Passés$/ })
    .click();
  await page.getByRole("link", { name: "Candidature en ligne : pourquoi des candidats renoncent" }).click();
  await waitPath(page, /^\/workshops\/[0-9a-f-]{36}$/);
  await j.check(page, "closed workshop");
  const workshopPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Compte rendu" }).click();
  await waitPath(page, `${workshopPath}/minutes`);
  await visible(page.getByText("Silence après le dépôt").first());
  await visible(page.getByText("Écriture silencieuse — 15 min"));
  await noOldPhaseNames(page);
  await j.check(page, "minutes");
  await shot(page, "fr-desktop-05-minutes");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger le PDF" }).click()]);
  if (!download.suggestedFilename().endsWith(".pdf")) throw new Error(`unexpected PDF name ${download.suggestedFilename()}`);

  await page.goto(`${workshopPath}?tab=merge`);
  await visible(page.getByRole("button", { name: /Intégrer 4 éléments au parcours/ }));
  await j.check(page, "merge review");
  await shot(page, "fr-desktop-06-merge");
  await page.getByRole("button", { name: /Intégrer 4 éléments au parcours/ }).click();
  await visible(page.getByText(/Dernière intégration le/));
  const me = await apiGet(page, "/api/v1/me", meSchema);
  const merge = await apiGet(page, `/api/v1/organisations/${me.activeOrganisationId}${workshopPath}/merge`, mergeCandidatesSchema);
  if (!merge.items.every((item) => item.isMerged)) throw new Error("not every item was merged");

  await page.goto(`${workshopPath}?tab=photos`);
  await visible(page.getByRole("button", { name: "Ajouter une photo" }));
  await j.check(page, "photos");

  await page.goto("/workshops/actions");
  await visible(page.getByText("En retard", { exact: true }).first());
  await j.check(page, "improvement actions");
  await shot(page, "fr-desktop-07-actions");

  // English, desktop then phone.
  for (const [device, viewport] of [
    ["desktop", desktop],
    ["phone", phone],
  ] as const) {
    const en = await j.newPage({ locale: "en-GB", viewport });
    await signIn(j, en, { email: demo.manager.email, password: demo.password });
    await j.check(en, `home (en, ${device})`);
    await switchLanguage(en, "en");
    await en.goto("/workshops");
    await visible(en.getByRole("heading", { level: 1, name: "Workshops", exact: true }));
    await j.check(en, `workshops list (en, ${device})`);
    await shot(en, `en-${device}-01-list`);
    await en.goto(workshopPath);
    await j.check(en, `closed workshop (en, ${device})`);
    await shot(en, `en-${device}-02-workshop`);
    await en.goto(`${workshopPath}/minutes`);
    await visible(en.getByText("Silence après le dépôt").first());
    await visible(en.getByText("Silent writing — 15 min"));
    await noOldPhaseNames(en);
    await j.check(en, `minutes (en, ${device})`);
    await shot(en, `en-${device}-03-minutes`);
    await en.goto("/workshops/new");
    await j.check(en, `new workshop (en, ${device})`);
    await shot(en, `en-${device}-04-new`);
    await en.goto("/workshops/actions");
    await visible(en.getByRole("heading", { level: 1, name: "Improvement actions", exact: true }));
    await j.check(en, `actions (en, ${device})`);
    await shot(en, `en-${device}-05-actions`);
  }
  const fr = await j.newPage({ viewport: phone });
  await signIn(j, fr, { email: demo.manager.email, password: demo.password });
  await j.check(fr, "home (fr, phone)");
  await switchLanguage(fr, "fr");
  await fr.goto(workshopPath);
  await visible(fr.getByRole("link", { name: "Compte rendu" }));
  await j.check(fr, "closed workshop (fr, phone)");
  await shot(fr, "fr-phone-01-workshop");
  await fr.goto("/workshops/new");
  await j.check(fr, "new workshop (fr, phone)");
  await shot(fr, "fr-phone-02-new");
}
