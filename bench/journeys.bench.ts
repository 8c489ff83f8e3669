// Journeys: (1) GET of a journey with 40 steps × 12 stakeholder types (480 cells, 100 links) —
// server time p50/p95 over 200 requests, target p95 < 50 ms; (2) domino analysis on a 2,000-cell
// graph (~6,000 links) — p50/p95 over 200 runs, target < 20 ms.
import { propagateRisk } from "../shared/journeys/domino.js";
import { buildSampleJourney } from "../shared/journeys/fixtures.js";
import { freshDataDir, importSampleJourney, percentile, signIn, startServer, stopServer } from "./server.js";

async function timeGets(url: string, cookie: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

export async function run() {
  const rows: Record<string, string>[] = [];
  const raw: Record<string, unknown> = {};

  const dataDir = freshDataDir();
  const server = await startServer(dataDir);
  try {
    const cookie = await signIn(server);
    const { organisationId, map } = await importSampleJourney(server, cookie);
    const url = `${server.url}/api/v1/organisations/${organisationId}/journeys/${map.journey.id}`;
    await timeGets(url, cookie, 30);
    const times = await timeGets(url, cookie, 200);
    raw.getJourney = { cells: map.cells.length, links: map.links.length, p50: percentile(times, 50), p95: percentile(times, 95) };
    rows.push({
      measure: `GET journey (${map.cells.length} cells, ${map.links.length} links), p50`,
      value: `${percentile(times, 50).toFixed(1)} ms`,
      target: "—",
    });
    rows.push({ measure: "GET journey, p95", value: `${percentile(times, 95).toFixed(1)} ms`, target: "< 50 ms" });
  } finally {
    await stopServer(server.child);
  }

  const big = buildSampleJourney({ steps: 125, stakeholders: 16, links: 5000, seed: 11 });
  const starts = big.cells.filter((_, i) => i % 10 === 0).map((cell) => ({ stepRef: cell.stepRef, stakeholderRef: cell.stakeholderRef }));
  for (let i = 0; i < 20; i++) propagateRisk(big, starts[i % starts.length] as (typeof starts)[number]);
  const dominoTimes: number[] = [];
  let reached = 0;
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const result = propagateRisk(big, starts[i % starts.length] as (typeof starts)[number]);
    dominoTimes.push(performance.now() - started);
    reached = Math.max(reached, result.cells.length);
  }
  raw.domino = { cells: big.cells.length, links: big.links.length, p50: percentile(dominoTimes, 50), p95: percentile(dominoTimes, 95), maxReached: reached };
  rows.push({
    measure: `domino on ${big.cells.length} cells / ${big.links.length} links, p50`,
    value: `${percentile(dominoTimes, 50).toFixed(2)} ms`,
    target: "—",
  });
  rows.push({ measure: "domino, p95 (graph built each run)", value: `${percentile(dominoTimes, 95).toFixed(2)} ms`, target: "< 20 ms" });
  return { rows, raw };
}
