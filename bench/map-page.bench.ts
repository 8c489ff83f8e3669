// The journey map page in headless Chromium: a journey of 40 steps × 12 stakeholder types
// (480 cells, 100 links); time from the moment the map's data has arrived (the GET's responseEnd)
// until the page has rendered the last step and the main thread is idle. Target < 300 ms.
// With MAP_PAGE_PROFILE=1, five more loads are traced (Chrome's performance trace through CDP): the
// main thread's CPU time after the data arrived (steadier than wall-clock times on a loaded machine),
// and the last load's tasks by kind (script, style, layout, paint…), to see where the time goes.
import type { CDPSession, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { freshDataDir, importSampleJourney, percentile, signIn, startServer, stopServer } from "./server.js";

const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Loads the map and returns the ms from the map data's arrival to rendered-and-idle. */
async function loadOnce(page: Page, url: string, journeyId: string, lastStep: string): Promise<number> {
  await page.goto(url);
  await page.getByText(lastStep, { exact: true }).first().waitFor({ timeout: 30_000 });
  return page.evaluate(async (id) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve)));
    const idleAt = performance.now();
    const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(`/journeys/${id}`)) as PerformanceResourceTiming | undefined;
    return entry ? idleAt - entry.responseEnd : Number.NaN;
  }, journeyId);
}

type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: { data?: { url?: string; frame?: string } } };

/** Main-thread time by event kind (top-level tasks' children) and script time by file, for one traced load. */
async function profileOnce(page: Page, url: string, journeyId: string, lastStep: string) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute", transferMode: "ReportEvents" });
  const ms = await loadOnce(page, url, journeyId, lastStep);
  await cdp.send("Tracing.end");
  await done;
  const request = events.find((e) => e.name === "ResourceSendRequest" && /\/api\/.*\/journeys\/[^/]+$/.test(String(e.args?.data?.url ?? "")) && String(e.args?.data?.url).endsWith(journeyId));
  const requestId = (request?.args?.data as { requestId?: string } | undefined)?.requestId;
  const resource = events.find((e) => e.name === "ResourceFinish" && (e.args?.data as { requestId?: string } | undefined)?.requestId === requestId);
  const main = events.find((e) => e.name === "TracingStartedInBrowser" || e.name === "TracingSessionIdForWorker");
  const rendererMain = events.filter((e) => e.name === "thread_name" && (e.args as { name?: string } | undefined)?.name === "CrRendererMain");
  const tids = new Set(rendererMain.map((e) => `${e.pid}:${e.tid}`));
  const from = resource?.ts ?? 0;
  const onMain = (e: TraceEvent) => e.ph === "X" && e.dur !== undefined && e.ts >= from && tids.has(`${e.pid}:${e.tid}`);
  // Top-level tasks after the data arrived, each with its time by kind of work (direct children).
  const allTasks = events.filter((e) => onMain(e) && e.name === "RunTask");
  const tasks = allTasks.filter((e) => (e.dur ?? 0) > 1500).sort((a, b) => a.ts - b.ts);
  // Main-thread time after the data arrived: wall (busy) and the thread's own CPU time (cpu), which
  // the other processes of a loaded machine disturb much less than wall-clock times.
  const busy = allTasks.reduce((sum, task) => sum + (task.dur ?? 0) / 1000, 0);
  const cpu = allTasks.reduce((sum, task) => sum + (task.tdur ?? task.dur ?? 0) / 1000, 0);
  const inner = events.filter((e) => onMain(e) && e.name !== "RunTask");
  const timeline = tasks.map((task) => {
    const kinds = new Map<string, number>();
    const end = task.ts + (task.dur ?? 0);
    // Only the outermost events within the task (not nested in another inner event).
    const within = inner.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let coveredUntil = 0;
    for (const e of within) {
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + (e.dur ?? 0);
      const data = e.args?.data as { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number } | undefined;
      const name = e.name === "FunctionCall" && data ? `FunctionCall ${data.functionName || "?"}@${data.lineNumber}:${data.columnNumber}` : e.name;
      kinds.set(name, (kinds.get(name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const parts = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    return `+${((task.ts - from) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms (${parts.join(", ")})`;
  });
  const byKind = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const e of inner) {
    byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    if (e.name === "FunctionCall") {
      const file = String(e.args?.data?.url ?? "?").split("/").pop() ?? "?";
      byFile.set(file, (byFile.get(file) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}: ${v.toFixed(1)} ms`);
  void main;
  return { ms, busy, cpu, timeline, byKind: top(byKind), byFile: top(byFile) };
}

export async function run() {
  const server = await startServer(freshDataDir());
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  try {
    const cookie = await signIn(server);
    const { doc, map } = await importSampleJourney(server, cookie);
    const journeyId = map.journey.id;
    const lastStep = doc.stages.at(-1)?.steps.at(-1)?.title ?? "";

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const [name, value] = (cookie.split("; ").find((c) => c.includes("session_token")) ?? "").split("=");
    await context.addCookies([{ name: name ?? "", value: value ?? "", domain: "127.0.0.1", path: "/" }]);
    const page = await context.newPage();
    const url = `${server.url}/journeys/${journeyId}`;
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const ms = await loadOnce(page, url, journeyId, lastStep);
      if (i > 0) times.push(ms);
    }
    let profile: Awaited<ReturnType<typeof profileOnce>> | undefined;
    const cpuTimes: number[] = [];
    if (process.env.MAP_PAGE_PROFILE) {
      // Five traced loads: the main thread's CPU time after the data arrived (median), and the last
      // load's timeline.
      for (let i = 0; i < 5; i++) {
        profile = await profileOnce(page, url, journeyId, lastStep);
        cpuTimes.push(profile.cpu);
      }
      console.log(JSON.stringify({ ...profile, cpuTimes }, null, 2));
    }
    await context.close();
    return {
      rows: [
        { measure: "map page, data arrived → rendered and idle, p50 (480 cells)", value: `${percentile(times, 50).toFixed(0)} ms`, target: "—" },
        { measure: "map page, worst of 5", value: `${Math.max(...times).toFixed(0)} ms`, target: "< 300 ms" },
      ],
      raw: { times, ...(profile ? { profile, cpuTimes, cpuMedian: percentile(cpuTimes, 50) } : {}) },
    };
  } finally {
    await browser.close();
    await stopServer(server.child);
  }
}
