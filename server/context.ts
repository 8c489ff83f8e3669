/** What every module receives: configuration, database, authentication, mail, events and the log. */
import type pg from "pg";
import type { Logger } from "pino";
import type { Auth } from "./auth/auth.js";
import type { Database } from "./db/client.js";
import type { Env } from "./env.js";
import type { Mailer } from "./mail/mailer.js";
import type { EventBus } from "./platform/events.js";
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
  /** Domain events: emitted inside a transaction, handled by the subscribing features (platform/events.ts). */
  events: EventBus;
  log: Logger;
  databaseKind: "embedded" | "external";
  version: string;
};
