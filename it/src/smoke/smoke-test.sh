#!/usr/bin/env bash
# Smoke test for a running Support Center (docs/operations.md): readiness, the login page and a public search.
# Usage: bash smoke-test.sh https://support.example.com
# Exit code 0 when all three answer as they should; 1 with the failed checks listed otherwise; 2 on wrong usage.
set -uo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: $0 <base address of the portal, such as https://support.example.com>" >&2
    exit 2
fi
base=${1%/}
failed=0

# check <name> <path> <expected status> <text the body must contain>
check() {
    local name=$1 path=$2 expected=$3 text=$4 body status
    body=$(mktemp)
    status=$(curl -sS -o "$body" -w '%{http_code}' --max-time 20 "$base$path" 2>/dev/null || echo "no answer")
    if [ "$status" = "$expected" ] && grep -q -- "$text" "$body"; then
        echo "ok      $name ($path: HTTP $status)"
    else
        echo "FAILED  $name ($path: HTTP $status, expected $expected with \"$text\")"
        failed=1
    fi
    rm -f "$body"
}

check "ready"        "/health/ready"    200 '"status":"UP"'
check "login page"   "/login"           200 'id="login:email"'
check "public search" "/help?q=password" 200 'id="search-results"'

if [ "$failed" -ne 0 ]; then
    echo "Support Center at $base: smoke test FAILED" >&2
    exit 1
fi
echo "Support Center at $base: smoke test passed"
