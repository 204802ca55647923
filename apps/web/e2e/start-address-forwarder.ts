// A plain TCP forwarder that connects to the dashboard from another loopback address (127.0.0.2, ...),
// so a browser pointed at it reaches the dashboard as a different client: the dashboard's server sees
// that address as the TCP peer. On Linux every 127.x.y.z address is the loopback interface.
import net from "node:net";

export interface AddressForwarder {
  /** The forwarder's own URL (on 127.0.0.1); requests through it reach the dashboard from `fromAddress`. */
  url: string;
  stop(): Promise<void>;
}

export async function startAddressForwarder(target: string, fromAddress: string): Promise<AddressForwarder> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect({ host: hostname, port: Number(port), localAddress: fromAddress });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
