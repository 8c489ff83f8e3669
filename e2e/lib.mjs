// Helpers shared by the end-to-end journeys: browser contexts, page checks (axe-core, overflow,
// screenshots), bounded polling, and small API helpers. No fixed sleeps: every wait is bounded
// and ends as soon as its condition holds.
import { once } from "node:events";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
export const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");

export const demo = {
  owner: { email: "sophie.durand@demo.tutti.fr", name: "Sophie Durand" },
  manager: { email: "marie.lefevre@demo.tutti.fr", name: "Marie Lefèvre" },
  password: "tutti-demo-2026",
  organisation: "Université Lumière — IAE",
};

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 860 };

/** Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass (throws `message`). */
export async function poll(fn, { timeout = 10_000, interval = 200, message = "condition not met" } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`${message} (after ${timeout} ms)${lastError ? `: ${lastError.message}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits until the locator is visible (Playwright auto-wait, bounded). */
export async function visible(locator, timeout = 10_000) {
  await locator.first().waitFor({ state: "visible", timeout });
  return locator.first();
}

/** Waits until the page's path (and optional search) matches. */
export async function waitPath(page, expected, timeout = 15_000) {
  const test = typeof expected === "string" ? (u) => u.pathname === expected : (u) => expected.test(u.pathname + u.search);
  await page.waitForURL((url) => test(new URL(url)), { timeout });
}

/** Rounds a measurement for messages. */
function s(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * One journey's state: its browser contexts, the pages checked, failures found by the checks.
 * `check(page, name)` is called on every page a journey visits.
 */
export class Journey {
  constructor({ browser, baseURL, name }) {
    this.browser = browser;
    this.baseURL = baseURL;
    this.name = name;
    this.contexts = [];
    this.violations = [];
    this.pageErrors = [];
    this.checked = new Set();
    this.visited = new Map();
    this.axeSummary = { pages: 0, serious: 0, minor: 0 };
  }

  log(line) {
    if (process.env.E2E_VERBOSE) console.log(`    · ${line}`);
  }

  /** A fresh browser context (French browser by default), tracked for cleanup and audit. */
  async newPage({ locale = "fr-FR", viewport = desktop, javaScriptEnabled = true } = {}) {
    const context = await this.browser.newContext({ baseURL: this.baseURL, locale, viewport, reducedMotion: "reduce", bypassCSP: true, javaScriptEnabled });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => this.pageErrors.push(`${page.url()}: ${error.message}`));
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      if (url.origin === new URL(this.baseURL).origin) this.visited.set(url.pathname, frame.url());
    });
    return page;
  }

  /**
   * The checks run on every visited page: the page has settled (an h1, no loader), no horizontal
   * overflow at the page level, axe-core (WCAG 2.1 A/AA) without serious or critical violations,
   * and, when `shot` is given, a full-page screenshot in e2e/screenshots/.
   */
  async check(page, label, { shot } = {}) {
    await visible(page.getByRole("heading", { level: 1 }), 15_000);
    await poll(async () => (await page.locator('[role="status"] .mantine-Loader-root, .mantine-Loader-root').count()) === 0, {
      timeout: 15_000,
      message: `${label}: still loading`,
    });
    const pathname = new URL(page.url()).pathname;
    this.checked.add(pathname);

    const overflow = await page.evaluate(() => {
      const doc = document.documentElement;
      return doc.scrollWidth - doc.clientWidth;
    });
    if (overflow > 1) this.violations.push(`${label} (${pathname}): the page scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px wide`);

    if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() =>
      /** @type {any} */ (window).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        resultTypes: ["violations"],
      }),
    );
    this.axeSummary.pages += 1;
    for (const violation of result.violations) {
      const isBlocking = violation.impact === "serious" || violation.impact === "critical";
      if (isBlocking) this.axeSummary.serious += 1;
      else this.axeSummary.minor += 1;
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(" "))
        .join(" | ");
      const line = `axe ${violation.impact} ${violation.id} on ${label} (${pathname}): ${violation.help} — ${targets}`;
      if (isBlocking) this.violations.push(line);
      else this.log(line);
    }

    if (shot) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${shot}.png`), fullPage: true, animations: "disabled" });
    }
    this.log(`checked ${label} (${pathname})`);
  }

  /** Opens `target` in `page` and checks it. */
  async visit(page, target, label, options) {
    await page.goto(target);
    await this.check(page, label ?? target, options);
  }

  /** Pages reached but never checked (redirect-only routes excluded). */
  uncheckedPages() {
    const redirectOnly = new Set(["/admin", "/admin/"]);
    return [...this.visited.keys()].filter((p) => !this.checked.has(p) && !redirectOnly.has(p));
  }

  async close() {
    await Promise.allSettled(this.contexts.map((c) => c.close()));
  }
}

/** Checks a radio of a Mantine segmented control (its input is hidden: click its label, as a person would). */
export async function chooseSegment(page, radio) {
  const id = await radio.getAttribute("id");
  await page.locator(`label[for="${id}"]`).click();
  await poll(() => radio.isChecked(), { message: "the segmented control option is not checked" });
}

/** Switches the interface language with the header switch (remembered for the signed-in person). */
export async function switchLanguage(page, lang) {
  const group = page.getByRole("banner").getByRole("radiogroup", { name: /^(Langue|Language)$/ });
  await chooseSegment(page, group.getByRole("radio", { name: lang.toUpperCase() }));
}

/** Signs in through the sign-in page (checked), and waits for the signed-in home page. */
export async function signIn(journey, page, { email, password }, { shot } = {}) {
  await journey.visit(page, "/sign-in", "sign-in", { shot });
  const form = page.locator("form").first();
  await form.getByLabel(/^(Adresse e-mail|E-mail address|Email address)( \*)?$/).fill(email);
  await form.getByLabel(/^(Mot de passe|Password)( \*)?$/).fill(password);
  await form.getByRole("button", { name: /^(Se connecter|Sign in)$/ }).click();
  await waitPath(page, "/");
}

/** GET a JSON API with the page's cookies. */
export async function apiGet(page, url) {
  const response = await page.request.get(url);
  if (!response.ok()) throw new Error(`GET ${url}: ${response.status()}`);
  return response.json();
}

/** E-mails received by the local SMTP catcher, oldest first: { to, subject, text, links, receivedAt }. */
const inbox = [];

/**
 * Starts a local SMTP server that keeps every message in memory, as a person's mailbox would
 * (sign-in links are sent only to their recipient, never shown in the outbox). Returns its
 * smtp:// URL for the app's SMTP_URL, and `close`.
 */
export async function startMailCatcher() {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const text = mail.text ?? "";
          const links = text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
          for (const recipient of session.envelope.rcptTo) {
            inbox.push({ to: recipient.address.toLowerCase(), subject: mail.subject ?? "", text, links, receivedAt: Date.now() });
          }
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address();
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** What each kind of e-mail links to, to find it in a mailbox. */
const linkPatterns = {
  invitation: /\/invitations\/[^/?#]+$/,
  guest_invitation: /\/welcome\?/,
  magic_link: /\/api\/auth\/magic-link\/verify\?/,
  email_verification: /\/api\/auth\/verify-email\?/,
  password_reset: /\/api\/auth\/reset-password\//,
};

/**
 * Waits for the newest e-mail to `to` whose link matches `kind` (see linkPatterns) and that
 * arrived after `since` (ms), and returns it with `link` (the matching link).
 */
export async function mailTo(to, { kind, since = 0, timeout = 15_000 }) {
  const pattern = linkPatterns[kind];
  if (!pattern) throw new Error(`unknown e-mail kind ${kind}`);
  return poll(
    () => {
      for (let i = inbox.length - 1; i >= 0; i--) {
        const mail = inbox[i];
        if (mail.to !== to.toLowerCase() || mail.receivedAt < since) continue;
        const link = mail.links.find((candidate) => pattern.test(candidate));
        if (link) return { ...mail, link };
      }
      return null;
    },
    { timeout, interval: 200, message: `no ${kind} e-mail for ${to}` },
  );
}

/**
 * A guest's way in, as they would do it: open the invitation e-mail's welcome page, ask for a
 * sign-in link in one click, open the link from their mailbox. Leaves `page` signed in.
 */
export async function signInAsInvitedGuest(journey, page, email, { shot } = {}) {
  const invitation = await mailTo(email, { kind: "guest_invitation" });
  const welcome = new URL(invitation.link);
  await journey.visit(page, welcome.pathname + welcome.search + welcome.hash, "guest welcome", { shot });
  const asked = Date.now();
  await page.getByRole("button", { name: /^(Recevoir mon lien de connexion|Send me my sign-in link)$/ }).click();
  await visible(page.getByRole("status"));
  const signInMail = await mailTo(email, { kind: "magic_link", since: asked });
  const magic = new URL(signInMail.link);
  await page.goto(magic.pathname + magic.search);
  return { invitation, signInMail };
}

export { s as seconds };

/** A form control by its visible label (the required asterisk " *" allowed). */
export function field(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}
