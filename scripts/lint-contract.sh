#!/usr/bin/env bash
# Lints the contract with Spectral (spectral:oas) and Redocly (recommended); any error fails. Both the source,
# split by feature under openapi/ (root openapi/openapi.yaml), and the bundle the service serves
# (src/main/resources/META-INF/openapi.yaml, made by scripts/bundle-contract.sh).
# The linters are installed from npm into a cache directory outside the project on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/contract-tools.sh
. scripts/contract-tools.sh

bundle="src/main/resources/META-INF/openapi.yaml"
echo "--- the source: openapi/openapi.yaml and the files it refers to"
# .spectral-source.yaml leaves out three rules that misread a split document; they run on the bundle below.
"$spectral" lint openapi/openapi.yaml --ruleset openapi/.spectral-source.yaml --fail-severity error
"$redocly" lint openapi/openapi.yaml --config openapi/redocly.yaml
echo "--- the bundle: $bundle"
"$spectral" lint "$bundle" --ruleset openapi/.spectral.yaml --fail-severity error
"$redocly" lint "$bundle" --config openapi/redocly.yaml
