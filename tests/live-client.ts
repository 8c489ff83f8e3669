/**
 * A test browser for the live workshop socket: connects with a session cookie, folds what it
 * receives with the shared reducer (as the web app does), keeps every raw frame (to prove what it
 * never received), resends unacknowledged commands after reconnecting, and can wait for things.
 */
import { randomUUID } from "node:crypto";
import WebSocket from "ws";
import type { CommandType, WorkshopCommand } from "../shared/workshops/commands.js";
import type { ClientMessage, RoomMe, ServerMessage } from "../shared/workshops/protocol.js";
import { applyEvent } from "../shared/workshops/reducer.js";
import { initialWorkshopState, type WorkshopState } from "../shared/workshops/state.js";

type Answer = Extract<ServerMessage, { t: "ack" | "rejected" }>;

export class LiveClient {
  state: WorkshopState = initialWorkshopState();
  frames: string[] = [];
  messages: ServerMessage[] = [];
  online: string[] = [];
  me: RoomMe | null = null;
  closeCode: number | null = null;
  socket!: WebSocket;
  /** Commands sent and not yet answered, resent after a reconnection (as the web app does). */
  readonly pending = new Map<string, { type: CommandType; payload: unknown }>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private baseUrl: string,
    private readonly cookie: string,
    private readonly workshopId: string,
    private readonly origin: string,
  ) {}

  /** Opens the socket; resolves on `welcome` (or when the server closes it at once). */
  async connect(baseUrl = this.baseUrl): Promise<this> {
    this.baseUrl = baseUrl;
    this.closeCode = null;
    this.me = null;
    const url = `${baseUrl.replace(/^http/, "ws")}/api/v1/workshops/${this.workshopId}/live?lastSeq=${this.state.seq}`;
    this.socket = new WebSocket(url, { headers: { cookie: this.cookie, origin: this.origin } });
    this.socket.on("message", (data) => this.receive(String(data)));
    this.socket.on("close", (code) => {
      this.closeCode = code;
      this.notify();
    });
    this.socket.on("error", () => undefined);
    await this.until(() => this.me !== null || this.closeCode !== null, "welcome");
    for (const [id, command] of this.pending) this.post({ t: "command", id, ...command });
    return this;
  }

  private post(message: ClientMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  private receive(data: string): void {
    this.frames.push(data);
    const message = JSON.parse(data) as ServerMessage;
    this.messages.push(message);
    if (message.t === "welcome") this.me = message.me;
    if (message.t === "snapshot") this.state = message.state;
    const events = message.t === "event" ? [message.event] : message.t === "events" ? message.events : [];
    for (const event of events) {
      if (event.seq === this.state.seq + 1) this.state = applyEvent(this.state, event);
      else if (event.seq > this.state.seq + 1) {
        this.post({ t: "resync" });
        break;
      }
    }
    if (message.t === "presence") this.online = message.online;
    if (message.t === "ack" || message.t === "rejected") this.pending.delete(message.id);
    this.notify();
  }

  private notify(): void {
    for (const waiter of this.waiters) waiter();
  }

  /** Waits until `predicate` holds (checked after every message), or fails after `ms`. */
  until(predicate: () => boolean, what: string, ms = 10_000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  /** Sends a command without waiting (it stays pending until answered). */
  fire(command: WorkshopCommand, id: string = randomUUID()): string {
    this.pending.set(id, { type: command.type, payload: command.payload });
    if (this.socket.readyState === WebSocket.OPEN) this.post({ t: "command", id, type: command.type, payload: command.payload });
    return id;
  }

  /** Sends a command and waits for the server's answer. */
  async send(command: WorkshopCommand, id: string = randomUUID()): Promise<Answer> {
    const at = this.messages.length;
    this.fire(command, id);
    let answer: Answer | undefined;
    await this.until(() => {
      answer = this.messages.slice(at).find((m): m is Answer => (m.t === "ack" || m.t === "rejected") && m.id === id);
      return answer !== undefined;
    }, `answer to ${command.type}`);
    return answer as Answer;
  }

  /** Sends a command that must be accepted; waits until this client's state has it applied. */
  async must(command: WorkshopCommand): Promise<number> {
    const answer = await this.send(command);
    if (answer.t !== "ack") throw new Error(`${command.type} refused: ${answer.code} ${answer.message}`);
    await this.until(() => this.state.seq >= answer.seq, `seq ${answer.seq}`);
    return answer.seq;
  }

  sendRaw(data: string): void {
    this.socket.send(data);
  }

  close(): void {
    this.socket.close();
  }
}
