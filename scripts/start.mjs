// `npm start`: build if needed, then run the server in this same process.
import { buildIfNeeded } from "./build.mjs";

await buildIfNeeded();
await import("../dist/server/main.js");
