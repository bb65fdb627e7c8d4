// The oracle: what makes a response a finding.
//   5xx; an error (>= 400) that is not an application/problem+json object with `status` and `code`
//   (and whose `status` is not the HTTP status); a Java class name or stack trace in a body or header;
//   slower than the limit; no response in time; no HTTP response at all.

// Java internals that must never reach a client. Matches that merely echo the request are ignored.
export const LEAK_PATTERNS = [
  ['java package', /\bjava\.(?:lang|util|io|nio|net|math|time|sql|text|security|base)\.[\w$]/],
  ['javax/jakarta package', /\b(?:javax|jakarta)\.[a-z]+\.[\w$]/],
  ['framework package', /\b(?:org\.(?:hibernate|jboss|postgresql|apache|eclipse|glassfish|liquibase|yaml|w3c|xml|owasp|budgetperf)|com\.(?:fasterxml|sun|zaxxer|google)|io\.(?:vertx|quarkus|netty|smallrye|agroal)|sun\.[a-z]+)\.[\w$]/],
  ['exception class', /\b[A-Z][A-Za-z0-9$]*(?:Exception|Error)\b(?=\s*[:(@]|\s+(?:at|in|was|while)\b)|\b[A-Z][A-Za-z0-9]*Exception\b/],
  ['exception message', /Exception:/],
  ['stack frame', /(?:^|\n|\\n|\t|\\t)\s*at [\w$]+(?:\.[\w$<>]+)+\((?:[\w$]+\.java:\d+|Native Method|Unknown Source)?\)/],
  ['stack frame (tab)', /\tat [a-z]/],
  ['cause chain', /Caused by: /],
  ['XML parser', /SAXParseException|SAXException/],
  ['Jackson internals', /InvalidFormatException|MismatchedInputException|JsonParseException|JsonMappingException|StreamReadConstraints|StreamConstraintsException|through reference chain|\[Source: /],
  ['Java method reference', /`?\b[A-Z][A-Za-z0-9]+\.[a-z][A-Za-z0-9]*\(\)`?/],
  ['proxy class', /_(?:Subclass|ClientProxy)\b|\$\$\w+/],
];

export function findLeak(text, requestText) {
  for (const [name, re] of LEAK_PATTERNS) {
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    let m;
    while ((m = g.exec(text)) !== null) {
      if (!requestText.includes(m[0])) {
        const from = Math.max(0, m.index - 80);
        return { pattern: name, match: m[0], context: text.slice(from, m.index + m[0].length + 80).replace(/\s+/g, ' ') };
      }
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  return null;
}

const TEXTUAL = /json|text|xml|html|javascript|problem|x-www-form-urlencoded/i;

export function bodyText(res) {
  if (!res.body || !res.body.length) return '';
  const ct = (res.headers && res.headers['content-type']) || '';
  if (ct && !TEXTUAL.test(ct)) return '';
  return res.body.toString('utf8');
}

// Requests that are not HTTP/1.1 messages at all (RFC 9112): a NUL or control byte in a header value, a header line
// without a colon or with white space before it, two Content-Length headers, Content-Length with chunked, white space in
// the request target. The server's HTTP codec refuses them before the service sees them, with 400, an empty body and
// the connection closed (RFC 9112 §3, §5, §6.3); Quarkus gives the service no hook to word that answer. Only that answer
// (400 with an empty body) is accepted for them (anything else is still a finding), and each is counted in the report as a protocol
// refusal. The README's security section lists this as a known limit.
export const MALFORMED_HTTP = new Set(['header-nul-byte', 'header-without-colon', 'header-space-before-colon',
  'content-length-duplicate', 'content-length-and-chunked', 'header-control-chars', 'idem-nul', 'if-match-nul',
  'if-none-match-nul', 'reqid-nul', 'raw-space']);

export function isProtocolRefusal(c, res) {
  return MALFORMED_HTTP.has(c.input) && res.status === 400 && (!res.body || !res.body.length);
}

// Returns a list of {kind, reason} for one request/response.
export function evaluate(c, res, cfg) {
  const out = [];
  if (res.timeout) {
    out.push({ kind: 'timeout', reason: `no response within ${cfg.timeoutMs} ms (hung or very slow)` });
    return out;
  }
  if (res.error) {
    if (res.clientError) return out; // the fuzzer could not send it; not the service's fault
    if (c.expectResponse !== false) out.push({ kind: 'no-response', reason: `no HTTP response: ${res.error}` });
    return out;
  }
  const status = res.status;
  const ct = (res.headers && res.headers['content-type']) || '';
  const text = bodyText(res);
  if (status >= 500) out.push({ kind: '5xx', reason: `server error ${status}` });
  if (status >= 400 && c.method !== 'HEAD' && !isProtocolRefusal(c, res)) {
    if (!/^application\/problem\+json\s*(;|$)/i.test(ct)) {
      const snippet = res.body && res.body.length ? JSON.stringify(res.body.toString('utf8').slice(0, 80)) : 'empty body';
      out.push({ kind: 'not-problem', reason: `error response is not application/problem+json (Content-Type: ${ct || 'none'}; ${snippet})` });
    } else {
      let doc;
      try { doc = JSON.parse(text); } catch { doc = undefined; }
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) out.push({ kind: 'bad-problem', reason: 'problem body is not a JSON object' });
      else {
        const missing = ['status', 'code'].filter((k) => doc[k] === undefined || doc[k] === null);
        if (missing.length) out.push({ kind: 'bad-problem', reason: `problem body lacks ${missing.join(' and ')}` });
        else if (typeof doc.status !== 'number' || typeof doc.code !== 'string') out.push({ kind: 'bad-problem', reason: 'problem status is not a number or code not a string' });
        else if (doc.status !== status) out.push({ kind: 'bad-problem', reason: `problem status ${doc.status} differs from HTTP status ${status}` });
      }
    }
  }
  const headerText = Object.entries(res.headers || {}).map(([k, v]) => `${k}: ${v}`).join('\n');
  const leak = findLeak(`${text}\n${headerText}`, c.requestText || '');
  if (leak) out.push({ kind: 'leak', reason: `${leak.pattern} in response: "${leak.match}" … ${leak.context.slice(0, 240)}` });
  if (res.ms > cfg.slowMs && !c.noSlowCheck) out.push({ kind: 'slow', reason: `slow response: ${res.ms} ms > ${cfg.slowMs} ms` });
  return out;
}
