#!/usr/bin/env bash
# Lints every real spec of ../shared/data/openapi/ (or the packed copies in the contract tests) with Spectral 6
# (spectral:oas) and with `switchboard lint`, then prints per spec Spectral's count, ours, how many match (same rule,
# line within one), recall and precision, with the time and peak memory of both. Spectral is installed with npm into
# benchmarks/target/spectral on first use (a few minutes; it needs the npm registry). Spectral takes minutes and
# about 2.5 GB on GitHub's spec.
#   --fixtures   also write Spectral's findings to contract/src/test/resources/spectral/ (RealSpecsTest reads them)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
fixtures=-
[ "${1:-}" = "--fixtures" ] && fixtures="$root/contract/src/test/resources/spectral"
specs=(petstore-oai.yaml petstore-v3-swagger.yaml box-openapi.json stripe-spec3.json github-api.github.com.yaml
  github-api.github.com.json)
out="$root/benchmarks/target/lint-agreement"
spectral="$root/benchmarks/target/spectral"
mkdir -p "$out" "$spectral"
if [ ! -x "$spectral/node_modules/.bin/spectral" ]; then
  (cd "$spectral" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts @stoplight/spectral-cli@6 >/dev/null)
fi
echo 'extends: ["spectral:oas"]' > "$out/.spectral.yaml"
mvn -B -q -DskipTests -pl benchmarks -am install
./switchboard --version >/dev/null

printf '%-30s %12s %10s %12s %10s\n' spec "Spectral s" "MB" "ours s" "MB" > "$out/times.txt"
for spec in "${specs[@]}"; do
  file="$root/../shared/data/openapi/$spec"
  if [ ! -f "$file" ]; then
    file="$out/$spec"
    gunzip -c "$root/contract/src/test/resources/openapi/real/$spec.gz" > "$file"
  fi
  /usr/bin/time -f '%e %M' -o "$out/time-spectral" node --max-old-space-size=6000 \
    "$spectral/node_modules/.bin/spectral" lint -r "$out/.spectral.yaml" -f json -o "$out/spectral-$spec.json" \
    "$file" >/dev/null 2>&1 || true
  /usr/bin/time -f '%e %M' -o "$out/time-ours" ./switchboard lint --format json "$file" > "$out/ours-$spec.json" \
    2>/dev/null || true
  # time writes "Command exited with non-zero status 1" first when a linter reports errors: its figures are last.
  read -r s_time s_kb < <(tail -1 "$out/time-spectral")
  read -r o_time o_kb < <(tail -1 "$out/time-ours")
  printf '%-30s %12s %10d %12s %10d\n' "$spec" "$s_time" $((s_kb / 1024)) "$o_time" $((o_kb / 1024)) >> "$out/times.txt"
done

java -cp "$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")" \
  io.switchboard.benchmarks.lint.LintAgreement "$out" "$fixtures" "${specs[@]}"
echo
cat "$out/times.txt"
