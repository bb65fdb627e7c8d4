// Two transports with the same result shape: node:http for well-formed requests (keep-alive pool),
// and raw TCP (node:net) for what node:http refuses to send — malformed percent-encoding, raw braces
// or non-ASCII bytes in the request target, control characters in header values, odd methods.
// Every request is bounded by a timeout; the result then says `timeout: true`.
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const KEEP_BODY = 256 * 1024; // response bytes kept for checking (the rest is counted, not kept)

// What node:http accepts in a header value and in a request path.
const HEADER_VALUE_OK = /^[\t\x20-\x7e\x80-\xff]*$/;
const HEADER_NAME_OK = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const PATH_OK = /^[\x21-\xff]*$/;
const METHOD_OK = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function needsRaw(req) {
  if (req.raw) return true;
  if (!METHOD_OK.test(req.method) || req.method !== req.method.toUpperCase()) return true;
  if (!PATH_OK.test(req.path) || /[^\x00-\x7f]/.test(req.path)) return true;
  for (const [k, v] of headerEntries(req.headers)) {
    if (!HEADER_NAME_OK.test(k)) return true;
    if (!HEADER_VALUE_OK.test(String(v)) || /[^\x00-\x7f]/.test(String(v))) return true;
  }
  return false;
}

export function headerEntries(headers) {
  if (!headers) return [];
  if (Array.isArray(headers)) return headers;
  const out = [];
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const x of v) out.push([k, x]);
    else out.push([k, v]);
  }
  return out;
}

export class Client {
  constructor(baseUrl, timeoutMs) {
    const u = new URL(baseUrl);
    this.host = u.hostname;
    this.port = Number(u.port || 80);
    this.timeoutMs = timeoutMs;
    this.resetPool();
  }

  resetPool() {
    if (this.agent) this.agent.destroy();
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 16, keepAliveMsecs: 1000 });
  }

  // req: {method, path, headers, body (Buffer|string|undefined), raw?: Buffer}
  async send(req) {
    if (needsRaw(req)) return this.sendRaw(req.raw || buildRaw(req, `${this.host}:${this.port}`));
    let res = await this.sendHttp(req);
    if (res.error && res.reusedSocket && /ECONNRESET|EPIPE|socket hang up/i.test(res.error)) res = await this.sendHttp(req);
    return res;
  }

  sendHttp(req) {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let done = false;
      let timer;
      const finish = (r) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        r.ms = Math.round(performance.now() - t0);
        r.transport = 'http';
        resolve(r);
      };
      const headers = {};
      for (const [k, v] of headerEntries(req.headers)) {
        if (headers[k] === undefined) headers[k] = v;
        else headers[k] = [].concat(headers[k], v);
      }
      const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(String(req.body), 'utf8');
      if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-length')) headers['Content-Length'] = body.length;
      let r;
      try {
        r = http.request({ host: this.host, port: this.port, method: req.method, path: req.path, headers, agent: this.agent });
      } catch (e) {
        finish({ error: `client refused to send: ${e.code || e.message}`, clientError: true });
        return;
      }
      timer = setTimeout(() => { finish({ timeout: true }); r.destroy(); }, this.timeoutMs);
      r.on('response', (res) => {
        const chunks = [];
        let size = 0;
        res.on('data', (c) => { if (size < KEEP_BODY) chunks.push(c); size += c.length; });
        res.on('end', () => finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).subarray(0, KEEP_BODY), size }));
        res.on('error', (e) => finish({ error: e.code || e.message, status: res.statusCode, headers: res.headers }));
        res.on('aborted', () => finish({ error: 'response aborted', status: res.statusCode, headers: res.headers }));
      });
      r.on('error', (e) => finish({ error: e.code || e.message, reusedSocket: r.reusedSocket }));
      r.end(body);
    });
  }

  sendRaw(bytes) {
    return new Promise((resolve) => {
      const t0 = performance.now();
      let done = false;
      const chunks = [];
      let size = 0;
      const socket = net.connect({ host: this.host, port: this.port });
      const finish = (r) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        socket.destroy();
        r.ms = Math.round(performance.now() - t0);
        r.transport = 'raw';
        resolve(r);
      };
      const timer = setTimeout(() => {
        const parsed = parseResponse(Buffer.concat(chunks), false);
        finish({ timeout: true, partialStatus: parsed ? parsed.status : undefined });
      }, this.timeoutMs);
      socket.on('connect', () => socket.write(bytes, () => {}));
      socket.on('data', (c) => {
        if (size < 4 * KEEP_BODY) chunks.push(c);
        size += c.length;
        const parsed = parseResponse(Buffer.concat(chunks), false);
        if (parsed && parsed.complete) finish(parsed);
      });
      const ended = () => {
        const parsed = parseResponse(Buffer.concat(chunks), true);
        if (parsed) finish(parsed);
        else finish({ error: size ? 'unparsable response' : 'connection closed without a response' });
      };
      socket.on('end', ended);
      socket.on('close', ended);
      socket.on('error', (e) => {
        const parsed = parseResponse(Buffer.concat(chunks), true);
        finish(parsed || { error: e.code || e.message });
      });
    });
  }
}

