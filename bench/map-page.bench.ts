// The journey map page in headless Chromium: a journey of 40 steps × 12 stakeholder types
// (480 cells, 100 links); time from the moment the map's data has arrived (the GET's responseEnd)
// until the page has rendered the last step and the main thread is idle. Target < 300 ms.
import { chromium } from "playwright-core";
import { buildSampleJourney } from "../shared/journeys/fixtures.js";
import { freshDataDir, percentile, signIn, startServer, stopServer } from "./server.js";

const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export async function run() {
  const server = await startServer(freshDataDir());
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  try {
    const cookie = await signIn(server);
    const me = (await (await fetch(`${server.url}/api/v1/me`, { headers: { cookie } })).json()) as { activeOrganisationId: string };
    const doc = buildSampleJourney({ steps: 40, stakeholders: 12, links: 100, seed: 7 });
    const created = await fetch(`${server.url}/api/v1/organisations/${me.activeOrganisationId}/journeys`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: `http://localhost:${server.port}` },
      body: JSON.stringify({ document: doc }),
    });
    const journeyId = ((await created.json()) as { journey: { id: string } }).journey.id;
    const lastStep = doc.stages.at(-1)?.steps.at(-1)?.title ?? "";

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const [name, value] = (cookie.split("; ").find((c) => c.includes("session_token")) ?? "").split("=");
    await context.addCookies([{ name: name ?? "", value: value ?? "", domain: "127.0.0.1", path: "/" }]);
    const page = await context.newPage();
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.goto(`${server.url}/journeys/${journeyId}`);
      await page.getByText(lastStep, { exact: true }).first().waitFor({ timeout: 30_000 });
      const ms = await page.evaluate(async (id) => {
        await new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve)));
        const idleAt = performance.now();
        const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(`/journeys/${id}`)) as PerformanceResourceTiming | undefined;
        return entry ? idleAt - entry.responseEnd : Number.NaN;
      }, journeyId);
      if (i > 0) times.push(ms);
    }
    await context.close();
    return {
      rows: [
        { measure: "map page, data arrived → rendered and idle, p50 (480 cells)", value: `${percentile(times, 50).toFixed(0)} ms`, target: "—" },
        { measure: "map page, worst of 5", value: `${Math.max(...times).toFixed(0)} ms`, target: "< 300 ms" },
      ],
      raw: { times },
    };
  } finally {
    await browser.close();
    await stopServer(server.child);
  }
}
