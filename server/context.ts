/** What every module receives: configuration, database, authentication and mail. */
import type pg from "pg";
import type { Auth } from "./auth/auth.js";
import type { Database } from "./db/client.js";
import type { Env } from "./env.js";
import type { Mailer } from "./mail/mailer.js";
import type { JourneyEventHub } from "./realtime/journey-events.js";
import type { WorkshopHub } from "./realtime/workshop-hub.js";

export type AppContext = {
  env: Env;
  pool: pg.Pool;
  db: Database;
  auth: Auth;
  mailer: Mailer;
  journeyEvents: JourneyEventHub;
  workshopHub: WorkshopHub;
  databaseKind: "embedded" | "external";
  version: string;
};
