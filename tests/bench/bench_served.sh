#!/usr/bin/env bash
# Who issues, live: what reading the certificate in use costs a check. In one run, against a DNS world and the TLS
# world of its own (127.58.0.0/24 unless CAA_DNSWORLD_NET says otherwise), printing figures and ratios (never
# pass/fail), median of 7 warm runs each:
#   - caa-doctor-cli check NAME --no-served (the climb and the nameserver matrix),
#   - caa-doctor-cli check NAME (the same, and the certificate read over TLS once the CAA answers are in),
#   - one TLS handshake to the same server with openssl s_client (the peer tool: what "one handshake" costs),
#   - the difference between the two checks, in handshakes.
# Usage: tests/bench/bench_served.sh   (as root: the worlds listen on ports 53 and 443)
set -euo pipefail
cd "$(dirname "$0")/../.."
export CAA_DNSWORLD_NET=${CAA_DNSWORLD_NET:-127.58.0}
bash .ci/install-deps test >/dev/null
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAA_BUILD_GUI=OFF >/dev/null
cmake --build build-bench --target caa-doctor-cli >/dev/null
cli=./build-bench/app/cli/caa-doctor-cli
world=tests/dnsworld/world.sh
tls=$(mktemp -d)
trap 'bash $world stop >/dev/null 2>&1 || true; python3 tests/tools/tls_world.py stop "$tls"; rm -rf "$tls"' EXIT
bash $world start >/dev/null
python3 tests/tools/tls_world.py start "$CAA_DNSWORLD_NET" "$tls" >/dev/null
r=$CAA_DNSWORLD_NET.10
ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { # command... -> median of 7 runs in microseconds, after one warm-up
    "$@" >/dev/null 2>&1 || true
    for i in 1 2 3 4 5 6 7; do t=$(ns); "$@" >/dev/null 2>&1 || true; echo $((($(ns) - t) / 1000)); done | median
}
export CAA_DOCTOR_CA_FILE=$tls/roots.pem
for name in le.platform.test gts.platform.test; do
    octet=$([ $name = le.platform.test ] && echo 240 || echo 241)
    without=$(run $cli check $name --resolver "$r" --no-served)
    with=$(run $cli check $name --resolver "$r")
    handshake=$(run sh -c "openssl s_client -connect $CAA_DNSWORLD_NET.$octet:443 -servername $name </dev/null")
    awk -v n="$name" -v a="$without" -v b="$with" -v h="$handshake" 'BEGIN {
        printf "%s\n", n
        printf "  check --no-served                 %8.1f ms\n", a / 1000
        printf "  check (certificate read over TLS) %8.1f ms   %.2fx\n", b / 1000, b / a
        printf "  one handshake (openssl s_client)  %8.1f ms\n", h / 1000
        printf "  the certificate costs             %8.1f ms   = %.2f handshakes\n", (b - a) / 1000, (b - a) / h }'
done
