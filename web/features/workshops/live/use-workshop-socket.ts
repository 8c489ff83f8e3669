/**
 * The live room's connection (protocol: shared/workshops/protocol.ts, docs/workshops.md): connects
 * with `lastSeq`, applies what the server sends through the pure logic of socket-state.ts
 * (snapshot, events folded with the shared reducer, acks, refusals, presence, clock offset),
 * reconnects with backoff, and keeps unacknowledged commands in a per-workshop outbox
 * (localStorage) sent again after each reconnection until acked or rejected.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CommandPayload, CommandType } from "../../../../shared/workshops/commands.js";
import type { WorkshopRole } from "../../../../shared/workshops/formats.js";
import type { ClientMessage, ServerMessage } from "../../../../shared/workshops/protocol.js";
import { newId, type OutboxCommand, readOutbox, writeOutbox } from "./outbox";
import { withPending } from "./pending-view";
import { backoffMs, type ConnectionStatus, initialModel, queue, type Reaction, receive, type SocketModel, statusAfterClose, unreadable } from "./socket-state";

function liveUrl(workshopId: string, lastSeq: number): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}/api/v1/workshops/${encodeURIComponent(workshopId)}/live?lastSeq=${lastSeq}`;
}

const sendOn = (socket: WebSocket, message: ClientMessage) => socket.send(JSON.stringify(message));

/** A command's payload, optional when it is empty: `send("timer.pause")`. */
type PayloadArgs<T extends CommandType> = Record<string, never> extends CommandPayload<T> ? [payload?: CommandPayload<T>] : [payload: CommandPayload<T>];

/** `userId`: the signed-in account, which the offline outbox is kept for. */
export function useWorkshopSocket(workshopId: string, userId: string) {
  const scope = `${workshopId}.${userId}`;
  const modelRef = useRef<SocketModel>(initialModel(readOutbox(scope)));
  const socketRef = useRef<WebSocket | null>(null);
  const welcomedRef = useRef(false);
  const [model, setModel] = useState<SocketModel>(modelRef.current);
  const [status, setStatus] = useState<ConnectionStatus>("connecting");

  const update = useCallback(
    (next: SocketModel) => {
      if (next.outbox !== modelRef.current.outbox) writeOutbox(scope, next.outbox);
      modelRef.current = next;
      setModel(next);
    },
    [scope],
  );

  const transmit = useCallback((command: OutboxCommand) => {
    const socket = socketRef.current;
    if (!socket || socket.readyState !== WebSocket.OPEN || !welcomedRef.current) return;
    sendOn(socket, { t: "command", id: command.id, type: command.type, payload: command.payload });
  }, []);

  useEffect(() => {
    let stopped = false;
    let attempt = 0;
    let failuresBeforeWelcome = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const react = (socket: WebSocket, { model: next, reply, welcomed }: Reaction) => {
      update(next);
      if (reply) sendOn(socket, reply);
      if (!welcomed) return;
      welcomedRef.current = true;
      attempt = 0;
      failuresBeforeWelcome = 0;
      setStatus("online");
      // Everything written while offline, in order; the server ignores ids it already committed.
      for (const command of modelRef.current.outbox) transmit(command);
    };

    const connect = () => {
      if (stopped) return;
      // Offline: wait for the browser's "online" event rather than fail again and again.
      if (!navigator.onLine) {
        setStatus("offline");
        return;
      }
      const socket = new WebSocket(liveUrl(workshopId, modelRef.current.state.seq));
      socketRef.current = socket;
      welcomedRef.current = false;
      update({ ...modelRef.current, awaitingSnapshot: false });
      socket.onmessage = (event) => {
        if (socketRef.current !== socket || typeof event.data !== "string") return;
        let message: ServerMessage;
        try {
          message = JSON.parse(event.data) as ServerMessage;
        } catch {
          react(socket, unreadable(modelRef.current));
          return;
        }
        react(socket, receive(modelRef.current, message, Date.now()));
      };
      socket.onclose = (event) => {
        if (socketRef.current !== socket) return;
        socketRef.current = null;
        if (!welcomedRef.current && navigator.onLine) failuresBeforeWelcome += 1;
        welcomedRef.current = false;
        if (stopped) return;
        const after = statusAfterClose(event.code, failuresBeforeWelcome);
        setStatus(after.status);
        if (!after.retry) return;
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
  }, [workshopId, transmit, update]);

  /** Queues a command (persisted), sends it now when connected; returns its id. */
  const send = useCallback(
    <T extends CommandType>(type: T, ...[payload]: PayloadArgs<T>) => {
      const command = { id: newId(), type, payload: payload ?? {}, queuedAt: new Date().toISOString() } as OutboxCommand;
      update(queue(modelRef.current, command));
      transmit(command);
      return command.id;
    },
    [transmit, update],
  );

  const { state, outbox, me } = model;
  const view = useMemo(() => withPending(state, outbox, me?.participantId ?? null), [state, outbox, me]);
  // A handover changes roles: the state knows the current one, the welcome the one at connection.
  const role: WorkshopRole | null = (me && (state.participants[me.participantId]?.role ?? me.role)) ?? null;
  const { hasState, workshop, offsetMs, online, refusal } = model;

  return { status, state: view, confirmed: state, hasState, me, role, workshop, offsetMs, online, outbox, send, refusal };
}

export type WorkshopSocket = ReturnType<typeof useWorkshopSocket>;