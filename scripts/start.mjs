// `npm start`: build if needed, then run the server in this same process.
// A failed build (disk full, a folder it may not write) ends with one sentence, not a stack trace.
import { buildIfNeeded } from "./build.mjs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.warn(`Node.js ${process.versions.node} is past its end of life: Tutti targets Node.js 24 LTS (22.12 or later works); install it and run npm install again.`);
}

try {
  await buildIfNeeded();
} catch (error) {
  const where = error?.path ? ` ${error.path}` : "";
  const reason =
    error?.code === "ENOSPC"
      ? `the disk is full (writing${where}): free some space`
      : error?.code === "EACCES" || error?.code === "EPERM" || error?.code === "EROFS"
        ? `this user may not write${where}: run npm start as the user who ran npm install`
        : `${String(error?.message ?? error).split("\n")[0]}: run npm install again`;
  console.error(`Tutti could not be built: ${reason}, then npm start again.`);
  process.exit(1);
}
await import("../dist/server/main.js");
