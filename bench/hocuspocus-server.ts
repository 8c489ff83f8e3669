// The peer for the workshop benchmark: a bare Hocuspocus 3 server (Yjs), in its own process like
// Tutti's, relaying document updates to every connected provider. No persistence extension: it
// keeps the document in memory only (Tutti commits every event to PostgreSQL before relaying it).
import { Server } from "@hocuspocus/server";

const port = Number(process.argv[2] ?? 0);
const server = new Server({ port, address: "127.0.0.1", quiet: true });
await server.listen();
process.stdout.write(`ready ${port}\n`);
process.on("SIGTERM", () => void server.destroy().then(() => process.exit(0)));
