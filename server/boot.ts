/**
 * Assembles a running Tutti on a database: pool, migrations, mail, auth, job runner, app.
 * Used by main.ts (with the embedded or external PostgreSQL) and by the test harness.
 */
import fs from "node:fs";
import path from "node:path";
import pino from "pino";
import { createAuth } from "./auth/auth.js";
import { buildApp } from "./app.js";
import type { AppContext } from "./context.js";
import { applyMigrations, createDatabase } from "./db/client.js";
import type { Env } from "./env.js";
import { type JobRunner, startJobRunner } from "./platform/job-runner.js";
import { createMailer } from "./mail/mailer.js";
import { features } from "./modules/index.js";
import { authDatabase, listIssuerOrigins, provisionSsoMember, ssoDomainRefusal } from "./modules/sso/index.js";
import { recordWorkshopClosed } from "./modules/workshops/index.js";
import { EventBus } from "./platform/events.js";
import { jobHandlerTable } from "./platform/jobs.js";
import { guardHandlerFetches } from "./platform/outbound-fetch.js";
import { projectRoot } from "./paths.js";
import { JourneyEventHub } from "./realtime/journey-events.js";
import { WorkshopHub } from "./realtime/workshop-hub.js";

export type Tutti = {
  ctx: AppContext;
  app: Awaited<ReturnType<typeof buildApp>>;
  jobs: JobRunner;
  close: () => Promise<void>;
};

export function readAppVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export async function bootTutti(env: Env, databaseUrl: string, databaseKind: AppContext["databaseKind"], options: { jobPollMs?: number } = {}): Promise<Tutti> {
  const log = pino({ level: env.LOG_LEVEL });
  const { pool, db } = createDatabase(databaseUrl, 20);
  await applyMigrations(pool);
  const mailer = createMailer({ pool, smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, log, limits: { perOrganisation: env.MAIL_QUOTA_PER_DAY, perRecipient: env.MAIL_QUOTA_PER_RECIPIENT_PER_DAY } });
  const auth = createAuth({
    env,
    pool,
    database: authDatabase(pool, env),
    mailer,
    onSsoSignIn: (input) => provisionSsoMember(db, input.userId, input.organisationId),
    checkSsoIdentity: (input) => ssoDomainRefusal(db, input.providerId, input.email),
    listExtraTrustedOrigins: () => listIssuerOrigins(db, env),
  });
  // better-auth's own requests (identity providers' token, user-info and key URLs) go through the outbound client.
  guardHandlerFetches(auth, { isPrivateAllowed: env.OUTBOUND_ALLOW_PRIVATE === "true" });
  const journeyEvents = new JourneyEventHub(pool);
  // The close records the improvement actions and tells their owners (e-mail: the context, known once built).
  const workshopHub = new WorkshopHub(pool, db, { onClosed: (tx, organisationId, workshopId, state) => recordWorkshopClosed(tx, organisationId, workshopId, state, ctx) }, log);
  const events = new EventBus(() => ctx, features.flatMap((feature) => feature.subscriptions ?? []));
  const ctx: AppContext = { env, pool, db, auth, mailer, journeyEvents, workshopHub, events, log, databaseKind, version: readAppVersion() };
  // E.g. secrets written before encryption at rest are sealed now (idempotent).
  for (const feature of features) await feature.prepare?.(ctx);
  const app = await buildApp(ctx);
  const background = features.flatMap((feature) => (feature.start ? [feature.start(ctx)] : []));
  const handlers = jobHandlerTable([...mailer.jobs, ...features.flatMap((feature) => feature.jobs?.(ctx) ?? [])]);
  const jobs = startJobRunner(pool, handlers, log, options.jobPollMs);
  return {
    ctx,
    app,
    jobs,
    close: async () => {
      await app.close();
      await jobs.stop();
      for (const work of background) await work.stop();
      await journeyEvents.close();
      await workshopHub.close();
      mailer.close();
      await pool.end();
    },
  };
}
