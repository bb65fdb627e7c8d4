#!/usr/bin/env bash
# Prints a signed bearer token for dev mode (./mvnw quarkus:dev) and Swagger UI's Authorize button.
#   scripts/dev-token.sh department-editor DG-QIAOLIAN     # edits that department's tables
#   scripts/dev-token.sh finance-reviewer | admin | reader
# Roles go into the "groups" claim, department codes into "departments". Tokens last 8 hours.
# KEY (default config/dev-jwt/private.pem) and ISSUER (default the dev issuer) can be overridden.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '2,6p' "$0"; exit 2; }
role="$1"; shift
key="${KEY:-config/dev-jwt/private.pem}"
issuer="${ISSUER:-https://perf-targets.local/dev}"
subject="${SUBJECT:-dev-$role}"
now=$(date +%s)
departments=$(printf '%s\n' "$@" | python3 -c 'import sys, json; print(json.dumps([l.strip() for l in sys.stdin if l.strip()]))')
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":["%s"],"departments":%s,"iat":%d,"exp":%d,"jti":"%s"}' \
  "$issuer" "$subject" "$subject" "$role" "$departments" "$now" "$((now + 8 * 3600))" "$(cat /proc/sys/kernel/random/uuid)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
