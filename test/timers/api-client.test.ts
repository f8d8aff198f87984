import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAlexaApis } from '../../devtools/fake-alexa-apis';
import {
  DeadlineApiClient,
  ServiceDeadlineError,
  ServiceDroppedError,
} from '../../lambda/services/api-client';
import { ACCESS_TOKEN, closedEndpoint, startAlexaApis } from './support';

describe('the service client with a deadline', () => {
  let api: FakeAlexaApis;
  beforeEach(async () => {
    api = await startAlexaApis();
  });
  afterEach(() => api.close());

  const list = (url: string, client = new DeadlineApiClient()) =>
    client.invoke({
      url: `${url}/v1/alerts/timers`,
      method: 'GET',
      headers: [{ key: 'Authorization', value: `Bearer ${ACCESS_TOKEN}` }],
    });

  it('returns the status, headers and body of an answer, errors included', async () => {
    // Prepare
    api.failNext({ status: 429 });
    // Act
    const refused = await list(api.url);
    const listed = await list(api.url);
    // Assess
    expect(refused.statusCode).toBe(429);
    expect(listed.statusCode).toBe(200);
    expect(listed.headers).toContainEqual({ key: 'content-type', value: 'application/json' });
    expect(JSON.parse(listed.body ?? '')).toMatchObject({ totalCount: 0 });
  });

  it('gives up on a slow service at its deadline, long before the service would answer', async () => {
    // Prepare
    api.failNext({ delayMs: 10_000 });
    const started = performance.now();
    // Act
    const answer = list(api.url, new DeadlineApiClient(200));
    // Assess
    await expect(answer).rejects.toBeInstanceOf(ServiceDeadlineError);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('fails on a refused connection and on a dropped one', async () => {
    // Prepare
    api.failNext({ drop: true });
    // Act, Assess
    await expect(list(await closedEndpoint())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(list(api.url)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('fails when the connection closes in the middle of an answer', async () => {
    // Prepare: a server that sends half an answer, then hangs up
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-length': '100' });
      response.write('{"half":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Act, Assess
    await expect(list(`http://127.0.0.1:${port}`)).rejects.toBeInstanceOf(ServiceDroppedError);
    server.close();
  });
});
