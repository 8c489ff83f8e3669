// `npm run bench [name]`: runs every benchmark in bench/*.bench.ts (or those starting with `name`),
// each in its own Node process so that one's leftovers cannot disturb the next; prints a table per
// benchmark and writes bench/results/<name>.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const [, , first, second] = process.argv;

if (first === "--one" && second) {
  const name = second.replace(".bench.ts", "");
  console.log(`\n## ${name}`);
  const { run } = (await import(path.join(here, second))) as { run: () => Promise<{ rows: unknown[] }> };
  const result = await run();
  console.table(result.rows);
  fs.mkdirSync(path.join(here, "results"), { recursive: true });
  fs.writeFileSync(path.join(here, "results", `${name}.json`), JSON.stringify({ name, at: new Date().toISOString(), node: process.version, ...result }, null, 2));
  process.exit(0);
}

const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (!first || f.startsWith(first)))
  .sort();
let failed = 0;
for (const file of files) {
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--one", file], { stdio: "inherit" });
  if (child.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
