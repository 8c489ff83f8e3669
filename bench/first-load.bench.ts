// First load on a phone: the JavaScript a signed-out visitor's sign-in page and a signed-in person's
// home page download (raw and gzipped, each file gzipped at the default level 6 as a server or proxy
// compressing on the fly would), and the time until the page is usable — its main heading (<main>
// <h1>) shown, counted from the navigation's start — in headless Chromium, each load in a fresh
// context (empty cache), throttled through CDP like Lighthouse's "slow 4G" (150 ms round trip,
// 1.6 Mbit/s down, 750 kbit/s up) on a CPU 4x slower. Target: each page < 200 KB of JS gzipped.
// The server sends the files uncompressed, so the times are those of the raw bytes. Figures before
// and after the route split (issue 12): docs/web-first-load.md.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { freshDataDir, percentile, root, signIn, startServer, stopServer } from "./server.js";

const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const slow4g = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const cpuSlowdown = 4;
const loads = 3;
const webDist = path.join(root, "dist", "web");

type Asset = { file: string; raw: number; gzip: number };
type Load = { usableMs: number; scripts: Asset[]; styles: Asset[] };

function asset(url: string): Asset {
  const file = new URL(url).pathname;
  const content = fs.readFileSync(path.join(webDist, file));
  return { file, raw: content.length, gzip: zlib.gzipSync(content, { level: 6 }).length };
}

/**
 * Records, from the document's start, when a non-empty <main> <h1> is first laid out. A string, not
 * a function: tsx would wrap the function's inner names in a helper the page does not have.
 */
const watchHeading = `(() => {
  const observer = new MutationObserver(() => {
    const heading = document.querySelector("main h1");
    if (window.__usableAt === undefined && heading && heading.textContent.trim() && heading.getBoundingClientRect().height > 0) {
      window.__usableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** Resolves once no request has been in flight for `quietMs` (at most `maxMs`). */
function networkQuiet(page: Page, quietMs: number, maxMs: number): Promise<void> {
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  return new Promise((resolve) => {
    const done = () => {
      page.off("request", started);
      page.off("requestfinished", ended);
      page.off("requestfailed", ended);
      resolve();
    };
    const arm = () => {
      clearTimeout(timer);
      if (inFlight === 0) timer = setTimeout(done, quietMs);
    };
    const started = () => {
      inFlight++;
      clearTimeout(timer);
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      arm();
    };
    page.on("request", started);
    page.on("requestfinished", ended);
    page.on("requestfailed", ended);
    arm();
    setTimeout(done, maxMs);
  });
}

/** One cold, throttled load of `url`; the heading must appear within 90 s. */
async function loadOnce(browser: Browser, url: string, cookie?: { name: string; value: string }): Promise<Load> {
  // A phone, in French (the product's default language; English adds its strings' chunk).
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "fr-FR" });
  try {
    if (cookie) await context.addCookies([{ ...cookie, domain: "127.0.0.1", path: "/" }]);
    const page = await context.newPage();
    await page.addInitScript({ content: watchHeading });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", slow4g);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    const scripts = new Set<string>();
    const styles = new Set<string>();
    page.on("response", (response) => {
      const type = response.request().resourceType();
      if (type === "script") scripts.add(response.url());
      if (type === "stylesheet") styles.add(response.url());
    });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined, undefined, { timeout: 90_000, polling: 100 });
    const usableMs = await page.evaluate(() => (window as unknown as { __usableAt: number }).__usableAt);
    // What the visit downloads after the heading counts too (e.g. a chunk the page asks for next).
    await networkQuiet(page, 1_000, 15_000);
    return { usableMs, scripts: [...scripts].map(asset), styles: [...styles].map(asset) };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sum = (assets: Asset[], key: "raw" | "gzip") => assets.reduce((total, a) => total + a[key], 0);

export async function run() {
  const server = await startServer(freshDataDir());
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  try {
    const [name = "", value = ""] = ((await signIn(server)).split("; ").find((c) => c.includes("session_token")) ?? "").split("=");
    const pages = [
      { label: "sign-in page (signed out)", url: `${server.url}/sign-in` },
      { label: "home page (signed in)", url: `${server.url}/`, cookie: { name, value } },
    ];
    // One unmeasured load first (the browser's own start-up).
    await loadOnce(browser, pages[0]?.url ?? "");
    const rows: Record<string, string>[] = [];
    const raw: Record<string, unknown> = {};
    const both = new Map<string, Asset>();
    for (const { label, url, cookie } of pages) {
      const results: Load[] = [];
      for (let i = 0; i < loads; i++) results.push(await loadOnce(browser, url, cookie));
      const last = results.at(-1) as Load;
      const times = results.map((r) => r.usableMs);
      for (const script of last.scripts) both.set(script.file, script);
      rows.push(
        { measure: `${label}: JavaScript (${last.scripts.length} files), raw / gzipped`, value: `${kb(sum(last.scripts, "raw"))} / ${kb(sum(last.scripts, "gzip"))}`, target: "< 200 KB gzipped" },
        { measure: `${label}: CSS, raw / gzipped`, value: `${kb(sum(last.styles, "raw"))} / ${kb(sum(last.styles, "gzip"))}`, target: "—" },
        { measure: `${label}: usable (h1 shown), slow 4G + CPU 4x, median of ${loads}`, value: `${(percentile(times, 50) / 1000).toFixed(2)} s`, target: "—" },
      );
      raw[label] = { times, scripts: last.scripts, styles: last.styles };
    }
    const union = [...both.values()];
    rows.push({ measure: `sign-in and home together: JavaScript (${union.length} distinct files), raw / gzipped`, value: `${kb(sum(union, "raw"))} / ${kb(sum(union, "gzip"))}`, target: "—" });
    return { rows, raw: { throttling: { ...slow4g, cpuSlowdown }, ...raw } };
  } finally {
    await browser.close();
    await stopServer(server.child);
  }
}
