// Journey C: the owner switches the interface to English, which is remembered (reload, and another
// browser after signing in); on a 390×844 phone the navigation collapses to a burger that opens, and
// the journey map stays within the screen (its grid scrolls in its own frame).
// Screenshots of the main pages in French and English, on desktop and phone.
import type { Locator, Page } from "playwright-core";
import { z } from "zod";
import { journeySummarySchema } from "../shared/schemas/journeys.js";
import { meSchema } from "../shared/schemas/me.js";
import { apiGet, demo, type Journey, phone, poll, signIn, switchLanguage, visible, waitPath } from "./lib.js";

const text = {
  fr: { nav: "Navigation principale", home: "Accueil", members: "Membres", audit: "Journal d'audit", outbox: "Boîte d'envoi", account: "Mon compte" },
  en: { nav: "Main navigation", home: "Home", members: "Members", audit: "Audit log", outbox: "Outbox", account: "My account" },
};
const mapText = {
  fr: { language: "Langue", user: `Menu de ${demo.owner.name}`, grid: "Carte du parcours (défilement horizontal)" },
  en: { language: "Language", user: `Menu of ${demo.owner.name}`, grid: "Journey map (scrolls horizontally)" },
};
const pages = [
  { key: "home", path: "/", h1: { fr: `Bonjour ${demo.owner.name}`, en: `Hello ${demo.owner.name}` } },
  { key: "members", path: "/admin/members", h1: { fr: "Membres", en: "Members" } },
  { key: "audit", path: "/admin/audit", h1: { fr: "Journal d'audit", en: "Audit log" } },
  { key: "outbox", path: "/admin/outbox", h1: { fr: "Boîte d'envoi", en: "Outbox" } },
  { key: "account", path: "/account", h1: { fr: "Mon compte", en: "My account" } },
];

/** Visits the five pages in `lang`, checks each and takes a screenshot. */
async function tour(j: Journey, page: Page, lang: "fr" | "en", device: string): Promise<void> {
  for (const p of pages) {
    await page.goto(p.path);
    await visible(page.getByRole("heading", { level: 1, name: p.h1[lang], exact: true }));
    if ((await page.locator("html").getAttribute("lang")) !== lang) throw new Error(`<html lang> is not "${lang}" on ${p.path}`);
    if (p.key === "home") await homeStartPage(page, lang);
    await j.check(page, `${p.key} (${lang}, ${device})`, { shot: `c-${device}-${lang}-${p.key}` });
  }
}

const homeText = {
  fr: { todo: "À faire", week: "Cette semaine", journeys: "Parcours récents", nps: "Voir les indicateurs" },
  en: { todo: "To do", week: "This week", journeys: "Recent journeys", nps: "See the indicators" },
};

/** The start page (issue 12, item 10): what needs me now, this week, recent journeys, the NPS with n; no link to a page that does not exist. */
async function homeStartPage(page: Page, lang: "fr" | "en"): Promise<void> {
  const main = page.getByRole("main");
  for (const name of [homeText[lang].todo, homeText[lang].week, homeText[lang].journeys]) await visible(main.getByRole("region", { name }));
  // The demo's journeys are listed, each a link to its map; the NPS reads as text with n and links to the indicators.
  await visible(main.getByRole("region", { name: homeText[lang].journeys }).locator('a[href^="/journeys/"]').first());
  await visible(main.getByRole("link", { name: homeText[lang].nps }));
  const deadLinks = await page.locator('a[href^="/quality"], a[href^="/catalogue"]').count();
  if (deadLinks > 0) throw new Error(`the home page links to a page that does not exist yet (${deadLinks} links to /quality or /catalogue)`);
}

/** The demo manager's start page lists what needs her: the improvement action named after her in the demo workshop. */
async function managerToDo(j: Journey): Promise<void> {
  const page = await j.newPage();
  await signIn(j, page, { email: demo.manager.email, password: demo.password });
  const todo = page.getByRole("main").getByRole("region", { name: homeText.fr.todo });
  const action = todo.getByRole("link", { name: "Nommer un contact unique pour les entreprises d'accueil" });
  await visible(action);
  if ((await action.getAttribute("href")) !== "/workshops/actions") throw new Error("the action on the home page does not lead to the actions page");
  await j.check(page, "home of the demo manager (fr, desktop)", { shot: "c-desktop-fr-home-manager" });
}

