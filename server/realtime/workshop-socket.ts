/**
 * The live room's WebSocket: `GET /api/v1/workshops/:workshopId/live?lastSeq=N`.
 * validate (origin, params) → authenticate (session cookie) → load (workshop) → authorise
 * (participant of this workshop, or a manager joining as observer) → attendance → room.
 * Messages are validated with the shared schemas; the hub decides and commits.
 * Protocol: shared/workshops/protocol.ts, docs/workshops.md.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { WebSocket } from "ws";
import { z } from "zod";
import { parseCommand } from "../../shared/workshops/commands.js";
import type { AgendaItem, WorkshopFormat, WorkshopRole } from "../../shared/workshops/formats.js";
import { clientMessageSchema, closeCodes, type ServerMessage } from "../../shared/workshops/protocol.js";
import { type CurrentSession, toHeaders } from "../auth/session.js";
import type { AppContext } from "../context.js";
import { AppError } from "../platform/problem.js";
import { acceptWorkshopInvitation, findWorkshopOrganisationOfMember, joinAsObserver, listInvitedParticipants } from "../modules/workshops/index.js";
import { checkPolicy } from "../platform/authorise.js";
import { type AccessGuard, type AccessVerdict, SocketAccess } from "./workshop-access.js";
import type { RoomClient } from "./workshop-hub.js";

const params = z.object({ workshopId: z.uuid() });
const query = z.object({ lastSeq: z.coerce.number().int().min(0).default(0) });
/** A browser that cannot keep up (4 MB unsent) is dropped; it reconnects and gets a snapshot. */
const maxBuffered = 4 * 1024 * 1024;
/** Commands per socket: a burst of 40, then 20 per second; at most 1,000 waiting. */
const burst = 40;
const perSecond = 20;
const maxWaiting = 1000;

