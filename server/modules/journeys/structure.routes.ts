/** Stages, steps, cells and impact links of a journey; the domino analysis — wiring only, from the contract. */
import type { FastifyInstance } from "fastify";
import { journeysContract as contract } from "../../../shared/contracts/journeys.js";
import type { AppContext } from "../../context.js";
import { presenterSerializer } from "../../http/serializers.js";
import type { MemberCaller } from "../../platform/authorise.js";
import { endpointsOf } from "../../platform/endpoint.js";
import { addLink, patchCell, removeLink, runDomino, updateLink } from "./cells.service.js";
import { addStage, addStep, moveStage, moveStep, removeStage, removeStep, renameStage, updateStep } from "./structure.service.js";

export function registerJourneyStructureRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Every edit answers the whole map, built by the presenter: no zod re-check (see serializers.ts).
  app.register(async (scope) => {
    scope.setSerializerCompiler(presenterSerializer);
    registerRoutes(scope, ctx);
  });
}

function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const on = endpointsOf(app, ctx);
  const editor = (caller: MemberCaller, params: { journeyId: string }) => ({
    ctx,
    session: caller.session,
    membership: caller.membership,
    journeyId: params.journeyId,
  });

  on(contract.addStage, async ({ caller, params, body }) => addStage(editor(caller, params), body));
  on(contract.renameStage, async ({ caller, params, body }) => renameStage(editor(caller, params), params.stageId, body.title));
  on(contract.moveStage, async ({ caller, params, body }) => moveStage(editor(caller, params), params.stageId, body));
  on(contract.removeStage, async ({ caller, params }) => removeStage(editor(caller, params), params.stageId));

  on(contract.addStep, async ({ caller, params, body }) => addStep(editor(caller, params), body));
  on(contract.updateStep, async ({ caller, params, body }) => updateStep(editor(caller, params), params.stepId, body));
  on(contract.moveStep, async ({ caller, params, body }) => moveStep(editor(caller, params), params.stepId, body));
  on(contract.removeStep, async ({ caller, params }) => removeStep(editor(caller, params), params.stepId));

  on(contract.patchCell, async ({ caller, params, body }) => patchCell(editor(caller, params), body));

  on(contract.addLink, async ({ caller, params, body }) => addLink(editor(caller, params), body));
  on(contract.updateLink, async ({ caller, params, body }) => updateLink(editor(caller, params), params.linkId, body));
  on(contract.removeLink, async ({ caller, params }) => removeLink(editor(caller, params), params.linkId));

  on(contract.domino, async ({ caller, params, query }) => runDomino(ctx, caller.membership.organisationId, params.journeyId, query));
}
