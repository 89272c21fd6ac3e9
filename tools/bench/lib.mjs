// Small helpers for the benchmark: child processes, HTTP over loopback, percentiles.
import { spawn } from 'node:child_process';
import http from 'node:http';

/** Starts a Node child process and resolves once a line of its stdout matches `ready` (with the match). */
export function startNode(script, { env = {}, ready, name, timeoutMs = 120_000, cwd, execArgv = [] }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, script], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let done = false;
    const timer = setTimeout(
      () => finish(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`)),
      timeoutMs,
    );
    const finish = (error, match) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) {
        if (child.exitCode === null) child.kill('SIGKILL');
        reject(error);
      } else resolve({ child, match, output: () => output, stop: () => stopChild(child) });
    };
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
      const match = output.match(ready);
      if (match) finish(null, match);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString();
    });
    child.once('exit', (code, signal) =>
      finish(new Error(`${name} exited (code ${code}, signal ${signal}) before it was ready:\n${output.slice(-4000)}`)),
    );
  });
}

/** SIGTERM, then SIGKILL after a grace period; resolves when the process has exited. */
export function stopChild(child, graceMs = 20_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** One POST over loopback; resolves with status, headers, body (string) and the elapsed milliseconds. */
export function post(url, body, headers = {}, via = agent) {
  const payload = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: via,
        headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(120_000, () => request.destroy(new Error(`timeout on ${url}`)));
    request.on('error', reject);
    request.end(payload);
  });
}

export function closeAgent() {
  agent.destroy();
}

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x) => (x == null ? null : Math.round(x * 100) / 100);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    mean: round(mean),
  };
}
