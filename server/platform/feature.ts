/**
 * What a feature gives the platform, from its `index.ts` (the feature's only public surface):
 * its endpoints, the handlers of its job kinds, its subscriptions to other features' events, its
 * authorisation policies, and the background work it runs. `server/modules/index.ts` lists the
 * features; `app.ts` and `boot.ts` read that list, and nothing else of a feature.
 */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.js";
import type { PolicyDefinitions } from "./authorise.js";
import type { Subscription } from "./events.js";
import type { JobRegistration } from "./jobs.js";

export type Feature = {
  readonly name: string;
  /** Registers the feature's endpoints (registerEndpoint with its contracts) and pages. */
  readonly routes?: (app: FastifyInstance, ctx: AppContext) => unknown;
  /** The handlers of the job kinds this feature defines. */
  readonly jobs?: (ctx: AppContext) => readonly JobRegistration[];
  /** What this feature does when other features' events happen, inside their transactions. */
  readonly subscriptions?: readonly Subscription<never, never>[];
  readonly policies?: PolicyDefinitions;
  /** Work done once at start, before requests are served (e.g. sealing secrets written by an older version). */
  readonly prepare?: (ctx: AppContext) => Promise<unknown>;
  /** Background work running while the app runs; stopped before the database closes. */
  readonly start?: (ctx: AppContext) => { stop: () => Promise<void> };
};

export function defineFeature(feature: Feature): Feature {
  return feature;
}
