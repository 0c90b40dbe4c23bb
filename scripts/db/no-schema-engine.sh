#!/bin/sh
# `prisma generate` only checks that a schema engine exists; it never runs it.
# Migrations go through scripts/db/cli.mjs (WebAssembly engine) instead.
echo "The native schema engine is not used here; run the npm db:* scripts." >&2
exit 1
