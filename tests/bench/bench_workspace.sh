#!/usr/bin/env bash
# Zone-workspace benchmarks in the real window (offscreen), in one run, printing figures and ratios (never pass/fail):
#  1. open a generated 1,000,000-record zone: time to the interactive view (every name audited, the table painted),
#     the longest event-loop stall while loading, peak memory; beside the command line's lint of the same file and
#     kzonecheck (which only parses and checks it), for scale; then filter, sort and one edit re-checking every name;
#  2. a 10,000-name batch in the Batch tab through a DNS world's Unbound: names/s and the longest event-loop stall,
#     beside caa-doctor-cli batch on the same list.
# Usage: tests/bench/bench_workspace.sh [RECORDS] [NAMES]   (as root: the world listens on port 53)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-1000000}
names=${2:-10000}
export CAA_DNSWORLD_NET=${CAA_DNSWORLD_NET:-127.58.0}
bash .ci/install-deps test
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAA_BUILD_GUI=ON >/dev/null
cmake --build build-bench --target bench_workspace caa-doctor-cli >/dev/null
out=tests/bench/out; mkdir -p "$out"
zone=$out/bench-$n.zone
[ -s "$zone" ] || python3 tests/bench/gen_zone.py "$n" "$zone"
export QT_QPA_PLATFORM=offscreen

echo "== 1. Open a $n-record zone ($(($(stat -c %s "$zone") / 1048576)) MB) in the zone workspace (best of 3)"
best=""
for _ in 1 2 3; do
    run=$(./build-bench/tests/bench/bench_workspace zone "$zone" 2>/dev/null)
    ms=$(echo "$run" | sed -n 's/.*interactive in \([0-9]*\) ms.*/\1/p')
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; bestrun=$run; fi
done
echo "$bestrun" | sed 's/^/  /'
secs() { /usr/bin/time -f '%e' -o "$out/t" "$@" >/dev/null 2>&1 || true; tail -n 1 "$out/t"; }
lint=$(for _ in 1 2 3; do secs ./build-bench/app/cli/caa-doctor-cli lint --zone "$zone"; done | sort -n | head -1)
kz=$(for _ in 1 2 3; do secs kzonecheck -o bench.example "$zone"; done | sort -n | head -1)
awk -v a="$best" -v l="$lint" -v k="$kz" 'BEGIN {
    printf "  for scale: caa-doctor-cli lint %.2f s, kzonecheck %.2f s (parse and check only, no window, no audit);\n", l, k
    printf "  the window to interactive = %.2fx the lint, %.2fx kzonecheck\n", a / 1000 / l, a / 1000 / k }'

echo
echo "== 2. Batch of $names names in the Batch tab, through the world's Unbound"
world=tests/dnsworld/world.sh
trap 'bash $world stop >/dev/null 2>&1 || true' EXIT
bash $world start >/dev/null
r=$CAA_DNSWORLD_NET.10
python3 - "$names" "$out" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
zones = ["permit.test", "insecure.test", "nsec3.test", "wild.test", "dot.test", "deep.permit.test", "nope.test"]
with open(f"{out}/window-names-{n}.txt", "w") as f:  # every name once (the window drops repeated names)
    for i in range(n):
        f.write(f"h{i}.{zones[i % len(zones)]}\n")
PY
list=$out/window-names-$names.txt
./build-bench/app/cli/caa-doctor-cli batch "$list" --resolver "$r" >/dev/null || true # warm the cache
window=$(./build-bench/tests/bench/bench_workspace batch "$list" "$r" 2>/dev/null)
echo "$window" | sed 's/^/  /'
./build-bench/app/cli/caa-doctor-cli batch "$list" --resolver "$r" --stats >/dev/null 2>"$out/stats.json" || true
python3 - "$names" "$out" "$window" <<'PY'
import json, re, sys
n, out, window = int(sys.argv[1]), sys.argv[2], sys.argv[3]
stats = json.loads(open(f"{out}/stats.json").read().strip().splitlines()[-1])
cli = n / (stats["elapsed_ms"] / 1000)
ours = float(re.search(r"= (\d+) names/s", window).group(1))
print(f"  caa-doctor-cli batch: {cli:.0f} names/s; the window runs at {ours / cli:.2f}x the command line's rate")
PY
