// Journey D: the demo programme manager creates a journey from the "course planning" template and
// works on its map: sees the impact links drawn as arrows and the survey measures in the cells and on
// the emotion curve, edits a cell's pain points, adds an impact link (one more arrow, highlighted with
// its sentence when its cell is hovered), runs a domino analysis, names a version, renames a step,
// compares the version with the current journey, exports the map as PNG, opens the impact graph, and
// takes one screenshot of the map in English.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator } from "playwright-core";
import { journeyMapSchema, type MapStep } from "../shared/schemas/journeys.js";
import { meSchema } from "../shared/schemas/me.js";
import { afterResponse, escapeRegExp, type Lane, pick, surveyWithAnswers } from "./journey-map.helpers.js";
import { apiGet, chooseSegment, demo, field, type Journey, poll, signIn, switchLanguage, visible, waitPath } from "./lib.js";

const templateTitle = /^Planification des cours avec des intervenants/;

export default async function run(j: Journey): Promise<void> {
  const stamp = Date.now().toString(36);
  const title = `Planification des cours — e2e ${stamp}`;
  const painPoints = `Planning reçu trop tard pour préparer le cours (${stamp})`;
  const sentence = `Un planning tardif empêche l'intervenant de préparer l'évaluation (${stamp}).`;
  const versionName = "Revue trimestrielle T1";

  const page = await j.newPage();
  await signIn(j, page, { email: demo.manager.email, password: demo.password });
  await j.check(page, "manager home");
  const me = await apiGet(page, "/api/v1/me", meSchema);
  const orgId = me.activeOrganisationId ?? "";

  // 1. Parcours → Nouveau parcours → from the course planning template.
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Parcours", exact: true }).click();
  await waitPath(page, "/journeys");
  await j.check(page, "journeys list", { shot: "d-01-journeys-fr" });
  await page.getByRole("button", { name: "Nouveau parcours" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouveau parcours" });
  await visible(dialog);
  await dialog.getByRole("radio", { name: "À partir d'un modèle" }).check();
  await dialog.getByRole("radio", { name: templateTitle }).check();
  await field(dialog, "Titre (facultatif)").fill(title);
  await j.check(page, "new journey dialog", { shot: "d-02-new-journey-fr" });
  const created = await afterResponse(page, "POST", "/journeys", () => dialog.getByRole("button", { name: "Créer le parcours" }).click());
  const journeyId = journeyMapSchema.parse(await created.json()).journey.id;
  await waitPath(page, `/journeys/${journeyId}`);
  await visible(page.getByRole("heading", { level: 1, name: title }));
  await j.check(page, "journey map", { shot: "d-03-map-fr", allImpacts: true });

  // The map's structure from the API, to find the cells' steps and lanes.
  const apiPath = `/api/v1/organisations/${encodeURIComponent(orgId)}/journeys/${journeyId}`;
  const map = await apiGet(page, apiPath, journeyMapSchema);
  const steps = map.stages.flatMap((s) => s.steps);
  const stepByTitle = (t: string) => {
    const step = steps.find((s) => s.title === t);
    if (!step) throw new Error(`the template has no step "${t}"`);
    return step;
  };
  const laneByName = (n: string) => {
    const lane = map.lanes.find((l) => l.name === n);
    if (!lane) throw new Error(`the template has no lane "${n}"`);
    return lane;
  };
  const planning = { step: stepByTitle("Planning transmis six mois à l'avance"), lane: laneByName("Intervenant professionnel") };
  const grades = { step: stepByTitle("Saisie des notes"), lane: laneByName("Apprenant en formation") };
  const grid = page.getByRole("region", { name: "Carte du parcours (défilement horizontal)" });

  /** The cell button of `target`, scrolled into the rendered window of the grid (columns and lanes are windowed). */
  async function cellButton(target: { step: MapStep; lane: Lane }): Promise<Locator> {
    const column = steps.findIndex((s) => s.id === target.step.id);
    const button = grid.getByRole("button", { name: new RegExp(`^${escapeRegExp(`${target.step.title} · ${target.lane.name}`)}\\.`) });
    await poll(
      async () => {
        if ((await button.count()) === 1 && (await button.isVisible())) return true;
        await page.evaluate(
          ({ laneId, left }) => {
            const region = document.querySelector("section.jm-scroll");
            const row = document.querySelector(`tr[data-lane="${laneId}"]`);
            row?.scrollIntoView({ block: "center" });
            if (region) region.scrollLeft = left;
          },
          { laneId: target.lane.stakeholderTypeId, left: Math.max(0, column * 176 - 160) },
        );
        return false;
      },
      { message: `the cell "${target.step.title} · ${target.lane.name}" is not shown` },
    );
    return button;
  }

  // 1b. The template's impact links are drawn as arrows (few links: shown from the start), one per link;
  // the switch hides and shows them.
  const arrows = page.locator(".jm-arrows .jm-arrow");
  await poll(async () => (await arrows.count()) === map.links.length, { message: `the map does not draw ${map.links.length} arrows` });
  const arrowSwitch = page.getByRole("switch", { name: "Flèches des liens" });
  await arrowSwitch.uncheck();
  await poll(async () => (await arrows.count()) === 0, { message: "the arrows stay after switching them off" });
  await arrowSwitch.check();
  await poll(async () => (await arrows.count()) === map.links.length, { message: "the arrows do not come back" });
  await visible(page.getByRole("list", { name: "Légende des flèches" }).getByText("lien qui aggrave"));

  // 1c. Learners answer end-of-module surveys (through the public API): 6 answers on the course step,
  // 2 on the grading step. The map shows the measured satisfaction and n in those cells (n = people: 6,
  // who gave 12 answers to the two satisfaction questions, mean 50/12 ≈ 4.2), "n<5" under the minimum
  // group size, and the measured emotion beside the designed one.
  const course = { step: stepByTitle("Déroulement des cours"), lane: grades.lane };
  await surveyWithAnswers(page, orgId, course.step, course.lane, [
    [5, 4],
    [4, 4],
    [4, 5],
    [5, 5],
    [3, 4],
    [4, 3],
  ]);
  await surveyWithAnswers(page, orgId, grades.step, grades.lane, [
    [2, 3],
    [1, 2],
  ]);
  await page.reload();
  await visible(page.getByRole("heading", { level: 1, name: title }));
  await visible((await cellButton(course)).getByText("4,2/5 · n=6", { exact: true }));
  await visible((await cellButton(course)).getByText(/(−\d|\+\d|0|—) · mesurée \+1,2$/));
  await visible((await cellButton(grades)).getByText("n<5", { exact: true }));
  const courseName = (await (await cellButton(course)).textContent()) ?? "";
  if (
    !/Satisfaction mesurée : 4,2 sur 5 en moyenne, 83 % de satisfaits \(4 ou 5\), 6 personnes \(12 réponses\)/.test(courseName.replace(/\u202f|\u00a0/g, " "))
  ) {
    throw new Error(`the course cell does not say its measure in words: ${courseName}`);
  }
  await visible(page.locator(".jm-measured-curve"));
  await visible(page.getByRole("list", { name: "Courbes conçues et mesurées" }).getByText("mesurée (enquêtes)"));
  await j.check(page, "journey map with arrows and measures", { shot: "d-03b-map-measures-fr", allImpacts: true });

  // 1c'. The toolbar's legend explains the measure's format with words, not with a score that could be
  // taken for a measured one: an "exemple :" and "moyenne/5 · n = personnes".
  const toolbar = page.getByRole("toolbar", { name: "Outils de la carte" });
  await visible(toolbar.getByText("exemple :", { exact: true }));
  await visible(toolbar.getByText("moyenne/5 · n = personnes", { exact: true }));
  const toolbarText = (await toolbar.textContent()) ?? "";
  if (/\d\/5 · n=\d/.test(toolbarText)) throw new Error(`the toolbar shows a score-like sample: ${toolbarText}`);

  // 1c''. Keyboard: the skip link puts the focus on the map; arrow keys move from cell to cell (one tab
  // stop for the grid: Tab leaves it, Shift+Tab comes back to the same cell).
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");
  const focusIs = (expected: string | RegExp, what: string) =>
    poll(async () => (typeof expected === "string" ? (await focused()) === expected : expected.test(await focused())), {
      message: `the focus is not on ${what}`,
    });
  const [step1, step2] = steps;
  const firstLane = map.lanes[0];
  if (!step1 || !step2 || !firstLane) throw new Error("the template has fewer than two steps or no lane");
  await page.getByRole("link", { name: "Aller à la carte" }).focus();
  await page.keyboard.press("Enter");
  await focusIs("Carte du parcours (défilement horizontal)", "the map");
  await page.keyboard.press("ArrowDown");
  await focusIs(/^Déplacer la phase « /, "the first stage's handle");
  await page.keyboard.press("ArrowDown");
  await focusIs(`Déplacer le point de contact « ${step1.title} »`, "the first step's handle");
  await page.keyboard.press("ArrowRight");
  await focusIs(`Déplacer le point de contact « ${step2.title} »`, "the second step's handle");
  // The curves' row has no button under the steps: down lands on its help (in the row labels)…
  await page.keyboard.press("ArrowDown");
  await focusIs(/^Émotion mesurée = /, "the measured curve's help");
  // …and down again comes back to the second step's column.
  await page.keyboard.press("ArrowDown");
  await focusIs(new RegExp(`^${escapeRegExp(`${step2.title} · ${firstLane.name}`)}\\.`), "the cell below the second step");
  await page.keyboard.press("Tab");
  await poll(() => page.evaluate(() => !document.getElementById("jm-grid")?.contains(document.activeElement)), { message: "Tab does not leave the grid" });
  await page.keyboard.press("Shift+Tab");
  await focusIs(new RegExp(`^${escapeRegExp(`${step2.title} · ${firstLane.name}`)}\\.`), "the cell last focused (Shift+Tab)");
  // 1c'''. A lane of the curves' legend shows only its curve (the measured one stays), pressed again all of them.
  const drawn = () => page.$$eval("[data-curve-lane]", (els) => [...new Set(els.map((e) => e.getAttribute("data-curve-lane")))]);
  const curveLanes = await drawn();
  const only = map.lanes.find((l) => l.stakeholderTypeId === curveLanes[0]);
  if (curveLanes.length < 2 || !only) throw new Error(`the map draws ${curveLanes.length} curves, expected two or more`);
  const laneToggle = page.getByRole("list", { name: "Légende des courbes" }).getByRole("button", { name: only.name, exact: true });
  for (const lanes of [[only.stakeholderTypeId], curveLanes]) {
    await laneToggle.press(lanes === curveLanes ? "Space" : "Enter");
    const pressed = String(lanes !== curveLanes);
    await poll(async () => (await laneToggle.getAttribute("aria-pressed")) === pressed && (await drawn()).join() === lanes.join(), { message: `not ${lanes}` });
    if (lanes !== curveLanes) await j.check(page, "journey map showing one emotion curve");
  }

  // 1d. Reorder a step with the keyboard: drag and drop switches itself on when the grid gets the focus
  // (the headers were static until then), and the focus stays on the handle.
  const [firstStep, secondStep] = map.stages[0]?.steps ?? [];
  if (!firstStep || !secondStep) throw new Error("the template's first stage has fewer than two steps");
  const handleName = `Déplacer le point de contact « ${firstStep.title} »`;
  await grid.getByRole("button", { name: handleName }).focus();
  // The focused handle is the sortable one (dnd-kit's attributes), with the focus kept on it.
  await poll(
    async () =>
      (await page.evaluate(() => `${document.activeElement?.getAttribute("aria-label")}|${document.activeElement?.getAttribute("aria-roledescription")}`)) ===
      `${handleName}|sortable`,
    { message: "the drag handle is not sortable with the focus on it after drag and drop switched on" },
  );
  // Each key waits for dnd-kit's spoken announcement (its live region) before the next.
  const announced = (text: string) =>
    poll(async () => (await page.evaluate(() => [...document.querySelectorAll("[id^=DndLiveRegion]")].map((e) => e.textContent).join(" "))).includes(text), {
      message: `drag and drop did not announce "${text}"`,
    });
  await page.keyboard.press("Space");
  await announced(`« ${firstStep.title} » au-dessus de « ${firstStep.title} »`);
  // dnd-kit listens to the arrow keys from the task after the drag starts (a setTimeout), which may
  // come after its announcement: a key pressed in between is lost. A person is never that fast.
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 50)));
  await page.keyboard.press("ArrowRight");
  await announced(`« ${firstStep.title} » au-dessus de « ${secondStep.title} »`);
  await afterResponse(page, "POST", `/steps/${firstStep.id}/move`, () => page.keyboard.press("Space"));
  const moved = ((await apiGet(page, apiPath, journeyMapSchema)).stages[0]?.steps ?? []).map((s) => s.id);
  if (moved[0] !== secondStep.id || moved[1] !== firstStep.id)
    throw new Error(`the keyboard move did not swap the first two steps: ${moved.slice(0, 3).join(", ")}`);

  // …and back with the mouse, on a fresh page (drag and drop switches itself on under the pointer).
  await page.reload();
  await visible(page.getByRole("heading", { level: 1, name: title }));
  const box = async (name: string) => {
    const b = await grid.getByRole("button", { name }).boundingBox();
    if (!b) throw new Error(`no box for "${name}"`);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const from = await box(handleName);
  const to = await box(`Déplacer le point de contact « ${secondStep.title} »`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x - 20, from.y, { steps: 4 });
  await page.mouse.move(to.x - 40, to.y, { steps: 8 });
  await announced(`« ${firstStep.title} » au-dessus de « ${secondStep.title} »`);
  await afterResponse(page, "POST", `/steps/${firstStep.id}/move`, () => page.mouse.up());
  const back = ((await apiGet(page, apiPath, journeyMapSchema)).stages[0]?.steps ?? []).map((s) => s.id);
  if (back[0] !== firstStep.id || back[1] !== secondStep.id) throw new Error(`the mouse drag did not put the first step back: ${back.slice(0, 3).join(", ")}`);

  // 2. Open a cell, change its pain points, save.
  await (await cellButton(planning)).click();
  const drawer = page.getByRole("dialog", { name: `${planning.step.title} · ${planning.lane.name}` });
  await visible(drawer);
  await drawer.getByRole("textbox", { name: "Irritants" }).fill(painPoints);
  await j.check(page, "cell editor", { shot: "d-04-cell-editor-fr" });
  await afterResponse(page, "PATCH", "/cells", () => drawer.getByRole("button", { name: "Enregistrer" }).click());
  await drawer.waitFor({ state: "hidden" });
  await visible((await cellButton(planning)).getByText(painPoints));

  // 3. Add an impact link from the links panel: planning (external teacher) worsens grading (learner).
  await toolbar.getByRole("button", { name: /^Liens d'impact \(\d+\)$/ }).click();
  const linksPanel = page.getByRole("region", { name: "Liens d'impact" });
  await visible(linksPanel);
  const linkCount = map.links.length;
  await linksPanel.getByRole("button", { name: "Ajouter un lien d'impact" }).click();
  await pick(page, linksPanel.getByLabel(/^Point de contact/).nth(0), planning.step.title);
  await pick(page, linksPanel.getByLabel(/^Partie prenante/).nth(0), planning.lane.name);
  await pick(page, linksPanel.getByLabel(/^Point de contact/).nth(1), grades.step.title);
  await pick(page, linksPanel.getByLabel(/^Partie prenante/).nth(1), grades.lane.name);
  await chooseSegment(page, linksPanel.getByRole("radio", { name: "Aggrave" }));
  await chooseSegment(page, linksPanel.getByRole("radio", { name: "3 · fort" }));
  await linksPanel.getByRole("textbox", { name: "Phrase qui l'explique" }).fill(sentence);
  await j.check(page, "add impact link", { shot: "d-05-add-link-fr" });
  await afterResponse(page, "POST", "/links", () => linksPanel.getByRole("button", { name: "Ajouter le lien" }).click());
  await visible(toolbar.getByRole("button", { name: `Liens d'impact (${linkCount + 1})` }));
  const newLink = linksPanel.getByRole("listitem").filter({ hasText: sentence });
  await visible(newLink.getByText(`De « ${planning.step.title} · ${planning.lane.name} » vers « ${grades.step.title} · ${grades.lane.name} »`));
  await visible(newLink.getByText("Aggrave", { exact: true }));
  await visible(newLink.getByText("Poids 3", { exact: true }));
  await linksPanel.getByRole("button", { name: "Fermer le panneau" }).click();
  // One more arrow: red and solid (it worsens: sign +1); hovering its source cell brings it forward with its sentence.
  await poll(async () => (await arrows.count()) === linkCount + 1, { message: "the new link has no arrow" });
  const newLinkId = await page.evaluate(
    (text) =>
      [...document.querySelectorAll(".jm-arrows .jm-arrow")].find((g) => g.querySelector("title")?.textContent?.includes(text))?.getAttribute("data-link"),
    sentence,
  );
  const newArrow = page.locator(`.jm-arrows .jm-arrow[data-link="${newLinkId}"]`);
  if (!newLinkId || (await newArrow.getAttribute("data-sign")) !== "1") {
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll(".jm-arrows .jm-arrow")].map((g) => `${g.getAttribute("data-sign")} ${g.querySelector("title")?.textContent}`),
    );
    throw new Error(`the new link's arrow is not drawn as a worsening link with its sentence: ${titles.join(" | ")}`);
  }
  await (await cellButton(planning)).hover();
  await poll(async () => (await newArrow.getAttribute("class"))?.includes("jm-arrow-on"), { message: "hovering the source cell does not highlight its arrow" });
  await visible(newArrow.locator(".jm-arrow-label"));

  // 4. Domino analysis from the planning cell (it has outgoing links): learner steps at risk, with a %.
  await (await cellButton(planning)).click();
  await visible(drawer);
  const [domino] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname.endsWith("/domino") && r.request().method() === "GET"),
    drawer.getByRole("button", { name: "Analyse domino : et si cette case se passe mal ?" }).click(),
  ]);
  if (!domino.ok()) throw new Error(`the domino analysis answered ${domino.status()}`);
  const dominoPanel = page.getByRole("region", { name: "Analyse domino" });
  await visible(dominoPanel.getByText(`Et si « ${planning.step.title} · ${planning.lane.name} » se passe mal ?`));
  await visible(dominoPanel.getByRole("heading", { name: "Points de contact apprenants à risque" }));
  const atRisk = dominoPanel.getByRole("listitem");
  await visible(atRisk);
  const riskLines = await atRisk.allInnerTexts();
  for (const expected of ["Déroulement des cours", grades.step.title]) {
    const line = riskLines.find((l) => l.includes(expected));
    if (!line) throw new Error(`the domino analysis does not list "${expected}" at risk: ${riskLines.join(" | ")}`);
    if (!/\d+\s?%/.test(line)) throw new Error(`the learner step "${expected}" has no percentage: ${line}`);
  }
  await j.check(page, "domino analysis", { shot: "d-06-domino-fr" });
  await dominoPanel.getByRole("button", { name: "Effacer l'analyse" }).click();
  await dominoPanel.waitFor({ state: "detached" });

  // 5. Versions: name "Revue trimestrielle T1".
  await toolbar.getByRole("link", { name: "Versions" }).click();
  await waitPath(page, `/journeys/${journeyId}/versions`);
  // The versions page is loaded lazily: check it once it is there, not the map fading out.
  await visible(field(page, "Nom de la version"));
  await j.check(page, "versions (empty)");
  await field(page, "Nom de la version").fill(versionName);
  await afterResponse(page, "POST", "/versions", () => page.getByRole("button", { name: "Nommer une version" }).click());
  const versionList = page.getByRole("region", { name: "Versions nommées" });
  await visible(versionList.getByText(versionName, { exact: true }));
  await j.check(page, "versions (one named)", { shot: "d-07-versions-fr" });

  // 6. Back on the map: rename a step through its menu.
  const renamed = `Saisie et publication des notes (${stamp})`;
  await page.goBack();
  await waitPath(page, `/journeys/${journeyId}`);
  await visible(page.getByRole("heading", { level: 1, name: title }));
  await (await cellButton(grades)).waitFor();
  await grid.getByRole("button", { name: `Actions sur « ${grades.step.title} »` }).click();
  await page.getByRole("menuitem", { name: "Modifier les détails" }).click();
  const stepDrawer = page.getByRole("dialog", { name: "Détails du point de contact" });
  await visible(stepDrawer);
  await field(stepDrawer, "Titre").fill(renamed);
  // The step menu closes with a fade; check the page once it is gone, not half-transparent.
  await page.getByRole("menu").waitFor({ state: "detached" });
  await j.check(page, "step editor");
  await afterResponse(page, "PATCH", `/steps/${grades.step.id}`, () => stepDrawer.getByRole("button", { name: "Enregistrer" }).click());
  await stepDrawer.waitFor({ state: "hidden" });
  await visible(grid.getByRole("columnheader", { name: new RegExp(escapeRegExp(renamed)) }));

  // 7. Versions: compare "Revue trimestrielle T1" with the current version; the diff shows the rename.
  await toolbar.getByRole("link", { name: "Versions" }).click();
  await waitPath(page, `/journeys/${journeyId}/versions`);
  await page.getByRole("button", { name: `Comparer avec l'actuelle : « ${versionName} »` }).click();
  const compare = page.getByRole("region", { name: "Comparer deux versions" });
  await poll(async () => (await field(compare, "Version de départ").inputValue()).startsWith(versionName), { message: "the compared version is not selected" });
  if ((await field(compare, "Comparée à").inputValue()) !== "Version actuelle") throw new Error("the version is not compared with the current one");
  await visible(compare.getByText("1 changement", { exact: true }));
  await visible(compare.getByRole("heading", { name: /^Points de contact modifiés/ }));
  await visible(compare.getByText(grades.step.title, { exact: false }));
  await visible(compare.getByText(renamed, { exact: false }));
  await j.check(page, "versions compare", { shot: "d-08-versions-diff-fr" });

  // 8. Export the map as PNG: a real PNG of plausible size.
  await page.goBack();
  await waitPath(page, `/journeys/${journeyId}`);
  await visible(page.getByRole("heading", { level: 1, name: title }));
  await toolbar.getByRole("button", { name: "Exporter" }).click();
  const failed = page.getByText("L'export a échoué. Réessayez.");
  const [download] = await Promise.all([
    Promise.race([
      page.waitForEvent("download", { timeout: 20_000 }),
      failed.waitFor({ timeout: 20_000 }).then(() => {
        throw new Error("the PNG export failed (the page says so)");
      }),
    ]),
    page.getByRole("menuitem", { name: "Image PNG" }).click(),
  ]);
  const file = path.join(os.tmpdir(), `tutti-e2e-map-${stamp}.png`);
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  fs.rmSync(file, { force: true });
  if (!download.suggestedFilename().endsWith(".png")) throw new Error(`the PNG export is named "${download.suggestedFilename()}"`);
  if (bytes.subarray(0, 4).toString("hex") !== "89504e47")
    throw new Error(`the PNG export does not start with the PNG signature (${bytes.subarray(0, 4).toString("hex")})`);
  if (bytes.length < 20_000 || bytes.length > 20_000_000) throw new Error(`the PNG export weighs ${bytes.length} bytes`);
  j.log(`PNG export: ${download.suggestedFilename()}, ${bytes.length} bytes`);

  // 9. The impact graph shows nodes (one per linked cell).
  await toolbar.getByRole("link", { name: "Graphe et domino" }).click();
  await waitPath(page, `/journeys/${journeyId}/graph`);
  const nodes = page.locator(".react-flow__node");
  await visible(nodes);
  await j.check(page, "impact graph", { shot: "d-09-graph-fr" });
  const nodeCount = await nodes.count();
  if (nodeCount < 3) throw new Error(`the impact graph shows ${nodeCount} nodes`);
  await visible(page.getByRole("table").getByText(sentence));

  // 10. One screenshot of the map in English, then back to French.
  await page.goto(`/journeys/${journeyId}`);
  await visible(page.getByRole("heading", { level: 1, name: title }));
  await switchLanguage(page, "en");
  await visible(page.getByRole("toolbar", { name: "Map tools" }));
  await visible(page.getByRole("toolbar", { name: "Map tools" }).getByText("mean/5 · n = people", { exact: true }));
  await j.check(page, "journey map (en)", { shot: "d-10-map-en", allImpacts: true });
  await switchLanguage(page, "fr");
  await visible(page.getByRole("toolbar", { name: "Outils de la carte" }));
  const after = await apiGet(page, "/api/v1/me", meSchema);
  if (after.user.locale !== "fr") throw new Error(`Marie's account stayed in "${after.user.locale}"`);

  // 11. Versions: the named version shown as a map (read-only grid). Restoring it is refused, saying why:
  // surveys measure this journey's steps (1c), and the written-back steps would lose them.
  await toolbar.getByRole("link", { name: "Versions" }).click();
  await waitPath(page, `/journeys/${journeyId}/versions`);
  await page.getByRole("button", { name: `Consulter : « ${versionName} »` }).click();
  const snapshot = page.getByRole("region", { name: new RegExp(escapeRegExp(versionName)) });
  await visible(snapshot.getByRole("columnheader", { name: new RegExp(escapeRegExp(grades.step.title)) }));
  await j.check(page, "version as a map", { shot: "d-11-version-map-fr" });
  await page.getByRole("button", { name: `Restaurer cette version : « ${versionName} »` }).click();
  const confirm = page.getByRole("dialog", { name: `Restaurer « ${versionName} » ?` });
  await visible(confirm.getByText("Son état actuel est d'abord gardé comme une version", { exact: false }));
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/restore"), { timeout: 15_000 }),
    confirm.getByRole("button", { name: "Restaurer" }).click(),
  ]);
  if (refused.status() !== 409) throw new Error(`restoring a measured journey answered ${refused.status()}, not 409`);
  await visible(confirm.getByText("des enquêtes mesurent ses points de contact", { exact: false }));
  await j.check(page, "version restore refused");
}
