#!/usr/bin/env bash
# Live-DNS benchmarks against a DNS world of their own (127.57.0.0/24 unless CAA_DNSWORLD_NET says otherwise), in one
# run, printing figures and ratios (never pass/fail):
#  1. latency behind an authoritative server that delays every answer by 300 ms: a cold check of a.b.c.d.slow.test
#     (6 names), the climb alone and the whole check with its nameserver matrix, against one uncached query, a serial
#     climb of the same names, and the questions the matrix asks put one after another (a serial matrix);
#  2. a 10,000-name batch through the local Unbound: names/s, DNS queries/s, peak memory and the longest event-loop
#     stall of caa-doctor-cli batch, beside dig -f (one query per name) and dnsperf on the same query mix; memory with
#     40,000 names to show it does not grow with the input.
# (The certificate in use is not read here: tests/bench/bench_served.sh measures what it costs.)
# Usage: tests/bench/bench_dns.sh [NAMES]   (as root: the world listens on port 53)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
export CAA_DNSWORLD_NET=${CAA_DNSWORLD_NET:-127.57.0}
export CAA_DNSWORLD_DELAY_MS=300
bash .ci/install-deps test
for tool in dnsperf dig; do
    command -v $tool >/dev/null || { apt-get update -qq; apt-get install -y -qq --no-install-recommends dnsperf bind9-dnsutils; }
done
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAA_BUILD_GUI=OFF >/dev/null
cmake --build build-bench --target caa-doctor-cli >/dev/null
cli=./build-bench/app/cli/caa-doctor-cli
out=tests/bench/out; mkdir -p "$out"
world=tests/dnsworld/world.sh
trap 'bash $world stop >/dev/null 2>&1 || true' EXIT
bash $world start >/dev/null
r=$CAA_DNSWORLD_NET.10
ms() { date +%s%3N; }

echo "== 1. Climb latency, authoritative answers delayed 300 ms (best of 3 cold runs each)"
names=(a.b.c.d.slow.test b.c.d.slow.test c.d.slow.test d.slow.test slow.test test)
best() { sort -n | head -1; }
single=$(for i in 1 2 3; do bash $world flush >/dev/null 2>&1; t=$(ms); dig +tries=1 +time=5 @"$r" CAA a.b.c.d.slow.test >/dev/null; echo $(($(ms) - t)); done | best)
parallel=$(for i in 1 2 3; do bash $world flush >/dev/null 2>&1; t=$(ms); $cli check a.b.c.d.slow.test --resolver "$r" --no-matrix --no-served >/dev/null || true; echo $(($(ms) - t)); done | best)
whole=$(for i in 1 2 3; do bash $world flush >/dev/null 2>&1; t=$(ms); $cli check a.b.c.d.slow.test --resolver "$r" --no-served >/dev/null || true; echo $(($(ms) - t)); done | best)
serial=$(for i in 1 2 3; do bash $world flush >/dev/null 2>&1; t=$(ms); for q in "${names[@]}"; do dig +tries=1 +time=5 @"$r" CAA "$q" >/dev/null; done; echo $(($(ms) - t)); done | best)
# The matrix's own questions one after another, as its phases asked them before: the zone (SOA), its nameservers
# (NS), their address (A), then each server's SOA and the CAA of each name over UDP and TCP.
slowns=$CAA_DNSWORLD_NET.26
serialmatrix=$(for i in 1 2 3; do bash $world flush >/dev/null 2>&1; t=$(ms)
    dig +tries=1 +time=5 @"$r" SOA a.b.c.d.slow.test >/dev/null; dig +tries=1 +time=5 @"$r" NS slow.test >/dev/null
    dig +tries=1 +time=5 @"$r" A ns.slow.test >/dev/null; dig +tries=1 +time=5 +norec @"$slowns" SOA slow.test >/dev/null
    for q in "${names[@]:0:5}"; do dig +tries=1 +time=5 +norec @"$slowns" CAA "$q" >/dev/null; dig +tries=1 +time=5 +norec +tcp @"$slowns" CAA "$q" >/dev/null; done
    echo $(($(ms) - t)); done | best)
awk -v s="$single" -v p="$parallel" -v w="$whole" -v q="$serial" -v m="$serialmatrix" 'BEGIN {
    printf "  one uncached query (dig)                     %6d ms   1.00x\n", s
    printf "  caa-doctor-cli check --no-matrix (6 names)   %6d ms   %.2fx of one query\n", p, p / s
    printf "  caa-doctor-cli check, with the matrix        %6d ms   %.2fx of one query\n", w, w / s
    printf "  serial climb (dig, 6 names)                  %6d ms   %.2fx of one query\n", q, q / s
    printf "  serial climb + serial matrix (dig)           %6d ms   %.2fx of one query\n", q + m, (q + m) / s }'