/** The signed-out page says what Tutti is for and shows one form; the other ways are secondary choices. */
async function signedOutPage(j: Journey, lang: "fr" | "en", device: "desktop" | "phone"): Promise<void> {
  const words = {
    fr: { about: /tout le parcours de leurs apprenants/, link: "Recevoir un lien par e-mail", sso: "Avec mon établissement (SSO)", create: "Créer un compte" },
    en: { about: /the whole journey of their learners/, link: "Get a link by e-mail", sso: "With my institution (SSO)", create: "Create an account" },
  }[lang];
  const page = await j.newPage({ locale: lang === "fr" ? "fr-FR" : "en-GB", ...(device === "phone" ? { viewport: phone } : {}) });
  await page.goto("/sign-in");
  await visible(page.getByText(words.about));
  // The scripts come compressed (the build's .br/.gz copies): well under half their size on the wire.
  const [sent, decoded] = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith(".js"))
      .reduce(([a, b], entry) => [a + entry.transferSize, b + entry.decodedBodySize], [0, 0]),
  );
  if (decoded === 0 || sent > decoded / 2) throw new Error(`the sign-in page's scripts are not sent compressed: ${sent} bytes for ${decoded}`);
  if ((await page.locator("form").count()) !== 1) throw new Error(`the sign-in page shows ${await page.locator("form").count()} forms (${lang})`);
  await visible(page.getByRole("link", { name: words.create }));
  await visible(page.getByRole("button", { name: words.sso }));
  await j.check(page, `sign-in (${lang}, ${device})`, { shot: `c-${device}-${lang}-sign-in-page` });
  await page.getByRole("button", { name: words.link }).click();
  if ((await page.locator("form").count()) !== 1) throw new Error(`the e-mailed link choice shows more than one form (${lang})`);
  await j.check(page, `sign-in by link (${lang}, ${device})`);
}

/**
 * The demo journey's map on the phone: the page itself never scrolls sideways (the grid scrolls in
 * its own frame), the top bar keeps the language switch and the person's menu on screen, and axe
 * finds nothing at all (any impact).
 */
async function mapOnPhone(j: Journey, page: Page, lang: "fr" | "en"): Promise<void> {
  const me = await apiGet(page, "/api/v1/me", meSchema);
  const journeys = await apiGet(page, `/api/v1/organisations/${encodeURIComponent(me.activeOrganisationId ?? "")}/journeys`, z.array(journeySummarySchema));
  const journey = journeys.find((candidate) => !candidate.isTemplate);
  if (!journey) throw new Error("the demo organisation has no journey");
  await page.goto(`/journeys/${journey.id}`);
  await visible(page.getByRole("heading", { level: 1, name: journey.title }));
  const grid = page.getByRole("region", { name: mapText[lang].grid });
  await visible(grid);
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  if (widths.document !== widths.viewport) throw new Error(`the map page is ${widths.document}px wide in a ${widths.viewport}px viewport (${lang})`);
  if (!(await grid.evaluate((el) => el.scrollWidth > el.clientWidth))) throw new Error(`the map grid does not scroll inside its frame (${lang})`);
  const banner = page.getByRole("banner");
  for (const control of [banner.getByRole("radiogroup", { name: mapText[lang].language }), banner.getByRole("button", { name: mapText[lang].user })]) {
    await visible(control);
    if (!(await isOnScreen(control))) throw new Error(`${await control.evaluate((el) => el.outerHTML.slice(0, 80))} leaves the top bar on the map page (${lang})`);
  }
  await j.check(page, `journey map (${lang}, phone)`, { shot: `c-phone-${lang}-map`, allImpacts: true });
}

