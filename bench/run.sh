#!/usr/bin/env bash
# The benchmark from a fresh clone: install into .venv (if needed: a regular install, the compiled
# build users run), then `statfacts bench`.
# Any options are passed on, e.g.  bench/run.sh --chars 2000000 --flat-chars 500000
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/statfacts ]; then
  python3 -m venv .venv
  .venv/bin/pip install -q -r requirements/test.txt && .venv/bin/pip install -q --no-deps .
fi
exec .venv/bin/statfacts bench "$@"
