// Journey W: a full discovery workshop in the live room with three browsers — Marie facilitates
// (desktop), Laura participates on a phone (390×844) and Julien on a desktop. The workshop and its
// participants are prepared through the HTTP API. Each participant writes notes in silence and can
// neither see nor receive the other's text before the reveal (checked in the page and in every
// WebSocket frame received, through the Chrome DevTools Protocol); then reveal, clusters (drag and
// drop and the "move to" menu), placement on the journey, dot voting with its budget, the
// impact–effort matrix, an action given to a participant (then in her own list), feelings (two words kept whole), the close; the minutes page and its PDF, and the merge
// into the journey. Screenshots in French and English, desktop and phone, in /tmp/shots-live/.
import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { z } from "zod";
import { journeyMapSchema, journeySummarySchema } from "../shared/schemas/journeys.js";
import { meSchema } from "../shared/schemas/me.js";
import { memberSchema } from "../shared/schemas/members.js";
import { improvementActionSchema, workshopSchema } from "../shared/schemas/workshops.js";
import { todayInOrganisation } from "../shared/workshops/rules.js";
import { apiGet, apiPost, demo, desktop, field, type Journey, phone, poll, signInAsInvitedGuest, tabTo, visible, waitPath } from "./lib.js";

const shotDir = "/tmp/shots-live";
const people = {
  laura: { email: "laura.martin@demo.tutti.fr", name: "Laura Martin" },
  julien: { email: "julien.moreau@demo.tutti.fr", name: "Julien Moreau" },
};

/** Signs in through the API (the sign-in page has its own journeys), in the page's context. */
async function signInApi(page: Page, email: string): Promise<void> {
  await apiPost(page, "/api/auth/sign-in/email", { email, password: demo.password });
}

/** Records the text of every WebSocket frame the page receives (CDP), from now on. */
async function recordFrames(page: Page): Promise<string[]> {
  const frames: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  cdp.on("Network.webSocketFrameReceived", ({ response }) => frames.push(response.payloadData));
  return frames;
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, `${name}.png`), fullPage: true, animations: "disabled" });
}

/** Drags `source` onto `target` with the mouse, in small steps (dnd-kit's pointer sensor). */
async function drag(page: Page, source: Locator, target: Locator, { dx = 0, dy = 0 } = {}): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("nothing to drag or nowhere to drop");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2 + dx, to.y + to.height / 2 + dy, { steps: 12 });
  await page.mouse.up();
}

/** Picks `option` in a Mantine Select. */
async function pick(page: Page, input: Locator, option: string): Promise<void> {
  await input.click();
  await page.getByRole("option", { name: option, exact: true }).first().click();
}

const nextPhase = (page: Page) => page.getByRole("button", { name: "Phase suivante" }).click();
const phaseBadge = (page: Page, text: string) => visible(page.getByRole("banner").getByText(text));