echo
echo "== 2. Batch of $n names through the local Unbound (warm cache: every tool runs twice, the second run counts)"
python3 - "$n" "$out" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
zones = ["permit.test", "insecure.test", "nsec3.test", "wild.test", "dot.test", "deep.permit.test", "nope.test"]
existing = ["www.permit.test", "www.nsec3.test", "a.wild.test", "permit.test", "insecure.test", "wild.test"]
with open(f"{out}/names-{n}.txt", "w") as f, open(f"{out}/queries-{n}.txt", "w") as q:
    for i in range(n):
        name = existing[i % len(existing)] if i % 10 == 0 else f"h{i}.{zones[i % len(zones)]}"
        f.write(name + "\n"); q.write(f"{name} CAA\n")
with open(f"{out}/names-{4*n}.txt", "w") as f:  # a larger list for the memory check
    for i in range(4 * n):
        f.write(f"m{i}.{zones[i % len(zones)]}\n")
PY
timed() { # file for /usr/bin/time output, command...
    local tf=$1; shift
    /usr/bin/time -f '%e %M' -o "$tf" "$@"
}
$cli batch "$out/names-$n.txt" --resolver "$r" --no-matrix >/dev/null || true
timed "$out/t-ours" $cli batch "$out/names-$n.txt" --resolver "$r" --no-matrix --stats >/dev/null 2>"$out/stats.json" || true
# The default batch also asks every name's authoritative servers, as check does (each row says what check says).
timed "$out/t-matrix" $cli batch "$out/names-$n.txt" --resolver "$r" --stats >/dev/null 2>"$out/stats-matrix.json" || true
dig +tries=1 +time=2 @"$r" -f "$out/queries-$n.txt" >/dev/null || true
timed "$out/t-dig" dig +tries=1 +time=2 @"$r" -f "$out/queries-$n.txt" >/dev/null || true
dnsperf -s "$r" -d "$out/queries-$n.txt" -n 1 -c 8 -q 500 >/dev/null 2>&1 || true
dnsperf -s "$r" -d "$out/queries-$n.txt" -n 1 -c 8 -q 500 > "$out/dnsperf.txt" 2>&1 || true
timed "$out/t-ours4" $cli batch "$out/names-$((4 * n)).txt" --resolver "$r" --no-matrix >/dev/null || true
timed "$out/t-matrix4" $cli batch "$out/names-$((4 * n)).txt" --resolver "$r" >/dev/null || true
python3 - "$n" "$out" <<'PY'
import json, re, sys
n, out = int(sys.argv[1]), sys.argv[2]
def tm(name):
    s, kb = open(f"{out}/{name}").read().split()[-2:]
    return float(s), int(kb) / 1024
stats = json.loads(open(f"{out}/stats.json").read().strip().splitlines()[-1])
ours_s, ours_mb = tm("t-ours")
_, ours4_mb = tm("t-ours4")
dig_s, dig_mb = tm("t-dig")
perf = open(f"{out}/dnsperf.txt").read()
m = re.search(r"Queries per second:\s+([\d.]+)", perf)
dnsperf_qps = float(m.group(1)) if m else float("nan")
ours_qps = stats["queries"] / (stats["elapsed_ms"] / 1000)
dig_qps = n / dig_s
print(f"  caa-doctor-cli batch --no-matrix {n / (stats['elapsed_ms'] / 1000):9.0f} names/s {ours_qps:9.0f} queries/s "
      f"({stats['queries']} queries) peak {ours_mb:6.1f} MB, {ours4_mb:.1f} MB with {4 * n} names; "
      f"longest event-loop stall {stats['max_stall_ms']} ms")
sm = json.loads(open(f"{out}/stats-matrix.json").read().strip().splitlines()[-1])
_, m_mb = tm("t-matrix")
_, m4_mb = tm("t-matrix4")
mq = sm["queries"] + sm["nameserver_queries"]
print(f"  caa-doctor-cli batch (matrix)  {n / (sm['elapsed_ms'] / 1000):9.0f} names/s {mq / (sm['elapsed_ms'] / 1000):9.0f} "
      f"queries/s ({sm['queries']} to the resolver, {sm['nameserver_queries']} to the servers) peak {m_mb:6.1f} MB, "
      f"{m4_mb:.1f} MB with {4 * n} names; longest stall {sm['max_stall_ms']} ms")
print(f"  dig -f                {n / dig_s:9.0f} names/s {dig_qps:9.0f} queries/s peak {dig_mb:6.1f} MB")
print(f"  dnsperf (-c 8)                          {dnsperf_qps:9.0f} queries/s")
print(f"  queries/s ratios: caa-doctor-cli / dig -f = {ours_qps / dig_qps:.1f}x, "
      f"caa-doctor-cli / dnsperf = {100 * ours_qps / dnsperf_qps:.0f} %")
PY
