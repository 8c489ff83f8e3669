/**
 * A tiny authoritative DNS server for tests (UDP on 127.0.0.1, random port, dns-packet): answers
 * the TXT records a test sets, NXDOMAIN for anything else. Tutti's resolver is pointed at it with
 * DNS_SERVERS=127.0.0.1:<port>.
 */
import dgram from "node:dgram";
import dnsPacket from "dns-packet";

export type TestDnsServer = {
  /** `127.0.0.1:<port>`, for DNS_SERVERS. */
  address: string;
  /** Sets (or replaces) the TXT records of a name. */
  setTxt: (name: string, values: string[]) => void;
  /** Names asked, in order. */
  queries: string[];
  close: () => Promise<void>;
};

export async function startDnsServer(): Promise<TestDnsServer> {
  const txt = new Map<string, string[]>();
  const queries: string[] = [];
  const socket = dgram.createSocket("udp4");
  socket.on("message", (message, remote) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    const name = question.name.toLowerCase();
    queries.push(name);
    const values = question.type === "TXT" ? txt.get(name) : undefined;
    const answer = dnsPacket.encode({
      type: "response",
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | (txt.has(name) ? 0 : 3), // rcode 3: NXDOMAIN
      questions: [question],
      answers: (values ?? []).map((value) => ({ type: "TXT", name: question.name, ttl: 1, class: "IN", data: value })),
    });
    socket.send(answer, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    setTxt: (name, values) => txt.set(name.toLowerCase(), values),
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
