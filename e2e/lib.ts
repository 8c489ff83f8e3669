// Helpers shared by the end-to-end journeys: browser contexts, page checks (axe-core, overflow,
// screenshots), bounded polling, typed API calls and the mailbox. No fixed sleeps: every wait is
// bounded and ends as soon as its condition holds.
import { once } from "node:events";
import fs from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { simpleParser } from "mailparser";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import type { z } from "zod";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
export const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");

export const demo = {
  owner: { email: "sophie.durand@demo.tutti.fr", name: "Sophie Durand" },
  manager: { email: "marie.lefevre@demo.tutti.fr", name: "Marie Lefèvre" },
  password: "tutti-demo-2026",
  organisation: "Université Lumière — IAE",
};

export type Viewport = { width: number; height: number };
export const phone: Viewport = { width: 390, height: 844 };
export const desktop: Viewport = { width: 1280, height: 860 };

/**
 * `shot`: also save a full-page screenshot under that name in e2e/screenshots/. `allImpacts`: fail on
 * axe violations of any impact, minor and moderate too (the default since every journey's pages reach
 * zero, issue 12); `false` only lists minor/moderate findings (E2E_VERBOSE=1) without failing.
 */
export type CheckOptions = { shot?: string; allImpacts?: boolean };
type AxeResult = { violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[] };

/** Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass (throws `message`). */
export async function poll<T>(
  fn: () => T | Promise<T>,
  { timeout = 10_000, interval = 200, message = "condition not met" }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: Error | undefined;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      lastError = error as Error;
    }
    if (Date.now() > deadline) throw new Error(`${message} (after ${timeout} ms)${lastError ? `: ${lastError.message}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Waits until the locator is visible (Playwright auto-wait, bounded). */
export async function visible(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.first().waitFor({ state: "visible", timeout });
  return locator.first();
}

/** Waits until the page's path (and optional search) matches. */
export async function waitPath(page: Page, expected: string | RegExp, timeout = 15_000): Promise<void> {
  const test = typeof expected === "string" ? (u: URL) => u.pathname === expected : (u: URL) => expected.test(u.pathname + u.search);
  await page.waitForURL((url) => test(new URL(url)), { timeout });
}

/** Rounds a measurement for messages. */
/**
 * Moves the focus with Tab alone until it is on the control named `name` (its aria-label, or its text),
 * as someone without a pointer would; fails after `limit` presses.
 */
export async function tabTo(page: Page, name: string, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return (element?.getAttribute("aria-label") ?? element?.textContent ?? "").trim();
    });
    if (focused === name) return;
  }
  throw new Error(`« ${name} » was not reached in ${limit} presses of Tab`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * One journey's state: its browser contexts, the pages checked, failures found by the checks.
 * `check(page, name)` is called on every page a journey visits.
 */
export class Journey {
  readonly browser: Browser;
  readonly baseURL: string;
  readonly name: string;
  readonly contexts: BrowserContext[] = [];
  readonly violations: string[] = [];
  readonly pageErrors: string[] = [];
  readonly checked = new Set<string>();
  readonly visited = new Map<string, string>();
  readonly axeSummary = { pages: 0, serious: 0, minor: 0 };

  constructor({ browser, baseURL, name }: { browser: Browser; baseURL: string; name: string }) {
    this.browser = browser;
    this.baseURL = baseURL;
    this.name = name;
  }

  log(line: string): void {
    if (process.env.E2E_VERBOSE) console.log(`    · ${line}`);
  }

  /** A fresh browser context (French browser by default), tracked for cleanup and audit. */
  async newPage({
    locale = "fr-FR",
    viewport = desktop,
    javaScriptEnabled = true,
  }: {
    locale?: string;
    viewport?: Viewport;
    javaScriptEnabled?: boolean;
  } = {}): Promise<Page> {
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
   * overflow at the page level, axe-core (WCAG 2.1 A/AA) without any violation, whatever its impact
   * (only serious or critical ones fail with `allImpacts: false`), and, when `shot` is given, a full-page screenshot in e2e/screenshots/.
   */
  async check(page: Page, label: string, { shot, allImpacts = true }: CheckOptions = {}): Promise<void> {
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
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe.run(document, {
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
      if (isBlocking || allImpacts) this.violations.push(line);
      else this.log(line);
    }

    if (shot) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, `${shot}.png`), fullPage: true, animations: "disabled" });
    }
    this.log(`checked ${label} (${pathname})`);
  }

  /** Opens `target` in `page` and checks it. */
  async visit(page: Page, target: string, label?: string, options?: CheckOptions): Promise<void> {
    await page.goto(target);
    await this.check(page, label ?? target, options);
  }

  /** Pages reached but never checked (redirect-only routes excluded). */
  uncheckedPages(): string[] {
    const redirectOnly = new Set(["/admin", "/admin/"]);
    return [...this.visited.keys()].filter((p) => !this.checked.has(p) && !redirectOnly.has(p));
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.contexts.map((c) => c.close()));
  }
}

