#!/usr/bin/env bash
# Times "Suggest mappings" on Stripe's charge -> payment_intent and invoice -> subscription and on the reference
# order -> invoice, and prints a table. Target: the whole list in well under a second, off the FX thread.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl benchmarks -am install
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
java -Xmx2g -cp "$cp" -Dswitchboard.root="$root" "$@" io.switchboard.benchmarks.mapping.SuggestHarness
