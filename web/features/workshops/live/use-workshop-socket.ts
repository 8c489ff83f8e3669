/**
 * The live room's connection (protocol in docs/workshops.md): connects with `lastSeq`, keeps the
 * server's clock offset from `welcome`, replaces the state on `snapshot`, folds each `event` with
 * the shared reducer when it is the next one (older ones ignored, a gap asks for a `resync`),
 * reconnects with backoff, and keeps unacknowledged commands in a per-workshop outbox
 * (localStorage) sent again after each reconnection until acked or rejected.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CommandType } from "../../../../shared/workshops/commands.js";
import type { AgendaItem, WorkshopFormat, WorkshopRole } from "../../../../shared/workshops/formats.js";
import { applyEvent } from "../../../../shared/workshops/reducer.js";
import { initialWorkshopState, type WorkshopEvent, type WorkshopState } from "../../../../shared/workshops/state.js";
import { newId, type OutboxCommand, readOutbox, writeOutbox } from "./outbox";
import { withPending } from "./pending-view";

export type RoomMe = { participantId: string; name: string; role: WorkshopRole };
export type RoomWorkshop = {
  id: string;
  title: string;
  objective: string;
  format: WorkshopFormat;
  journeyId: string | null;
  organisationId: string;
  /** The prepared agenda (the state only holds it once the workshop starts). */
  agenda?: AgendaItem[];
  /** Everyone invited, so the room can say who has not arrived yet. */
  invited?: { participantId: string; name: string; role: string }[];
};
/**
 * connecting: first attempt; online: welcomed; offline: lost, retrying; unreachable: never welcomed
 * after several tries (still retrying); signedOut / notFound: the server closed for good (4401 / 4404).
 */
export type ConnectionStatus = "connecting" | "online" | "offline" | "unreachable" | "signedOut" | "notFound";

/** Close codes of server/realtime/workshop-socket.ts after which retrying cannot help. */
const finalCloseCodes: Partial<Record<number, ConnectionStatus>> = { 4401: "signedOut", 4403: "notFound", 4404: "notFound" };
export type Refusal = { key: number; code: string; type: CommandType | null };

type ServerMessage =
  | { t: "welcome"; serverNow: string | number; me: RoomMe; workshop: RoomWorkshop }
  | { t: "snapshot"; state: WorkshopState }
  | { t: "event"; event: WorkshopEvent }
  | { t: "events"; events: WorkshopEvent[] }
  | { t: "ack"; id: string; seq: number }
  | { t: "rejected"; id: string; code: string; message: string }
  | { t: "presence"; online: string[] };

const backoffMs = (attempt: number) => Math.min(10_000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);

