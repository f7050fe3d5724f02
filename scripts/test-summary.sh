#!/usr/bin/env bash
# Prints the figure line of every check from the log of `make test`, the
# unit-test result last, so that the end of the output says what passed.
set -euo pipefail
log=$1
echo
echo "== make test: figures"
grep -E '^(reproducible|killed build|archive|examples|quality/install: ok|html|keyboard|axe|links|selftest): ' "$log" | awk '!seen[$0]++' || true
grep -E '^(fault safety|hostile input): ' "$log" || true
grep -E '^# (pass|fail) [0-9]+$' "$log" | paste -sd' ' - | sed 's/^/search (node --test Tests\/search): /' || true
grep -E "Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1
grep -E "Test run with [0-9]+ tests?" "$log" | tail -1
