/** The home page: wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { homeContract as contract } from "../../../shared/contracts/home.js";
import type { AppContext } from "../../context.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { homeOf } from "./home.service.js";

export function registerHomeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);

  on(contract.get, async ({ caller }) => homeOf(ctx, caller));
}