// An HTTP/1.1 request as bytes; header values may be strings (sent as UTF-8) or Buffers.
export function buildRaw(req, hostHeader) {
  const lines = [];
  const head = `${req.method} ${req.path} ${req.version || 'HTTP/1.1'}\r\n`;
  const entries = headerEntries(req.headers);
  const has = (name) => entries.some(([k]) => k.toLowerCase() === name);
  if (!has('host') && !req.noHost) lines.push(Buffer.from(`Host: ${hostHeader}\r\n`));
  for (const [k, v] of entries) lines.push(Buffer.concat([Buffer.from(`${k}: `), Buffer.isBuffer(v) ? v : Buffer.from(String(v), 'utf8'), Buffer.from('\r\n')]));
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(String(req.body), 'utf8');
  if (body !== undefined && !has('content-length') && !has('transfer-encoding')) lines.push(Buffer.from(`Content-Length: ${body.length}\r\n`));
  if (!has('connection')) lines.push(Buffer.from('Connection: close\r\n'));
  return Buffer.concat([Buffer.from(head, 'utf8'), ...lines, Buffer.from('\r\n'), body || Buffer.alloc(0)]);
}

// Parses an HTTP/1.x response; `complete` when the body is all there (Content-Length, chunked end, or
// the connection ended).
export function parseResponse(buf, ended) {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = buf.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/\d\.\d (\d{3})/.exec(head[0]);
  if (!m) return null;
  const status = Number(m[1]);
  const headers = {};
  for (const line of head.slice(1)) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const k = line.slice(0, i).trim().toLowerCase();
    const v = line.slice(i + 1).trim();
    headers[k] = headers[k] === undefined ? v : `${headers[k]}, ${v}`;
  }
  let rest = buf.subarray(end + 4);
  if (status === 204 || status === 304 || (status >= 100 && status < 200)) return { status, headers, body: Buffer.alloc(0), size: 0, complete: true };
  if (/chunked/i.test(headers['transfer-encoding'] || '')) {
    const parts = [];
    let pos = 0;
    for (;;) {
      const nl = rest.indexOf('\r\n', pos);
      if (nl < 0) return ended ? { status, headers, body: Buffer.concat(parts), size: 0, complete: true } : { status, complete: false };
      const len = parseInt(rest.subarray(pos, nl).toString('latin1'), 16);
      if (!Number.isFinite(len)) return { status, headers, body: Buffer.concat(parts), complete: true };
      if (len === 0) { const body = Buffer.concat(parts); return { status, headers, body, size: body.length, complete: true }; }
      if (rest.length < nl + 2 + len) return ended ? { status, headers, body: Buffer.concat(parts), complete: true } : { status, complete: false };
      parts.push(rest.subarray(nl + 2, nl + 2 + len));
      pos = nl + 2 + len + 2;
    }
  }
  if (headers['content-length'] !== undefined) {
    const len = Number(headers['content-length']);
    if (rest.length >= len) return { status, headers, body: rest.subarray(0, len), size: len, complete: true };
    return ended ? { status, headers, body: rest, size: rest.length, complete: true } : { status, complete: false };
  }
  return ended ? { status, headers, body: rest, size: rest.length, complete: true } : { status, complete: false };
}
