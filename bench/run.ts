// `npm run bench`: runs every benchmark in bench/*.bench.ts in turn, prints a table per benchmark
// and writes bench/results/<name>.json.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.startsWith(only)))
  .sort();
fs.mkdirSync(path.join(here, "results"), { recursive: true });

for (const file of files) {
  const name = file.replace(".bench.ts", "");
  console.log(`\n## ${name}`);
  const { run } = (await import(path.join(here, file))) as { run: () => Promise<{ rows: unknown[] }> };
  const result = await run();
  console.table(result.rows);
  fs.writeFileSync(
    path.join(here, "results", `${name}.json`),
    JSON.stringify({ name, at: new Date().toISOString(), node: process.version, ...result }, null, 2),
  );
}
