import { startApi } from './harness';

describe('GET /health', () => {
  it('answers 200 with the database status while PostgreSQL answers, 503 when it does not', async () => {
    const api = await startApi();
    const up = await fetch(`${api.url}/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: 'ok', database: 'up' });

    await api.db.destroy();
    const down = await fetch(`${api.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'error', database: 'down' });
    await api.close();
  });
});
