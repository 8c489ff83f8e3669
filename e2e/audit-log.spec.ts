// Journey: the owner reads the audit log in French — a readable sentence per entry (never a raw key
// like organisation.created), filters by action and by text (with an empty state saying what to do),
// and exports the filtered log as a CSV for French Excel (BOM, semicolons, French labels).
import fs from "node:fs/promises";
import { demo, field, type Journey, signIn, visible } from "./lib.js";

const created = "Tutti a créé l'établissement « Université Lumière — IAE »";

export default async function run(j: Journey): Promise<void> {
  const page = await j.newPage();
  await signIn(j, page, { email: demo.owner.email, password: demo.password });
  await j.check(page, "home");
  await j.visit(page, "/admin/audit", "audit log", { shot: "audit-log" });
  await visible(page.getByRole("heading", { level: 1, name: "Journal d'audit" }));
  await visible(page.getByRole("cell", { name: created }));
  if ((await page.getByText("organisation.created").count()) > 0) throw new Error("the audit log shows a raw action key");

  // What: the action filter lists readable labels.
  await page.getByRole("combobox", { name: "Action" }).click();
  await page.getByRole("option", { name: "Établissement créé", exact: true }).click();
  await visible(page.getByRole("cell", { name: created }));

  // A text nobody wrote: the empty state says what to do.
  await field(page, "Rechercher").fill("zzz-personne");
  await visible(page.getByText("Aucun événement ne correspond à ces filtres. Élargissez les dates ou retirez un filtre."));
  await field(page, "Rechercher").fill("Lumière");
  await visible(page.getByRole("cell", { name: created }));
  await j.check(page, "audit log filtered", { shot: "audit-log-filtered" });

  // The export keeps the filters: only the organisation's creation, in French, for Excel.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter en CSV pour Excel (point-virgule)" }).click(),
  ]);
  const csv = await fs.readFile((await download.path()) as string, "utf8");
  if (!csv.startsWith("\uFEFFDate (UTC);Auteur;Action;Concerne;Libellé;Événement;Code de l'action\n"))
    throw new Error(`unexpected CSV header: ${csv.slice(0, 120)}`);
  const lines = csv.trim().split("\n").slice(1);
  if (lines.length !== 1 || !lines[0]?.includes(";Tutti;Établissement créé;Établissement;Université Lumière — IAE;")) {
    throw new Error(`the export should hold the one filtered entry, got:\n${lines.join("\n")}`);
  }
}
