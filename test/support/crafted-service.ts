/**
 * A loopback HTTP server that answers every call with a reply the test crafts: what a broken or
 * hostile Alexa service could send (an id that is an object, a 200 KB id, a 50 MB body). Real HTTP,
 * so the skill's own API client meets it exactly as it would meet the real service.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = (response: ServerResponse) => void;

export interface CraftedService {
  url: string;
  close(): Promise<void>;
}

export async function craftedService(reply: Reply): Promise<CraftedService> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => reply(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A reply with this status and JSON body. */
export function json(body: unknown, status = 200): Reply {
  return (response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
}

/** A 200 reply whose body runs on for `bytes`, written as fast as the client reads; `written()` tells how far it got. */
export function endless(bytes: number): Reply & { written(): number } {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let written = 0;
  const reply: Reply = (response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    const more = (): void => {
      while (written < bytes && !response.destroyed) {
        written += chunk.length;
        if (!response.write(chunk)) {
          response.once('drain', more);
          return;
        }
      }
      if (!response.destroyed) response.end();
    };
    more();
  };
  return Object.assign(reply, { written: () => written });
}