function liveUrl(workshopId: string, lastSeq: number): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}/api/v1/workshops/${encodeURIComponent(workshopId)}/live?lastSeq=${lastSeq}`;
}

/** `userId`: the signed-in account, which the offline outbox is kept for. */
export function useWorkshopSocket(workshopId: string, userId: string) {
  const scope = `${workshopId}.${userId}`;
  const stateRef = useRef<WorkshopState>(initialWorkshopState());
  const outboxRef = useRef<OutboxCommand[]>(readOutbox(scope));
  const socketRef = useRef<WebSocket | null>(null);
  const welcomedRef = useRef(false);
  const awaitingSnapshotRef = useRef(false);
  const [state, setState] = useState<WorkshopState>(stateRef.current);
  const [hasState, setHasState] = useState(false);
  const [outbox, setOutbox] = useState<OutboxCommand[]>(outboxRef.current);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const [me, setMe] = useState<RoomMe | null>(null);
  const [workshop, setWorkshop] = useState<RoomWorkshop | null>(null);
  const [offsetMs, setOffsetMs] = useState(0);
  const [online, setOnline] = useState<ReadonlySet<string>>(new Set());
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const updateOutbox = useCallback(
    (next: OutboxCommand[]) => {
      outboxRef.current = next;
      writeOutbox(scope, next);
      setOutbox(next);
    },
    [scope],
  );

  const transmit = useCallback((command: OutboxCommand) => {
    const socket = socketRef.current;
    if (!socket || socket.readyState !== WebSocket.OPEN || !welcomedRef.current) return;
    socket.send(JSON.stringify({ t: "command", id: command.id, type: command.type, payload: command.payload }));
  }, []);

  useEffect(() => {
    let stopped = false;
    let attempt = 0;
    let failuresBeforeWelcome = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const replaceState = (next: WorkshopState) => {
      stateRef.current = next;
      setState(next);
      setHasState(true);
    };

    const handle = (socket: WebSocket, message: ServerMessage) => {
      switch (message.t) {
        case "welcome": {
          const serverNow = typeof message.serverNow === "number" ? message.serverNow : Date.parse(message.serverNow);
          if (Number.isFinite(serverNow)) setOffsetMs(serverNow - Date.now());
          setMe(message.me);
          setWorkshop(message.workshop);
          welcomedRef.current = true;
          attempt = 0;
          failuresBeforeWelcome = 0;
          setStatus("online");
          // Everything written while offline, in order; the server ignores ids it already committed.
          for (const command of outboxRef.current) transmit(command);
          return;
        }
        case "snapshot":
          awaitingSnapshotRef.current = false;
          replaceState(message.state);
          return;
        case "event": {
          if (awaitingSnapshotRef.current) return;
          const current = stateRef.current;
          if (message.event.seq <= current.seq) return;
          if (message.event.seq === current.seq + 1) {
            replaceState(applyEvent(current, message.event));
            return;
          }
          awaitingSnapshotRef.current = true;
          socket.send(JSON.stringify({ t: "resync" }));
          return;
        }
        case "events":
          // Several events committed together arrive in one frame, in seq order.
          for (const event of message.events) handle(socket, { t: "event", event });
          return;
        case "ack":
          updateOutbox(outboxRef.current.filter((c) => c.id !== message.id));
          return;
        case "rejected": {
          const command = outboxRef.current.find((c) => c.id === message.id);
          updateOutbox(outboxRef.current.filter((c) => c.id !== message.id));
          setRefusal({ key: Date.now(), code: message.code, type: command?.type ?? null });
          return;
        }
        case "presence":
          setOnline(new Set(message.online));
          return;
      }
    };

    const connect = () => {
      if (stopped) return;
      // Offline: wait for the browser's "online" event rather than fail again and again.
      if (!navigator.onLine) {
        setStatus("offline");
        return;
      }
      const socket = new WebSocket(liveUrl(workshopId, stateRef.current.seq));
      socketRef.current = socket;
      welcomedRef.current = false;
      awaitingSnapshotRef.current = false;
      socket.onmessage = (event) => {
        if (socketRef.current !== socket || typeof event.data !== "string") return;
        try {
          handle(socket, JSON.parse(event.data) as ServerMessage);
        } catch {
          // A malformed message: ask for the whole state again rather than guess.
          awaitingSnapshotRef.current = true;
          socket.send(JSON.stringify({ t: "resync" }));
        }
      };
      socket.onclose = (event) => {
        if (socketRef.current !== socket) return;
        socketRef.current = null;
        if (!welcomedRef.current && navigator.onLine) failuresBeforeWelcome += 1;
        welcomedRef.current = false;
        if (stopped) return;
        const final = finalCloseCodes[event.code];
        if (final) {
          setStatus(final);
          return;
        }
        setStatus(failuresBeforeWelcome >= 3 ? "unreachable" : "offline");
        timer = setTimeout(connect, backoffMs(attempt));
        attempt += 1;
      };
    };

    // Back on the network: try now rather than at the end of the backoff.
    const onOnline = () => {
      if (socketRef.current) return;
      clearTimeout(timer);
      attempt = 0;
      connect();
    };

    // The browser knows the network is gone long before a dead socket times out: say so now, and
    // let the notes written meanwhile wait in the outbox.
    const onOffline = () => {
      const socket = socketRef.current;
      if (!socket) return;
      socketRef.current = null; // its late close event is ignored
      welcomedRef.current = false;
      clearTimeout(timer);
      setStatus("offline");
      socket.close();
    };

    connect();
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      const socket = socketRef.current;
      socketRef.current = null;
      socket?.close();
    };
  }, [workshopId, transmit, updateOutbox]);

  /** Queues a command (persisted), sends it now when connected; returns its id. */
  const send = useCallback(
    <T extends CommandType>(type: T, payload: Record<string, unknown> = {}) => {
      const command: OutboxCommand = { id: newId(), type, payload, queuedAt: new Date().toISOString() };
      updateOutbox([...outboxRef.current, command]);
      transmit(command);
      return command.id;
    },
    [transmit, updateOutbox],
  );

  const view = useMemo(() => withPending(state, outbox, me?.participantId ?? null), [state, outbox, me]);
  // A handover changes roles: the state knows the current one, the welcome the one at connection.
  const role: WorkshopRole | null = (me && (state.participants[me.participantId]?.role ?? me.role)) ?? null;

  return { status, state: view, confirmed: state, hasState, me, role, workshop, offsetMs, online, outbox, send, refusal };
}

export type WorkshopSocket = ReturnType<typeof useWorkshopSocket>;
