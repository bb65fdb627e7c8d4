// Reads the OpenAPI contract: every operation (path + method) with its parameters, request body
// (schema and examples, references resolved) and a flattened view of schemas for the mutators.
import fs from 'node:fs';

export const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

export function loadSpec(file, YAML) {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8'), { maxAliasCount: -1 });
  const resolving = new Set();
  const memo = new Map();

  // Resolves local references ("#/components/…") everywhere below node; a reference cycle resolves to {}.
  function resolve(node) {
    if (Array.isArray(node)) return node.map(resolve);
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (memo.has(ref)) return memo.get(ref);
      if (resolving.has(ref)) return {};
      resolving.add(ref);
      const target = ref.replace(/^#\//, '').split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((o, k) => (o == null ? undefined : o[k]), doc);
      if (target === undefined) throw new Error(`unresolvable reference ${ref}`);
      const value = resolve(target);
      resolving.delete(ref);
      memo.set(ref, value);
      return value;
    }
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = resolve(v);
    return out;
  }

  const operations = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    const pathItem = resolve(item);
    for (const method of METHODS) {
      const op = pathItem[method];
      if (!op) continue;
      const params = new Map();
      for (const p of [...(pathItem.parameters || []), ...(op.parameters || [])]) params.set(`${p.in}:${p.name}`, p);
      let requestBody = null;
      if (op.requestBody) {
        const content = {};
        for (const [mediaType, media] of Object.entries(op.requestBody.content || {})) {
          const examples = [];
          if (media.example !== undefined) examples.push(media.example);
          for (const ex of Object.values(media.examples || {})) if (ex && ex.value !== undefined) examples.push(ex.value);
          if (!examples.length && media.schema && media.schema.example !== undefined) examples.push(media.schema.example);
          content[mediaType] = { schema: media.schema || {}, examples };
        }
        requestBody = { required: !!op.requestBody.required, content };
      }
      operations.push({
        id: op.operationId || `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        params: [...params.values()],
        requestBody,
        responses: Object.keys(op.responses || {}),
      });
    }
  }
  return { doc, operations };
}

// A schema with allOf merged into one flat view: type, format, enum, nullable, pattern, limits,
// properties, items, required, additionalProperties.
export function flat(schema) {
  if (!schema || typeof schema !== 'object') return {};
  let out = { ...schema };
  if (Array.isArray(schema.allOf)) {
    delete out.allOf;
    for (const part of schema.allOf) {
      const f = flat(part);
      out = { ...f, ...out, properties: { ...(f.properties || {}), ...(out.properties || {}) } };
      if (f.nullable && schema.nullable === undefined) out.nullable = true;
    }
  }
  if (!out.type) {
    if (out.properties) out.type = 'object';
    else if (out.items) out.type = 'array';
    else if (Array.isArray(out.enum)) out.type = typeof out.enum.find((v) => v !== null);
  }
  return out;
}

// A minimal value for a schema (used when the contract gives no example).
export function generate(schema, depth = 0) {
  const s = flat(schema);
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum.find((v) => v !== null) ?? null;
  switch (s.type) {
    case 'object': {
      const o = {};
      if (depth > 6) return o;
      for (const name of s.required || []) o[name] = generate((s.properties || {})[name], depth + 1);
      return o;
    }
    case 'array': return [];
    case 'integer': return s.minimum ?? 1;
    case 'number': return s.minimum ?? 1;
    case 'boolean': return false;
    case 'string': return s.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'x';
    default: return null;
  }
}