export default async function run(j: Journey): Promise<void> {
  const stamp = Date.now().toString(36).slice(-5);
  const lauraNotes = [`Planning reçu tard ${stamp}`, `Salle non réservée ${stamp}`, `Pas de parking ${stamp}`] as const;
  const julienNotes = [`Badge d'accès absent ${stamp}`, `Wifi invité coupé ${stamp}`] as const;
  const title = `Atelier découverte — e2e ${stamp}`;
  const guest = { email: `ines.garnier.${stamp}@exemple.org`, name: "Inès Garnier", note: `Tuteur jamais prévenu ${stamp}` };

  // 1. Preparation through the API: Marie creates the workshop on a journey, invites Laura and Julien.
  const marie = await j.newPage({ viewport: desktop });
  await signInApi(marie, demo.manager.email);
  const orgId = (await apiGet(marie, "/api/v1/me", meSchema)).activeOrganisationId;
  const members = await apiGet(marie, `/api/v1/organisations/${orgId}/members`, z.array(memberSchema));
  const userIdOf = (email: string) => {
    const member = members.find((m) => m.email === email);
    if (!member) throw new Error(`${email} is not a member`);
    return member.userId;
  };
  const journeys = await apiGet(marie, `/api/v1/organisations/${orgId}/journeys`, z.array(journeySummarySchema));
  const journey = journeys.find((jy) => !jy.isTemplate && jy.stepCount > 0) ?? journeys.find((jy) => jy.stepCount > 0);
  if (!journey) throw new Error("no demo journey with steps");
  const workshop = await apiPost(
    marie,
    `/api/v1/organisations/${orgId}/workshops`,
    {
      title,
      format: "discovery",
      objective: "Comprendre ce qui freine l'accueil des intervenants extérieurs.",
      journeyId: journey.id,
    },
    workshopSchema,
  );
  for (const person of [people.laura, people.julien]) {
    await apiPost(marie, `/api/v1/organisations/${orgId}/workshops/${workshop.id}/participants`, { userId: userIdOf(person.email), role: "participant" });
  }
  // An outside company tutor, invited by e-mail: no membership until she opens the workshop, signed
  // in with a link sent to the invited address (the welcome page asks for it).
  await apiPost(marie, `/api/v1/organisations/${orgId}/workshops/${workshop.id}/participants`, {
    email: guest.email,
    name: guest.name,
    guestKind: "company_tutor",
    role: "participant",
  });
  const roomPath = `/workshops/${workshop.id}/live`;
  const ines = await j.newPage({ viewport: phone });
  await signInAsInvitedGuest(j, ines, guest.email);
  await waitPath(ines, roomPath);
  await visible(ines.getByRole("heading", { level: 1, name: title }));
  await j.check(ines, "guest after the magic link");

  // 2. Everyone opens the room; the participants' received frames are recorded from the start.
  const laura = await j.newPage({ viewport: phone });
  const julien = await j.newPage({ viewport: desktop });
  await signInApi(laura, people.laura.email);
  await signInApi(julien, people.julien.email);
  const lauraFrames = await recordFrames(laura);
  const julienFrames = await recordFrames(julien);
  const marieFrames = await recordFrames(marie);
  await marie.goto(roomPath);
  await visible(marie.getByRole("heading", { level: 1, name: title }));
  await laura.goto(roomPath);
  await julien.goto(roomPath);
  await ines.goto(roomPath);
  await visible(ines.getByRole("heading", { level: 1, name: title }));
  // Inès reads English: she switches the room's language (remembered on her guest account).
  await ines.getByRole("banner").getByText("EN", { exact: true }).click();
  await visible(ines.getByText("The workshop is about to start"));
  await visible(marie.getByText("4 en ligne sur 4"));
  await j.check(marie, "live room, waiting", { shot: "w-01-room-waiting-fr" });
  await shot(marie, "01-waiting-desktop-fr");

  // 3. Marie starts; opening, then silent writing.
  await marie.getByRole("button", { name: "Démarrer l'atelier" }).click();
  await phaseBadge(laura, "Phase 1/7 · Ouverture");
  // Sub-groups balanced by stakeholder type, then merged back.
  await marie.getByRole("button", { name: "Proposer des sous-groupes" }).click();
  const groups = marie.getByRole("dialog", { name: "Sous-groupes proposés" });
  await visible(groups.getByText("Sous-groupe 2"));
  await groups.getByRole("button", { name: "Former les sous-groupes" }).click();
  await phaseBadge(laura, "En sous-groupes");
  await marie.getByRole("button", { name: "Réunir les sous-groupes" }).click();
  await poll(async () => (await laura.getByRole("banner").getByText("En sous-groupes").count()) === 0, { message: "the sub-groups were not merged back" });
  await nextPhase(marie);
  await phaseBadge(julien, "Phase 2/7 · Écriture silencieuse");
  // The shared timer starts with the phase. Reset, it shows the planned duration in words, not a
  // clock that could pass for a running countdown; Marie starts it again.
  await visible(laura.getByRole("timer"));
  await marie.getByRole("button", { name: "Remettre à zéro" }).click();
  await visible(laura.getByRole("banner").getByText("15 min prévues"));
  await poll(async () => (await laura.getByRole("timer").count()) === 0, { message: "a reset timer still shows a clock" });
  await shot(laura, "02a-timer-reset-phone-fr");
  await marie.getByRole("button", { name: /^Lancer/ }).click();
  await visible(laura.getByRole("timer"));

  for (const [page, notes] of [
    [laura, lauraNotes.slice(0, 2)],
    [julien, julienNotes],
  ] as const) {
    for (const text of notes) {
      await field(page, "Votre post-it").fill(text);
      await page.getByRole("button", { name: "Ajouter le post-it" }).click();
      await visible(page.getByText(text, { exact: true }));
    }
  }
  await field(ines, "Your note").fill(guest.note);
  await ines.getByRole("button", { name: "Add the note" }).click();
  await visible(ines.getByText(guest.note, { exact: true }));
  await visible(ines.getByText(`${people.laura.name} · 2 notes`));
  await shot(ines, "02c-divergence-phone-en");
  // Laura loses the network and keeps writing: the note waits ("envoi…"), then is sent once.
  await laura.context().setOffline(true);
  await visible(laura.getByText("Connexion perdue — vos notes seront envoyées dès le retour du réseau."));
  await field(laura, "Votre post-it").fill(lauraNotes[2]);
  await laura.getByRole("button", { name: "Ajouter le post-it" }).click();
  await visible(laura.getByText(lauraNotes[2], { exact: true }));
  await visible(laura.getByText("envoi…"));
  await shot(laura, "02b-offline-phone-fr");
  await laura.context().setOffline(false);
  await poll(async () => (await laura.getByText("envoi…").count()) === 0, { timeout: 15_000, message: "the offline note was not sent after reconnection" });
  // Offline again, she writes while Marie locks the board: back online, the server refuses the
  // note and Laura is told why, in words.
  const refused = `Note refusée ${stamp}`;
  await laura.context().setOffline(true);
  await visible(laura.getByText("Connexion perdue — vos notes seront envoyées dès le retour du réseau."));
  await field(laura, "Votre post-it").fill(refused);
  await laura.getByRole("button", { name: "Ajouter le post-it" }).click();
  const lock = marie.getByRole("switch", { name: "Verrouiller le tableau" });
  await lock.click();
  await poll(() => lock.isChecked(), { message: "the board did not lock" });
  await laura.context().setOffline(false);
  await visible(laura.getByRole("alert").filter({ hasText: "L'animation a verrouillé le tableau." }));
  await poll(async () => (await laura.getByText(refused).count()) === 0, { message: "the refused note is still shown" });
  await lock.click();
  await poll(async () => !(await lock.isChecked()), { message: "the board did not unlock" });
  // Julien says he is done: Marie sees how many are, among the three participants present.
  await julien.getByRole("button", { name: "J'ai terminé" }).click();
  await poll(async () => (await julien.getByRole("button", { name: "J'ai terminé" }).getAttribute("aria-pressed")) === "true", {
    message: "Julien's 'done' was not recorded",
  });
  await visible(marie.getByText("1 sur 3 a terminé"));
  await shot(marie, "03b-divergence-progress-desktop-fr");
  // Each sees only how many notes the other wrote.
  await visible(laura.getByText(`${people.julien.name} · 2 post-it`));
  await visible(julien.getByText(`${people.laura.name} · 3 post-it`));
  await visible(marie.getByText(`${people.laura.name} · 3 post-it`));
  await j.check(laura, "live room, silent writing (phone)");
  await shot(laura, "02-divergence-phone-fr");
  await shot(julien, "03-divergence-desktop-fr");

  const leaks = (page: Page, frames: string[], texts: readonly string[]) =>
    Promise.all(texts.map(async (text) => ((await page.getByText(text).count()) > 0 || frames.some((f) => f.includes(text)) ? text : null))).then((r) =>
      r.filter(Boolean),
    );
  const before = {
    laura: await leaks(laura, lauraFrames, [...julienNotes, guest.note]),
    julien: await leaks(julien, julienFrames, lauraNotes),
    marie: await leaks(marie, marieFrames, [...lauraNotes, ...julienNotes, guest.note]),
  };
  for (const [who, found] of Object.entries(before)) {
    if (found.length > 0) throw new Error(`before the reveal, ${who} received or shows: ${found.join(", ")}`);
  }
  if (!lauraFrames.some((f) => f.includes('"note.add"'))) throw new Error("no note.add frame recorded: the frame check would prove nothing");

  // 4. Reveal: everyone sees every note.
  await marie.getByRole("button", { name: "Révéler les post-it" }).click();
  await visible(laura.getByText(julienNotes[0], { exact: true }));
  await visible(julien.getByText(lauraNotes[1], { exact: true }));
  await visible(laura.getByText(guest.note, { exact: true }));
  await visible(ines.getByText(julienNotes[1], { exact: true }));
  if (!lauraFrames.some((f) => f.includes(julienNotes[0]))) throw new Error("the reveal did not reach Laura's socket");
  await nextPhase(marie); // sharing
  await nextPhase(marie); // convergence
  await phaseBadge(julien, "Phase 4/7 · Regroupement");

  // 5. Clusters: Julien selects two notes and makes a cluster; Marie drags a note into it (mouse),
  //    Julien makes a second one and Laura (phone) moves a note into it with the "move to" menu.
  await julien.getByRole("checkbox", { name: `Sélectionner « ${lauraNotes[0]} »` }).check();
  await julien.getByRole("checkbox", { name: `Sélectionner « ${julienNotes[0]} »` }).check();
  await field(julien, "Nom du nouveau regroupement").fill("Logistique d'accueil");
  await julien.getByRole("button", { name: "Regrouper les 2 post-it sélectionnés" }).click();
  const logistics = (page: Page) => page.getByRole("region", { name: "Logistique d'accueil" });
  await visible(logistics(marie).getByText(lauraNotes[0], { exact: true }));
  await drag(marie, marie.getByRole("button", { name: `Glisser « ${lauraNotes[1]} »` }), logistics(marie));
  await visible(logistics(laura).getByText(lauraNotes[1], { exact: true }));
  await field(julien, "Nom du nouveau regroupement").fill("Outils numériques");
  await julien.getByRole("button", { name: "Créer un regroupement vide" }).click();
  await visible(laura.getByRole("region", { name: "Outils numériques" }));
  await laura.getByRole("button", { name: `Déplacer « ${julienNotes[1]} » vers…` }).click();
  await laura.getByRole("menuitem", { name: "Outils numériques" }).click();
  await visible(marie.getByRole("region", { name: "Outils numériques" }).getByText(julienNotes[1], { exact: true }));
  await j.check(marie, "live room, board");
  await shot(marie, "04-board-desktop-fr");
  await shot(laura, "05-board-phone-fr");
  await shot(ines, "05b-board-phone-en");

  // 6. Consolidation: Marie places the logistics cluster on a step × lane of the journey.
  await nextPhase(marie);
  await phaseBadge(laura, "Phase 5/7 · Placement sur le parcours");
  await marie.getByRole("button", { name: "Placer sur le parcours — Logistique d'accueil" }).click();
  const attach = marie.getByRole("dialog", { name: "Placer sur le parcours" });
  await visible(attach);
  const map = await apiGet(marie, `/api/v1/organisations/${orgId}/journeys/${journey.id}`, journeyMapSchema);
  const step = map.stages.flatMap((s) => s.steps)[0];
  const lane = map.lanes[0];
  if (!step || !lane) throw new Error("the demo journey has no step or no lane");
  await pick(marie, field(attach, "Point de contact"), step.title);
  await pick(marie, field(attach, "Partie prenante"), lane.name);
  await attach.getByRole("button", { name: "Placer", exact: true }).click();
  await visible(laura.getByText(`${step.title} · ${lane.name} · Difficulté`));
  // Inès, an outside guest, cannot read the journey itself: she still sees where it was placed.
  await visible(ines.getByText(`${step.title} · ${lane.name} · Pain point`));

  // 7. Prioritisation: a dot vote with 3 dots each, at most 2 per item.
  await nextPhase(marie);
  await phaseBadge(julien, "Phase 6/7 · Priorisation");
  await field(marie, "Gommettes par personne").fill("3");
  await field(marie, "Au plus par sujet").fill("2");
  await marie.getByRole("button", { name: "Ouvrir le vote" }).click();
  const addDot = (page: Page, item: string) => page.getByRole("button", { name: `Ajouter une gommette à « ${item} »` });
  await visible(laura.getByText("Il vous reste 3 gommettes sur 3"));
  // Laura votes with the keyboard alone: Tab to the item's button, Enter (issue 12 quality bar).
  await tabTo(laura, "Ajouter une gommette à « Logistique d'accueil »");
  await laura.keyboard.press("Enter");
  await addDot(laura, "Logistique d'accueil").click();
  await visible(laura.getByText("Il vous reste 1 gommette sur 3"));
  await poll(() => addDot(laura, "Logistique d'accueil").isDisabled(), { message: "the per-item maximum is not enforced" });
  await addDot(laura, "Outils numériques").click();
  await visible(laura.getByText("Il vous reste 0 gommette sur 3"));
  await poll(() => addDot(laura, "Outils numériques").isDisabled(), { message: "the budget is not enforced" });
  await addDot(julien, "Outils numériques").click();
  await visible(marie.getByText(/4 gommettes posées/));
  // Marie sees who has voted, in counts (never where): Laura all, Julien one of three, Inès none.
  await visible(marie.getByText("1 sur 3 a posé toutes ses gommettes · 1 en cours · 1 pas encore"));
  await shot(marie, "06c-vote-progress-desktop-fr");
  await shot(laura, "06-vote-phone-fr");
  await shot(ines, "06b-vote-phone-en");
  await marie.getByRole("button", { name: "Clore le vote et afficher les résultats" }).click();
  await visible(julien.getByText("Résultats : 4 gommettes"));
  await visible(julien.getByText("2 gommettes", { exact: true }));
  await j.check(julien, "live room, vote results");

  // 8. Matrix with follow-me: Marie guides everyone to the matrix and drags a cluster onto it.
  // The switch shows the server's state: it turns on once the event is back.
  const followMe = marie.getByRole("switch", { name: "Guider l'affichage" });
  await followMe.click();
  await poll(() => followMe.isChecked(), { message: "follow-me did not turn on" });
  await marie.getByRole("tab", { name: "Matrice impact / effort" }).click();
  await visible(julien.getByRole("tab", { name: "Matrice impact / effort", selected: true }));
  // Julien clicks another tab: he is told, politely, that Marie is guiding the view.
  await julien.getByRole("tab", { name: "Notes par critère" }).click();
  await visible(julien.getByRole("status").filter({ hasText: "L'animation guide l'affichage pour le moment" }));
  await shot(julien, "07b-follow-me-desktop-fr");
  await visible(julien.getByRole("tab", { name: "Matrice impact / effort", selected: true }));
  const chip = marie.getByRole("button", { name: "Placer « Logistique d'accueil » sur la matrice" });
  const area = marie.getByText("Gains rapides");
  await drag(marie, chip, area, { dx: 40, dy: 30 });
  await poll(async () => (await julien.getByRole("button", { name: "Retirer" }).count()) === 1, { message: "the placement did not reach Julien" });
  await j.check(marie, "live room, matrix");
  await shot(marie, "07-matrix-desktop-fr");
  await shot(laura, "08-matrix-phone-fr");

  // Multi-criteria scoring (default criteria): Laura gives 4, Julien 2 → mean 3, spread 1.
  await marie.getByRole("tab", { name: "Notes par critère" }).click();
  await marie.getByRole("button", { name: "Ouvrir la notation" }).click();
  const score = async (page: Page, value: string) => {
    const group = page.getByRole("radiogroup", { name: "Impact pour les apprenants pour « Logistique d'accueil », de 1 à 5" });
    const radio = group.getByRole("radio", { name: value, exact: true });
    await page.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
    await poll(() => radio.isChecked(), { message: `score ${value} not given` });
  };
  await score(laura, "4");
  await score(julien, "2");
  await visible(marie.getByText("2 notes données"));
  await marie.getByRole("button", { name: "Clore la notation et afficher les résultats" }).click();
  await visible(julien.getByText("médiane 3,0 · écart 1,0 · 2 notes"));
  await shot(julien, "08b-scoring-desktop-fr");

  // 9. Closing: an action given to Laura, picked among the participants, due in a month (the date
  // field starts at today); everyone's word — two words stay whole —, then Marie closes the workshop.
  await nextPhase(marie);
  await phaseBadge(laura, "Phase 7/7 · Clôture");
  await field(marie, "Nouvelle action").fill("Réserver les salles un mois avant");
  await pick(marie, marie.getByRole("combobox", { name: "Responsable" }), people.laura.name);
  const [dueField, today] = [field(marie, "Échéance"), todayInOrganisation()];
  if ((await dueField.getAttribute("min")) !== today) throw new Error(`the due date field does not start at today (${today})`);
  await dueField.fill(new Date(Date.parse(`${today}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10));
  await marie.getByRole("button", { name: "Ajouter l'action" }).click();
  await visible(laura.getByText("Réserver les salles un mois avant"));
  await visible(laura.getByText(/^Laura Martin · pour le /));
  for (const [page, word, label, button] of [
    [laura, "Enfin écoutée", "Votre mot (un mot ou deux)", "Partager"],
    [julien, "motivé", "Votre mot (un mot ou deux)", "Partager"],
    [ines, "ravie", "Your word (a word or two)", "Share"],
  ] as const) {
    await field(page, label).fill(word);
    await page.getByRole("button", { name: button }).click();
  }
  for (const word of ["motivé", "Enfin écoutée"]) await visible(marie.getByText(word, { exact: true }));
  // Marie shares facilitation with Julien: he gets the controls.
  await pick(marie, marie.getByRole("combobox", { name: "Passer ou partager l'animation" }), people.julien.name);
  await marie.getByRole("button", { name: "Co-animer" }).click();
  await visible(julien.getByRole("heading", { level: 2, name: "Animation" }));
  await marie.getByRole("button", { name: "Clore l'atelier" }).click();
  const confirm = marie.getByRole("dialog", { name: "Clore l'atelier ?" });
  await confirm.getByRole("button", { name: "Clore l'atelier" }).click();
  await visible(laura.getByText("L'atelier est terminé. Merci à toutes et à tous !"));
  // The action is Laura's: in her own list ("Mes actions": owner=me), not only a name.
  const lauraActions = await apiGet(laura, `/api/v1/organisations/${orgId}/improvement-actions?owner=me&open=true`, z.array(improvementActionSchema));
  if (!lauraActions.some((a) => a.workshopId === workshop.id)) throw new Error("the action given to Laura in the room is not in her own list");
  await j.check(laura, "live room, closed (phone)");
  await shot(laura, "09-closed-phone-fr");

  // 10. English, desktop and phone: Julien switches the language in the room.
  await julien.getByRole("banner").getByText("EN", { exact: true }).click();
  await visible(julien.getByText("The workshop is over. Thank you all!"));
  await shot(julien, "10-closed-desktop-en");
  await julien.setViewportSize(phone);
  await shot(julien, "11-closed-phone-en");

  // 11. The minutes and their PDF, then the merge into the journey.
  await marie.getByRole("link", { name: "Voir le compte rendu" }).click();
  await waitPath(marie, `/workshops/${workshop.id}/minutes`);
  await visible(marie.getByText("Réserver les salles un mois avant"));
  // The day it ran (today), not a planned date: this workshop had none.
  await visible(marie.getByText(/^Tenu le /));
  await j.check(marie, "minutes");
  const [download] = await Promise.all([
    marie.waitForEvent("download", { timeout: 20_000 }),
    marie.getByRole("button", { name: "Télécharger le PDF" }).click(),
  ]);
  const pdfPath = await download.path();
  const pdf = pdfPath ? fs.readFileSync(pdfPath) : Buffer.alloc(0);
  if (pdf.subarray(0, 5).toString() !== "%PDF-") throw new Error("the minutes export is not a PDF");

  await marie.goto(`/workshops/${workshop.id}?tab=merge`);
  await visible(marie.getByText("Logistique d'accueil"));
  await j.check(marie, "workshop merge tab");
  // Every mergeable item is ticked by default.
  await marie.getByRole("button", { name: /^Intégrer \d+ éléments? au parcours$/ }).click();
  await visible(marie.getByText("Intégré", { exact: true }));
  const after = await apiGet(marie, `/api/v1/organisations/${orgId}/journeys/${journey.id}`, journeyMapSchema);
  const cell = after.cells.find((c) => c.stepId === step.id && c.stakeholderTypeId === lane.stakeholderTypeId);
  if (!cell || !JSON.stringify(cell).includes("Logistique d'accueil"))
    throw new Error(`the merged cluster is not on the journey's cell: ${JSON.stringify(cell ?? {}).slice(0, 300)}`);
}