/** Whether the element is in the accessibility tree and inside the viewport (a collapsed navbar is slid off-screen and inert). */
async function isOnScreen(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false;
  const box = await locator.first().boundingBox();
  return Boolean(box && box.x >= 0 && box.x + box.width <= (locator.page().viewportSize()?.width ?? 0));
}

export default async function run(j: Journey): Promise<void> {
  for (const device of ["desktop", "phone"] as const) for (const lang of ["fr", "en"] as const) await signedOutPage(j, lang, device);
  await managerToDo(j);

  // 1. Desktop, French.
  const page = await j.newPage();
  await signIn(j, page, { email: demo.owner.email, password: demo.password });
  await tour(j, page, "fr", "desktop");

  // The header's menus are fetched when first opened (docs/web-first-load.md): the first click opens them, and they work.
  await page.goto("/");
  const banner = page.getByRole("banner");
  await banner.getByRole("button", { name: /^Établissement actif/ }).click();
  await visible(page.getByRole("menuitem", { name: "Créer un établissement" }));
  await page.keyboard.press("Escape");
  await banner.getByRole("button", { name: mapText.fr.user }).click();
  await page.getByRole("menuitem", { name: text.fr.account }).click();
  await waitPath(page, "/account");

  // 2. Switch to English: headings change at once, a reload keeps English, the account remembers it.
  await page.goto("/");
  await visible(page.getByRole("heading", { level: 1, name: `Bonjour ${demo.owner.name}` }));
  await switchLanguage(page, "en");
  await visible(page.getByRole("heading", { level: 1, name: `Hello ${demo.owner.name}` }));
  await visible(page.getByRole("navigation", { name: text.en.nav }).getByRole("link", { name: text.en.members }));
  await page.reload();
  await visible(page.getByRole("heading", { level: 1, name: `Hello ${demo.owner.name}` }));
  const me = await apiGet(page, "/api/v1/me", meSchema);
  if (me.user.locale !== "en") throw new Error(`the account's language is "${me.user.locale}" after switching to English`);
  await tour(j, page, "en", "desktop");

  // 3. Phone, in a fresh French browser: after signing in, the account's English applies.
  const mobile = await j.newPage({ viewport: phone });
  await signIn(j, mobile, { email: demo.owner.email, password: demo.password }, { shot: "c-phone-fr-sign-in" });
  await visible(mobile.getByRole("heading", { level: 1, name: `Hello ${demo.owner.name}` }));
  const burger = mobile.getByRole("button", { name: "Open the menu" });
  await visible(burger);
  const navMembers = mobile.getByRole("navigation", { name: text.en.nav }).getByRole("link", { name: text.en.members });
  if (await isOnScreen(navMembers)) throw new Error("the navigation should be collapsed on a phone");
  await burger.click();
  await poll(() => isOnScreen(navMembers), { message: "the burger did not open the navigation" });
  await visible(mobile.getByRole("button", { name: "Close the menu", expanded: true }));
  await j.check(mobile, "phone navigation open (en)", { shot: "c-phone-en-menu-open" });
  await navMembers.click();
  await waitPath(mobile, "/admin/members");
  await visible(mobile.getByRole("heading", { level: 1, name: "Members" }));
  await poll(async () => !(await isOnScreen(navMembers)), { message: "the navigation did not close after choosing a page" });
  await mapOnPhone(j, mobile, "en");
  await tour(j, mobile, "en", "phone");

  // 4. Back to French on the phone (also leaves the demo owner in French).
  await switchLanguage(mobile, "fr");
  await visible(mobile.getByRole("heading", { level: 1, name: "Mon compte" }));
  await tour(j, mobile, "fr", "phone");
  await mapOnPhone(j, mobile, "fr");
  const burgerFr = mobile.getByRole("button", { name: "Ouvrir le menu" });
  await burgerFr.click();
  const navMembersFr = mobile.getByRole("navigation", { name: text.fr.nav }).getByRole("link", { name: text.fr.members });
  await poll(() => isOnScreen(navMembersFr), { message: "the burger did not open the navigation (fr)" });
  await j.check(mobile, "phone navigation open (fr)", { shot: "c-phone-fr-menu-open" });
}