/** Checks a radio of a Mantine segmented control (its input is hidden: click its label, as a person would). */
export async function chooseSegment(page: Page, radio: Locator): Promise<void> {
  const id = await radio.getAttribute("id");
  await page.locator(`label[for="${id}"]`).click();
  await poll(() => radio.isChecked(), { message: "the segmented control option is not checked" });
}

/** Switches the interface language with the header switch (remembered for the signed-in person). */
export async function switchLanguage(page: Page, lang: "fr" | "en"): Promise<void> {
  const group = page.getByRole("banner").getByRole("radiogroup", { name: /^(Langue|Language)$/ });
  await chooseSegment(page, group.getByRole("radio", { name: lang.toUpperCase() }));
}

/** Signs in through the sign-in page (checked), and waits for the signed-in home page. */
export async function signIn(
  journey: Journey,
  page: Page,
  { email, password }: { email: string; password: string },
  { shot }: CheckOptions = {},
): Promise<void> {
  await journey.visit(page, "/sign-in", "sign-in", { shot });
  const form = page.locator("form").first();
  await form.getByLabel(/^(Adresse e-mail|E-mail address|Email address)( \*)?$/).fill(email);
  await form.getByLabel(/^(Mot de passe|Password)( \*)?$/).fill(password);
  await form.getByRole("button", { name: /^(Se connecter|Sign in)$/ }).click();
  await waitPath(page, "/");
}

/**
 * GET a JSON API with the page's cookies; throws on any status but 2xx. With `schema` (from
 * shared/schemas), the answer is checked against it and typed by it, as the web app reads it.
 */
export async function apiGet<S extends z.ZodType>(page: Page, url: string, schema: S): Promise<z.infer<S>>;
export async function apiGet<T = unknown>(page: Page, url: string): Promise<T>;
export async function apiGet(page: Page, url: string, schema?: z.ZodType): Promise<unknown> {
  const response = await page.request.get(url);
  if (!response.ok()) throw new Error(`GET ${url}: ${response.status()}`);
  const body: unknown = await response.json();
  return schema ? schema.parse(body) : body;
}

/**
 * POST a JSON body with the page's cookies; throws on any status but 2xx. A 429 (sign-in is
 * limited per address, and the journeys before used some of it) is retried after the announced
 * delay. With `schema`, the answer is checked against it and typed by it.
 */
export async function apiPost<S extends z.ZodType>(page: Page, url: string, data: object, schema: S): Promise<z.infer<S>>;
export async function apiPost<T = unknown>(page: Page, url: string, data: object): Promise<T>;
export async function apiPost(page: Page, url: string, data: object, schema?: z.ZodType): Promise<unknown> {
  let response = await page.request.post(url, { data });
  for (let attempt = 0; response.status() === 429 && attempt < 4; attempt++) {
    const retryAfter = Number(response.headers()["x-retry-after"] ?? 15);
    await new Promise((resolve) => setTimeout(resolve, (Math.min(60, retryAfter) + 1) * 1000));
    response = await page.request.post(url, { data });
  }
  if (!response.ok()) throw new Error(`POST ${url}: ${response.status()} ${await response.text()}`);
  const body: unknown = await response.json();
  return schema ? schema.parse(body) : body;
}

/** An e-mail received by the local SMTP catcher. */
export type Mail = { to: string; subject: string; text: string; links: string[]; receivedAt: number };
/** E-mails received by the local SMTP catcher, oldest first. */
const inbox: Mail[] = [];

/**
 * Starts a local SMTP server that keeps every message in memory, as a person's mailbox would
 * (sign-in links are sent only to their recipient, never shown in the outbox). Returns its
 * smtp:// URL for the app's SMTP_URL, and `close`.
 */
export async function startMailCatcher(): Promise<{ url: string; close: () => Promise<void> }> {
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
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The kinds of e-mail a journey looks for in a mailbox, by the link they carry. */
export type MailKind = "invitation" | "guest_invitation" | "magic_link" | "email_verification" | "password_reset";

/** What each kind of e-mail links to, to find it in a mailbox. */
const linkPatterns: Record<MailKind, RegExp> = {
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
export async function mailTo(
  to: string,
  { kind, since = 0, timeout = 15_000 }: { kind: MailKind; since?: number; timeout?: number },
): Promise<Mail & { link: string }> {
  const pattern = linkPatterns[kind];
  return poll(
    () => {
      for (const mail of [...inbox].reverse()) {
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
export async function signInAsInvitedGuest(journey: Journey, page: Page, email: string, { shot }: CheckOptions = {}) {
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

/** A form control by its visible label (the required asterisk " *" allowed). */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}
