/**
 * A TCP gate in front of the test's CouchDB-protocol server, on the port built into the sync test's
 * extension: closing it is the council server going down (its data and sessions kept), opening it again
 * brings it back, and `holdNext(text)` holds the first request containing `text` until released (to stop
 * the service worker in the middle of a sync run). Real sockets both ways; it never answers for the server.
 */
import net from 'node:net';

export interface CouchGate {
  port: number;
  origin: string;
  close(): Promise<void>;
  open(): Promise<void>;
  /** Resolves once a request containing `text` arrived and is held; `release()` lets it through. */
  holdNext(text: string): Promise<{ release(): void }>;
}

export async function startCouchGate(target: number): Promise<CouchGate> {
  const sockets = new Set<net.Socket>();
  let hold: { text: string; found(release: () => void): void } | null = null;
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    const forget = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget).on('error', forget);
    upstream.on('close', forget).on('error', forget);
    upstream.pipe(client);
    client.on('data', (chunk: Buffer) => {
      if (hold && chunk.toString('latin1').includes(hold.text)) {
        const waiting = hold;
        hold = null;
        client.pause();
        waiting.found(() => {
          upstream.write(chunk);
          client.resume();
        });
        return;
      }
      upstream.write(chunk);
    });
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    );
  const port = await listen(0);
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
    async open() {
      await listen(port);
    },
    holdNext(text) {
      return new Promise((resolve) => {
        hold = { text, found: (release) => resolve({ release }) };
      });
    },
  };
}
