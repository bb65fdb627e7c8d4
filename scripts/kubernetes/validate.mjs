// Validates rendered Kubernetes manifests (multi-document YAML on stdin) against the Kubernetes API schemas that
// the npm package kubernetes-models ships (a validator for every built-in kind), and checks what a schema cannot:
// the container's probes, limits and security settings, and that every variable in $REQUIRED_ENV reaches the
// container. The schemas are open, as the API's are: a misspelt field is caught by the API server's strict field
// validation (`kubectl apply --dry-run=server`), not here.
// Usage: node validate.mjs < rendered.yaml   (NODE_PATH: where kubernetes-models and yaml are installed)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(process.env.NODE_PATH.split(":")[0] + "/");
const YAML = require("yaml");

const problems = [];
const docs = YAML.parseAllDocuments(readFileSync(0, "utf8")).map((d) => d.toJSON()).filter(Boolean);

const byKind = {};
const models = require.resolve("kubernetes-models/package.json").replace(/package\.json$/, "");
for (const doc of docs) {
  const { apiVersion, kind } = doc;
  const name = `${kind}/${doc.metadata?.name}`;
  byKind[kind] = doc;
  let Model;
  try {
    // Core kinds live under v1/, the others under <group>/<version>/.
    Model = (await import(`${models}${apiVersion}/${kind}.js`))[kind];
  } catch (e) {
    problems.push(`${name}: no schema for ${apiVersion} ${kind}`);
    continue;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    problems.push(`${name}: ${e.message}`);
  }
}

const deployment = byKind.Deployment;
if (!deployment) problems.push("no Deployment");
else {
  const spec = deployment.spec;
  const pod = spec.template.spec;
  const c = pod.containers[0];
  const expect = (ok, what) => ok || problems.push(`Deployment: ${what}`);
  expect(spec.replicas >= 2, "at least 2 replicas");
  expect(c.livenessProbe?.httpGet?.path === "/q/health/live", "liveness probe on /q/health/live");
  expect(c.readinessProbe?.httpGet?.path === "/q/health/ready", "readiness probe on /q/health/ready");
  expect(c.startupProbe?.httpGet?.path === "/q/health/started", "startup probe on /q/health/started");
  for (const r of ["cpu", "memory"]) {
    expect(c.resources?.requests?.[r] && c.resources?.limits?.[r], `${r} request and limit`);
  }
  expect(pod.securityContext?.runAsNonRoot === true || c.securityContext?.runAsNonRoot === true, "runs as non-root");
  expect(c.securityContext?.readOnlyRootFilesystem === true, "read-only root filesystem");
  const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
  expect(tmp && (pod.volumes ?? []).some((v) => v.name === tmp.name && v.emptyDir), "an emptyDir at /tmp");
  expect(pod.terminationGracePeriodSeconds > 0, "terminationGracePeriodSeconds");
  expect(c.lifecycle?.preStop, "a preStop hook");

  // Every required variable reaches the container: a literal env, or a key of a ConfigMap/Secret it reads.
  const configMaps = Object.fromEntries(docs.filter((d) => d.kind === "ConfigMap").map((d) => [d.metadata.name, d]));
  const secrets = Object.fromEntries(docs.filter((d) => d.kind === "Secret").map((d) => [d.metadata.name, d]));
  const set = new Set((c.env ?? []).map((e) => e.name));
  for (const from of c.envFrom ?? []) {
    const source = from.configMapRef ? configMaps[from.configMapRef.name] : secrets[from.secretRef?.name];
    if (!source) {
      problems.push(`Deployment: envFrom names ${JSON.stringify(from)}, not in the manifests`);
      continue;
    }
    for (const key of Object.keys({ ...source.data, ...source.stringData })) set.add((from.prefix ?? "") + key);
  }
  const required = (process.env.REQUIRED_ENV ?? "").split(/\s+/).filter(Boolean);
  const missing = required.filter((v) => !set.has(v));
  if (missing.length) problems.push(`variables not set in the manifests: ${missing.join(", ")}`);
  console.log(`${required.length} variables checked, all set through the ConfigMap/Secret: ${missing.length === 0}`);
}

for (const kind of ["Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy", "ConfigMap", "Secret"]) {
  if (!byKind[kind]) problems.push(`no ${kind}`);
}
if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join("\n"));
  console.error(`${docs.length} documents, ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`${docs.length} documents valid: ${docs.map((d) => d.kind).join(", ")}`);
