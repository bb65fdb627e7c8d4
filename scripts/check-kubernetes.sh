#!/usr/bin/env bash
# The Kubernetes manifests (deploy/kubernetes) are valid and complete:
#   1. kustomize renders them (`kubectl kustomize`; without kubectl, the listed resources are concatenated);
#   2. every document validates against the Kubernetes API schemas (npm kubernetes-models, installed into a cache
#      directory on first use) and the Deployment has its probes, limits, non-root and read-only settings;
#   3. every variable the README documents, and every variable application.properties reads without a default,
#      is set in the manifests (ConfigMap or Secret); every @ConfigProperty/@ConfigMapping member the code reads has
#      a value or a default. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=deploy/kubernetes

tools="${K8S_TOOLS_DIR:-$HOME/.cache/perf-targets-k8s}"
if [ ! -d "$tools/node_modules/kubernetes-models" ] || [ ! -d "$tools/node_modules/yaml" ]; then
  mkdir -p "$tools"
  (cd "$tools" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --loglevel=error kubernetes-models@5.1.0 yaml@2.8.1 >/dev/null)
fi

rendered="$(mktemp)"; trap 'rm -f "$rendered"' EXIT
if command -v kubectl >/dev/null; then
  kubectl kustomize "$dir" >"$rendered"
  echo "rendered with kubectl kustomize: $(kubectl version --client 2>/dev/null | grep -i kustomize | tr -d '\n' || true)"
else
  python3 - "$dir" >"$rendered" <<'PY'
import re, sys, pathlib
d = pathlib.Path(sys.argv[1])
k = (d / "kustomization.yaml").read_text()
files = re.findall(r"^\s+-\s+(\S+\.yaml)\s*$", k.split("resources:")[1].split("images:")[0], re.M)
print("\n---\n".join((d / f).read_text() for f in files))
PY
  echo "kubectl not found: the resources concatenated without kustomize's transformations"
fi

# The variables: documented (README tables), read by application.properties, read by the code.
required=$(python3 - <<'PY'
import re, pathlib, sys
readme = pathlib.Path("README.md").read_text(encoding="utf-8")
documented = []
for line in readme.splitlines():
    if not line.startswith("| `"):
        continue
    cell = line.split("|")[1]
    names = re.findall(r"`([A-Z][A-Z0-9_]*|…_[A-Z0-9_]+)`", cell)
    base = None
    for n in names:
        if n.startswith("…"):
            # `RATE_LIMIT_READS_PER_MINUTE`, `…_WRITES_PER_MINUTE`: the ellipsis stands for the first name less as
            # many trailing words as the suffix has
            words = base.split("_")
            n = "_".join(words[: len(words) - len(n[2:].split("_"))]) + n[1:]
        else:
            base = n
        documented.append(n)
props = pathlib.Path("src/main/resources/application.properties").read_text(encoding="utf-8")
read, without_default = set(), set()
for line in props.splitlines():
    if line.startswith("#") or re.match(r"%(dev|test)[,.]|%dev,test\.", line):
        continue
    for name, default in re.findall(r"\$\{([A-Z][A-Z0-9_]*)(:[^}]*)?\}", line):
        read.add(name)
        if not default:
            without_default.add(name)
undocumented = sorted(read - set(documented))
if undocumented:
    print("warning: read by application.properties but not in the README's tables: " + ", ".join(undocumented),
          file=sys.stderr)
# The code's configuration: each @ConfigProperty without defaultValue, each @ConfigMapping member without
# @WithDefault (and not Optional/Map), must have a value in application.properties.
keys = {m.group(1) for m in re.finditer(r"^(?:%prod\.)?([a-z][\w.\-\"]*)\s*=", props, re.M)}
missing = []
for src in pathlib.Path("src/main/java").rglob("*.java"):
    text = src.read_text(encoding="utf-8")
    for m in re.finditer(r"@ConfigProperty\(([^)]*)\)", text):
        args = m.group(1)
        name = re.search(r'name\s*=\s*"([^"]+)"', args)
        if name and "defaultValue" not in args and name.group(1) not in keys:
            missing.append(f"{src.name}: {name.group(1)}")
    prefix = re.search(r'@ConfigMapping\(prefix\s*=\s*"([^"]+)"\)', text)
    if prefix:
        for m in re.finditer(r"((?:@\w+(?:\([^)]*\))?\s+)*)([\w<>, .]+)\s+(\w+)\(\);", text):
            annotations, type_, method = m.groups()
            groups = set(re.findall(r"interface\s+(\w+)", text))
            if "WithDefault" in annotations or type_.strip().startswith(("Optional", "Map", "List")):
                continue
            if type_.strip() in groups:
                continue  # a nested group: its own members are checked (under the mapping's prefix: a rough check)
            key = prefix.group(1) + "." + re.sub(r"([A-Z])", lambda c: "-" + c.group(1).lower(), method)
            if key not in keys:
                missing.append(f"{src.name}: {key}")
if missing:
    print("configuration read by the code with no value and no default: " + ", ".join(missing), file=sys.stderr)
    sys.exit(1)
print(" ".join(sorted(set(documented) | without_default)))
PY
)
echo "variables to set: $(echo "$required" | wc -w) ($required)"
REQUIRED_ENV="$required" NODE_PATH="$tools/node_modules" node scripts/kubernetes/validate.mjs <"$rendered"
echo "kubernetes manifests check passed"