export function registerWorkshopSocket(app: FastifyInstance, ctx: AppContext): void {
  const allowedOrigin = new URL(ctx.env.publicUrl).origin;

  app.get("/api/v1/workshops/:workshopId/live", { websocket: true }, (socket, request) => {
    // Messages that arrive while we authenticate are kept, not lost.
    const early: string[] = [];
    const collect = (data: unknown) => early.push(String(data));
    socket.on("message", collect);
    void open(socket, request).then(
      (session) => {
        socket.off("message", collect);
        if (!session) return;
        socket.on("message", (data) => session.onMessage(String(data)));
        for (const data of early) session.onMessage(data);
      },
      (error: unknown) => {
        request.log.warn({ err: String(error) }, "workshop socket failed to open");
        socket.close(closeCodes.badRequest, "error");
      },
    );
  });

  /**
   * The session of the socket's cookie (better-auth, as readSession), with its expiry, without
   * sliding it: a socket's re-checks are not activity that keeps a session alive.
   */
  async function readLiveSession(request: FastifyRequest): Promise<(CurrentSession & { expiresAt: Date }) | null> {
    const result = await ctx.auth.api.getSession({ headers: toHeaders(request), query: { disableRefresh: true } });
    if (!result) return null;
    return {
      user: { id: result.user.id, name: result.user.name, email: result.user.email, locale: (result.user as { locale?: string | null }).locale ?? null },
      sessionId: result.session.id,
      activeOrganisationId: null,
      expiresAt: new Date(result.session.expiresAt),
    };
  }

  /** The room's authorisation: the HTTP routes' policy ("workshop.read"), and the workshop not archived. */
  async function authoriseRoom(session: CurrentSession, organisationId: string, workshopId: string) {
    const access = await checkPolicy(ctx, "workshop.read", session, { orgId: organisationId, workshopId }).catch((error: unknown) => {
      if (error instanceof AppError) return null;
      throw error;
    });
    return access && !access.workshop.workshop.archivedAt ? access : null;
  }

  async function open(socket: WebSocket, request: FastifyRequest) {
    const origin = request.headers.origin;
    if (origin && origin !== allowedOrigin && origin !== `http://${request.headers.host}` && origin !== `https://${request.headers.host}`) {
      socket.close(closeCodes.forbiddenOrigin, "origin");
      return null;
    }
    const parsedParams = params.safeParse(request.params);
    const parsedQuery = query.safeParse(request.query);
    if (!parsedParams.success || !parsedQuery.success) {
      socket.close(closeCodes.badRequest, "bad request");
      return null;
    }
    const session = await readLiveSession(request);
    if (!session) {
      socket.close(closeCodes.unauthenticated, "sign in");
      return null;
    }
    const { workshopId } = parsedParams.data;
    const hub = ctx.workshopHub;
    // Revocations are listened to before we authorise: one committed meanwhile is not missed.
    await hub.listen();
    let isOpening = true;
    let isDirty = false;
    let access: SocketAccess | null = null;
    const guard: AccessGuard = {
      userId: session.user.id,
      workshopId,
      recheck: () => {
        if (isOpening) isDirty = true;
        else void access?.recheck();
      },
    };
    hub.access.add(guard);
    socket.on("close", () => {
      hub.access.remove(guard);
      access?.stop();
    });
    // The organisation is looked for among the caller's own: the first query is scoped to them.
    let organisationId = await findWorkshopOrganisationOfMember(ctx.db, session.user.id, workshopId);
    let opened = organisationId ? await authoriseRoom(session, organisationId, workshopId) : null;
    // Invited by e-mail and arriving signed in with that address: the invitation is accepted now.
    if (!opened?.participant && (await acceptWorkshopInvitation(ctx, session.user.id, workshopId))) {
      organisationId = await findWorkshopOrganisationOfMember(ctx.db, session.user.id, workshopId);
      opened = organisationId ? await authoriseRoom(session, organisationId, workshopId) : null;
    }
    let participant = opened?.participant ?? null;
    if (opened && !participant && opened.canManage) {
      // A manager who was not invited may still look in, as an observer.
      participant = await joinAsObserver(ctx.db, opened.membership.organisationId, workshopId, session.user.id);
    }
    if (!opened || !participant || socket.readyState !== socket.OPEN) {
      socket.close(closeCodes.notFound, "not found");
      return null;
    }
    const workshop = opened.workshop.workshop;
    const participantId = participant.id;
    const expectedOrganisationId = workshop.organisationId;
    const openedRole = opened.membership.role;
    const fingerprintOf = (role: string, participantRole: string) => `${role}|${participantRole}`;
    // The same rule as at open, on every revocation event, at the session's expiry and when the
    // decision is older than accessTtlMs; a changed role closes with 4409 (the browser reconnects).
    const recheck = async (): Promise<AccessVerdict> => {
      const current = await readLiveSession(request);
      if (!current || current.user.id !== session.user.id) return { ok: false, code: closeCodes.unauthenticated, reason: "sign in" };
      const again = await authoriseRoom(current, expectedOrganisationId, workshopId);
      if (!again?.participant || again.participant.id !== participantId) return { ok: false, code: closeCodes.notFound, reason: "not found" };
      return { ok: true, fingerprint: fingerprintOf(again.membership.role, again.participant.role), expiresAt: current.expiresAt };
    };
    // Commands waiting their turn (see pump below); emptied when access is refused.
    const inbox: string[] = [];
    const client: RoomClient = {
      participantId,
      send: (data) => {
        if (socket.readyState !== socket.OPEN) return;
        if (socket.bufferedAmount > maxBuffered) socket.close(closeCodes.tooSlow, "too slow");
        else socket.send(data, { binary: false });
      },
      // Nothing could be committed: the browser reconnects and sends its unacknowledged commands again.
      drop: () => socket.close(closeCodes.tryAgain, "try again"),
    };
    access = new SocketAccess(
      recheck,
      fingerprintOf(openedRole, participant.role),
      (code, reason) => {
        // No frame leaves for this socket any more, even before the close handshake ends.
        hub.leave(workshopId, client);
        inbox.length = 0;
        socket.close(code, reason);
      },
      session.expiresAt,
    );
    const socketAccess = access;
    // workshop_participants.role is a text column written only through workshopRoleSchema.
    const roleOf = (role: string) => role as WorkshopRole;
    await hub.ensureJoined(workshopId, workshop.organisationId, {
      id: participant.id,
      name: session.user.name,
      role: roleOf(participant.role),
      stakeholderTypeId: participant.stakeholderTypeId,
    });
    const invited = await listInvitedParticipants(ctx.db, workshop.organisationId, workshopId);
    // The agenda is not here but in the state (the prepared one until the start): one source.
    const welcome: ServerMessage = {
      t: "welcome",
      serverNow: new Date().toISOString(),
      me: { participantId: participant.id, name: session.user.name, role: roleOf(participant.role) },
      workshop: {
        id: workshop.id,
        organisationId: workshop.organisationId,
        title: workshop.title,
        objective: workshop.objective,
        format: workshop.format as WorkshopFormat,
        journeyId: workshop.journeyId,
        invited: invited.map((person) => ({ ...person, role: roleOf(person.role) })),
      },
    };
    socket.send(JSON.stringify(welcome));
    await hub.join(workshopId, workshop.organisationId, client, parsedQuery.data.lastSeq, workshop.agenda as AgendaItem[]);
    client.send(JSON.stringify({ t: "presence", online: hub.online(workshopId) } satisfies ServerMessage));
    isOpening = false;
    if (socket.readyState !== socket.OPEN) {
      hub.leave(workshopId, client);
      return null;
    }
    // Something was revoked while we opened: decide again now.
    if (isDirty) void socketAccess.recheck();

    // Dead connections (a laptop closed, a phone in a tunnel) are found by ping/pong.
    let isAlive = true;
    socket.on("pong", () => {
      isAlive = true;
    });
    const ping = setInterval(() => {
      if (!isAlive) return socket.terminate();
      isAlive = false;
      socket.ping();
    }, 25_000);
    socket.on("close", () => {
      clearInterval(ping);
      hub.leave(workshopId, client);
    });

    // Commands per socket are throttled, not refused: a browser coming back online with a queue of
    // notes gets them all committed, a little later. Only a flood (1,000 waiting) closes the socket.
    let tokens = burst;
    let refilledAt = Date.now();
    let isPumping = false;
    const reject = (id: string, message: string) => client.send(JSON.stringify({ t: "rejected", id, code: "invalid_command", message } satisfies ServerMessage));

    function handle(data: string): void {
      let raw: unknown;
      try {
        raw = JSON.parse(data);
      } catch {
        reject("", "Messages are JSON.");
        return;
      }
      const message = clientMessageSchema.safeParse(raw);
      if (!message.success) {
        reject(String((raw as { id?: unknown })?.id ?? ""), "Unknown message.");
      } else if (message.data.t === "resync") {
        void hub.resync(workshopId, client);
      } else {
        const command = parseCommand(message.data.type, message.data.payload);
        if (command.ok) void hub.command(workshopId, client, message.data.id, command.command);
        else reject(message.data.id, command.message);
      }
    }

    async function pump(): Promise<void> {
      if (isPumping) return;
      isPumping = true;
      while (inbox.length > 0) {
        const now = Date.now();
        tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * perSecond);
        refilledAt = now;
        if (tokens < 1) {
          await new Promise((resolve) => setTimeout(resolve, ((1 - tokens) / perSecond) * 1000));
          continue;
        }
        tokens -= 1;
        // The cached decision serves while it is fresh (no query per command); then it is taken again.
        if (!socketAccess.isFresh(now) && !(await socketAccess.recheck())) break;
        handle(inbox.shift() as string);
      }
      isPumping = false;
    }

    return {
      onMessage(data: string) {
        if (socketAccess.refused) return;
        if (inbox.length >= maxWaiting) return socket.close(closeCodes.tooMany, "too many messages");
        inbox.push(data);
        void pump();
      },
    };
  }
}
