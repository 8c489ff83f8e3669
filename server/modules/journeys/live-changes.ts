/**
 * The journey's live changes as Server-Sent Events: `ready` with the current revision, then one
 * `change` per edit (who, what kind, the new revision), and a comment every 25 s so that proxies
 * keep the connection open.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppContext } from "../../context.js";
import { notFound } from "../../platform/problem.js";
import { findJourney } from "./journeys.queries.js";

export async function streamJourneyChanges(ctx: AppContext, organisationId: string, journeyId: string, request: FastifyRequest, reply: FastifyReply) {
  const found = await findJourney(ctx.db, organisationId, journeyId);
  if (!found) throw notFound("journey");
  reply.hijack();
  reply.raw.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  reply.raw.write(`event: ready\ndata: ${JSON.stringify({ revision: found.journey.revision })}\n\n`);
  const unsubscribe = await ctx.journeyEvents.subscribe(journeyId, (change) => {
    reply.raw.write(
      `event: change\ndata: ${JSON.stringify({ revision: change.revision, actorId: change.actorId, actorName: change.actorName, kind: change.kind })}\n\n`,
    );
  });
  const heartbeat = setInterval(() => reply.raw.write(": keep-alive\n\n"), 25_000);
  request.raw.on("close", () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
