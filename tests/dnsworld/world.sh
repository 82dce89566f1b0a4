#!/usr/bin/env bash
# CAA Doctor DNS test world: a fake, fully loopback DNS hierarchy (root, test., child zones,
# misbehaving servers and a validating Unbound) on NET.0/24, NET = $CAA_DNSWORLD_NET.
#
#   bash tests/dnsworld/world.sh start    # (re)start; last line: resolver=<NET>.10
#   bash tests/dnsworld/world.sh status   # one line per component; exit 0 only if all are up
#   bash tests/dnsworld/world.sh flush    # flush Unbound's caches for test. (+bogus, negative, infra)
#   bash tests/dnsworld/world.sh check    # run check_world.py against this world
#   bash tests/dnsworld/world.sh stop     # kill everything, remove the state directory
#
# Environment:
#   CAA_DNSWORLD_NET        address prefix, must be 127.X.Y (default 127.53.0)
#   CAA_DNSWORLD_DIR        state directory (default /tmp/caa-dnsworld-$CAA_DNSWORLD_NET)
#   CAA_DNSWORLD_DELAY_MS   delay of the slow.test relay at NET.26 (default 300)
#   CAA_DNSWORLD_TIMEOUT    seconds `start` waits for everything to answer (default 20)
#   CAA_DNSWORLD_PYTHON     python with dnspython (default /usr/bin/python3, Debian's)
#   CAA_DNSWORLD_NO_INSTALL set to 1 to never run apt-get
#
# See README.md beside this file for the address plan and the expected behaviour of every name.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NET=${CAA_DNSWORLD_NET:-127.53.0}
if ! [[ $NET =~ ^127\.([0-9]{1,3})\.([0-9]{1,3})$ ]] || ((BASH_REMATCH[1] > 255 || BASH_REMATCH[2] > 255)); then
    echo "world.sh: CAA_DNSWORLD_NET must be a loopback /24 prefix like 127.53.0 (got '$NET')" >&2
    exit 2
fi
DIR=${CAA_DNSWORLD_DIR:-/tmp/caa-dnsworld-$NET}
DIR=${DIR%/}
DELAY_MS=${CAA_DNSWORLD_DELAY_MS:-300}
TIMEOUT=${CAA_DNSWORLD_TIMEOUT:-20}
PY=${CAA_DNSWORLD_PYTHON:-/usr/bin/python3}
MARKER=.caa-dnsworld
[[ $DELAY_MS =~ ^[0-9]+$ ]] || { echo "world.sh: CAA_DNSWORLD_DELAY_MS must be a number of ms" >&2; exit 2; }
[[ $TIMEOUT =~ ^[0-9]+$ ]] || { echo "world.sh: CAA_DNSWORLD_TIMEOUT must be a number of seconds" >&2; exit 2; }
export PATH="$PATH:/usr/sbin:/sbin"

# Zones on knot-auth (NET.3 + NET.4)
SIGNED_ZONES="permit.test dot.test wild.test cname.test target.test dname.test big.test bogus.test"
NSEC3_ZONES="nsec3.test"
OFFLINE_ZONES="expired.test"          # signed by kzonesign in the past, served unsigned-mode
UNSIGNED_ZONES="insecure.test slow.test split.test fixed.test doubled.test platform.test"
# badns.py servers: octet behaviour zone
BAD_SERVERS="20:servfail:servfail.test 21:refused:refused.test 22:notimp:notimp.test 23:silent:silent.test 24:tc:tc.test 25:nosoa:nosoa.test"
COMPONENTS="knot-root knot-tld knot-auth badns unbound"

log() { printf 'world.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# ---------------------------------------------------------------- packages
ensure_packages() {
    [[ ${CAA_DNSWORLD_NO_INSTALL:-0} == 1 ]] && return 0
    local need=() p
    for p in knot knot-dnsutils knot-dnssecutils unbound python3-dnspython; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
    done
    ((${#need[@]} == 0)) && return 0
    [[ $EUID -eq 0 ]] || die "missing packages (${need[*]}) and not root: apt-get install ${need[*]}"
    log "installing ${need[*]}"
    # Debian's knot and unbound packages would start their own daemons: forbid it.
    local prc=/usr/sbin/policy-rc.d made_prc=0
    if [[ ! -e $prc ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$prc"
        chmod 755 "$prc"
        made_prc=1
    fi
    local rc=0
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; } >&2 || rc=$?
    ((made_prc)) && rm -f "$prc"
    ((rc == 0)) || die "apt-get failed ($rc)"
}

# ---------------------------------------------------------------- processes
# Our processes are recognised by their command line containing "$DIR/" (every one of them
# is started with a config/pid file path inside the state directory).
ours() { # pid
    local pid=$1
    [[ -r /proc/$pid/cmdline ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$DIR/"
}

world_pids() { # all live pids of this world: pid files first, then a /proc scan as fallback
    local f pid seen=" "
    for f in "$DIR"/knot-*/knot.pid "$DIR"/badns/badns.pid "$DIR"/unbound/unbound.pid; do
        [[ -s $f ]] || continue
        pid=$(tr -dc '0-9' <"$f")
        [[ -n $pid ]] && ours "$pid" && [[ $seen != *" $pid "* ]] && seen+="$pid "
    done
    for f in /proc/[0-9]*; do
        pid=${f#/proc/}
        [[ $pid == "$$" || $seen == *" $pid "* ]] && continue
        local exe
        exe=$(readlink "$f/exe" 2>/dev/null) || continue
        case ${exe##*/} in knotd | unbound | python3*) ;; *) continue ;; esac
        ours "$pid" && seen+="$pid "
    done
    seen=${seen# }
    echo "${seen% }"
}

running() { # pid: alive and not a zombie (the sandbox's init may reap late)
    local st
    st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n $st && $st != Z && $st != X ]]
}

kill_world() {
    local pids pid i
    pids=$(world_pids)
    [[ -z $pids ]] && return 0
    for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    for ((i = 0; i < 50; i++)); do
        local alive=""
        for pid in $pids; do running "$pid" && alive+="$pid "; done
        [[ -z $alive ]] && return 0
        sleep 0.1
    done
    for pid in $alive; do
        log "pid $pid did not exit on SIGTERM, killing"
        kill -KILL "$pid" 2>/dev/null || true
    done
}

remove_state() {
    [[ -d $DIR ]] || return 0
    if [[ -e $DIR/$MARKER ]]; then
        rm -rf -- "$DIR"
    else
        log "not removing $DIR: it has no $MARKER marker (not a world state directory)"
    fi
}

# ---------------------------------------------------------------- rendering
subst() { # template out [KEY=VALUE...]   replaces @KEY@
    local in=$1 out=$2
    shift 2
    local args=() kv
    for kv in "$@"; do
        local k=${kv%%=*} v=${kv#*=}
        v=${v//\\/\\\\}
        v=${v//&/\\&}
        v=${v//|/\\|}
        v=${v//$'\n'/\\n}
        args+=(-e "s|@$k@|$v|g")
    done
    sed "${args[@]}" "$in" >"$out"
}

zone_section() { # name file policy|"" ...   (one zone: item)
    printf '  - domain: "%s"\n    file: "%s"\n' "$1" "$2"
    if [[ -n $3 ]]; then printf '    dnssec-signing: on\n    dnssec-policy: %s\n' "$3"; fi
}

render_knot() { # instance listen zones-text
    local inst=$1 listen=$2 zones=$3 rundir=$DIR/$1
    mkdir -p "$rundir"
    subst "$HERE/knot.conf.in" "$rundir/knot.conf.tmp" INSTANCE="$inst" RUNDIR="$rundir" \
        LISTEN="$listen" ZONEDIR="$DIR/zones"
    { while IFS= read -r line; do
        if [[ $line == "@ZONES@" ]]; then printf 'zone:\n%s\n' "$zones"; else printf '%s\n' "$line"; fi
    done <"$rundir/knot.conf.tmp"; } >"$rundir/knot.conf"
    rm -f "$rundir/knot.conf.tmp"
}

gen_key() { # instance zone [timestamps...]
    local inst=$1 zone=$2
    shift 2
    keymgr -c "$DIR/$inst/knot.conf" "$zone" generate algorithm=ecdsap256sha256 ksk=yes zsk=yes "$@" >/dev/null ||
        die "keymgr generate failed for $zone ($inst)"
}

prepare() {
    mkdir -p "$DIR"/{zones,unbound,badns}
    touch "$DIR/$MARKER"
    printf '%s\n' "$NET" >"$DIR/net"

    local f
    for f in "$HERE"/zones/*.zone; do
        subst "$f" "$DIR/zones/${f##*/}" NET="$NET"
    done

    # knot instances
    local z zones=""
    render_knot knot-root "$NET.1@53" "$(zone_section . root.zone ecdsa)"
    render_knot knot-tld "$NET.2@53" "$(zone_section test. test.zone ecdsa)"
    for z in $SIGNED_ZONES; do zones+=$(zone_section "$z." "$z.zone" ecdsa)$'\n'; done
    for z in $NSEC3_ZONES; do zones+=$(zone_section "$z." "$z.zone" ecdsa-nsec3)$'\n'; done
    for z in $OFFLINE_ZONES $UNSIGNED_ZONES; do zones+=$(zone_section "$z." "$z.zone" "")$'\n'; done
    render_knot knot-auth "$NET.3@53, $NET.4@53" "$zones"
    zones=""
    for z in $OFFLINE_ZONES; do zones+=$(zone_section "$z." "$z.zone" ecdsa)$'\n'; done
    render_knot knot-sign "" "$zones"
    sed -i '/^    listen: \[  \]$/d' "$DIR/knot-sign/knot.conf"

    # keys (one ECDSA P-256 CSK per zone) and DS records into the parents
    gen_key knot-root .
    gen_key knot-tld test.
    for z in $SIGNED_ZONES $NSEC3_ZONES; do gen_key knot-auth "$z."; done
    local past_ts
    for z in $OFFLINE_ZONES; do
        gen_key knot-sign "$z." created=-60d publish=-60d ready=-60d active=-60d
        past_ts=$(($(date +%s) - 30 * 86400))
        # signs as if it were 30 days ago: RRSIG lifetime 14 days -> expired 16 days ago
        kzonesign -c "$DIR/knot-sign/knot.conf" -t "$past_ts" -o "$DIR/zones.signed" "$z." >"$DIR/knot-sign/kzonesign.log" 2>&1 ||
            { cat "$DIR/knot-sign/kzonesign.log" >&2; die "kzonesign failed for $z"; }
    done
    [[ -z $OFFLINE_ZONES ]] || for z in $OFFLINE_ZONES; do
        mv -f "$DIR/zones.signed/$z.zone" "$DIR/zones/$z.zone"
    done
    rmdir "$DIR/zones.signed" 2>/dev/null || true

    {
        echo "; ---- DS records (SHA-256) generated by world.sh ----"
        for z in $SIGNED_ZONES $NSEC3_ZONES; do
            [[ $z == bogus.test ]] && continue
            keymgr -c "$DIR/knot-auth/knot.conf" "$z." ds | awk '$2 == "DS" && $5 == 2'
        done
        for z in $OFFLINE_ZONES; do
            keymgr -c "$DIR/knot-sign/knot.conf" "$z." ds | awk '$2 == "DS" && $5 == 2'
        done
        # bogus.test: right key tag and algorithm, wrong digest (bytes of the real one reversed)
        keymgr -c "$DIR/knot-auth/knot.conf" bogus.test. ds | awk '$2 == "DS" && $5 == 2 {
            d = ""; for (i = length($6); i > 0; i -= 2) d = d substr($6, i - 1, 2);
            print $1, $2, $3, $4, $5, d, "; deliberately WRONG" }'
    } >>"$DIR/zones/test.zone"
    keymgr -c "$DIR/knot-tld/knot.conf" test. ds | awk '$2 == "DS" && $5 == 2' >>"$DIR/zones/root.zone"
    [[ $(awk '$1 !~ /^;/ && $2 == "DS"' "$DIR/zones/root.zone" | wc -l) -eq 1 && $(awk '$1 !~ /^;/ && $2 == "DS"' "$DIR/zones/test.zone" | wc -l) -eq 10 ]] ||
        die "DS records were not generated"

    # unbound: trust anchor = the fake root's KSK, root hints = NET.1
    keymgr -c "$DIR/knot-root/knot.conf" . dnskey >"$DIR/unbound/root.key"
    grep -q DNSKEY "$DIR/unbound/root.key" || die "could not export the root DNSKEY"
    printf '.  3600000 IN NS ns.root.\nns.root. 3600000 IN A %s.1\n' "$NET" >"$DIR/unbound/root.hints"
    # time-outs: see unbound.conf.in and README.md
    local opt optional="" maxrtt=$((DELAY_MS * 3)) unknown=$((DELAY_MS + 300))
    ((maxrtt >= 1000)) || maxrtt=1000
    ((unknown >= 376)) || unknown=376
    for opt in "ede: yes" "ede-serve-expired: yes" "discard-timeout: 0"; do
        printf 'server:\n    username: ""\n    chroot: ""\n    %s\n' "$opt" >"$DIR/unbound/probe.conf"
        if unbound-checkconf "$DIR/unbound/probe.conf" >/dev/null 2>&1; then
            optional+="    $opt"$'\n'
        else
            log "this unbound does not know '$opt': left out"
        fi
    done
    rm -f "$DIR/unbound/probe.conf"
    subst "$HERE/unbound.conf.in" "$DIR/unbound/unbound.conf" NET="$NET" DIR="$DIR/unbound" \
        MAXRTT="$maxrtt" UNKNOWN="$unknown" OPTIONAL="${optional%$'\n'}"
    unbound-checkconf "$DIR/unbound/unbound.conf" >/dev/null || die "unbound.conf rejected"
}

# ---------------------------------------------------------------- start / readiness
port53_busy() { # addr -> prints the listener if something not ours holds addr:53 (or *:53)
    command -v ss >/dev/null || return 0
    ss -Hlnup 2>/dev/null | awk -v a="$1:53" '$4 == a || $4 == "0.0.0.0:53" || $4 == "*:53"'
    ss -Hlntp 2>/dev/null | awk -v a="$1:53" '$4 == a || $4 == "0.0.0.0:53" || $4 == "*:53"'
}

launch() {
    local inst
    for inst in knot-root knot-tld knot-auth; do
        knotd -c "$DIR/$inst/knot.conf" -d </dev/null >>"$DIR/$inst/knotd.stderr" 2>&1 9>&- ||
            fail "$inst" "knotd -d exited with an error"
    done
    local args=() spec o b z
    for spec in $BAD_SERVERS; do
        IFS=: read -r o b z <<<"$spec"
        args+=(--server "$NET.$o" "$b" "$z." "$DIR/zones/$z.zone")
    done
    args+=(--server "$NET.27" normal split.test. "$DIR/zones/split.test.stale.zone")
    args+=(--relay "$NET.26" "$NET.3" "$DELAY_MS")
    args+=(--server "$NET.29" servfail-apex hiccup. "$DIR/zones/hiccup.zone") # a TLD whose servers fail CAA
    args+=(--caa-failing-resolver "$NET.11" "$NET.10") # a home router: SERVFAIL for type 257, the rest forwarded
    args+=(--hostile "$NET.30") # crafted broken answers, asked directly by the client's bad-input tests
    setsid "$PY" "$HERE/badns.py" --pidfile "$DIR/badns/badns.pid" "${args[@]}" \
        </dev/null >>"$DIR/badns/badns.log" 2>&1 9>&- &
    unbound -c "$DIR/unbound/unbound.conf" </dev/null >>"$DIR/unbound/unbound.stderr" 2>&1 9>&- ||
        fail unbound "unbound exited with an error"
}

fail() { # component message
    local c=$1 f files
    log "FAILED: $c: $2"
    case $c in
    knot-*) files="$DIR/$c/knotd.log $DIR/$c/knotd.stderr" ;;
    badns) files="$DIR/badns/badns.log" ;;
    unbound) files="$DIR/unbound/unbound.log $DIR/unbound/unbound.stderr" ;;
    *) files="" ;;
    esac
    for f in $files; do
        if [[ -s $f ]]; then
            echo "----- tail of $f -----" >&2
            tail -n 30 "$f" >&2
        fi
    done
    kill_world
    log "processes stopped; state kept in $DIR for inspection ('world.sh stop' removes it)"
    exit 1
}

# kdig one question; prints the full answer (empty on timeout)
dig1() { # server name type [extra kdig options...]
    local s=$1 n=$2 t=$3
    shift 3
    kdig @"$s" "$n" "$t" +time=1 +retry=0 +norecurse "$@" 2>/dev/null || true
}

# readiness checks: "component|server|name|type|needs-RRSIG(0/1)|recursive(0/1)"
checks() {
    local z
    echo "knot-root|$NET.1|.|SOA|1|0"
    echo "knot-tld|$NET.2|test.|SOA|1|0"
    for z in $SIGNED_ZONES $NSEC3_ZONES; do
        echo "knot-auth|$NET.3|$z.|SOA|1|0"
        echo "knot-auth|$NET.4|$z.|SOA|1|0"
    done
    for z in $OFFLINE_ZONES; do echo "knot-auth|$NET.3|$z.|SOA|1|0"; done
    for z in $UNSIGNED_ZONES; do echo "knot-auth|$NET.3|$z.|SOA|0|0"; done
    local spec o b
    for spec in $BAD_SERVERS; do
        IFS=: read -r o b z <<<"$spec"
        echo "badns|$NET.$o|$z.|SOA|0|0"
    done
    echo "badns|$NET.27|split.test.|SOA|0|0"
    echo "badns|$NET.26|slow.test.|SOA|0|0"
    echo "badns|$NET.29|hiccup.|SOA|0|0"
}

check_ok() { # server name type rrsig recursive
    local out
    if [[ $5 == 1 ]]; then
        out=$(kdig @"$1" "$2" "$3" +time=2 +retry=0 +dnssec 2>/dev/null || true)
        grep -q 'status: NOERROR' <<<"$out" && grep -qE 'Flags: qr rd ra ad' <<<"$out"
        return
    fi
    local opts=()
    [[ $4 == 1 ]] && opts+=(+dnssec)
    out=$(dig1 "$1" "$2" "$3" "${opts[@]}")
    grep -q 'status: NOERROR' <<<"$out" && grep -qE 'Flags: qr aa' <<<"$out" || return 1
    [[ $4 == 0 ]] || grep -qE "RRSIG[[:space:]]+$3" <<<"$out"
}

wait_ready() {
    local deadline=$((SECONDS + TIMEOUT)) pending line c s n t r x left
    mapfile -t pending < <(checks)
    while :; do
        left=()
        for line in "${pending[@]}"; do
            IFS='|' read -r c s n t r x <<<"$line"
            check_ok "$s" "$n" "$t" "$r" "$x" || left+=("$line")
        done
        pending=("${left[@]}")
        # processes must still be alive
        local inst
        for inst in knot-root knot-tld knot-auth; do
            pid_alive "$DIR/$inst/knot.pid" || [[ ! -e $DIR/$inst/started ]] || fail "$inst" "knotd died"
        done
        ((${#pending[@]} == 0)) && break
        if ((SECONDS >= deadline)); then
            IFS='|' read -r c s n t r x <<<"${pending[0]}"
            fail "$c" "no answer from $s for $n $t within ${TIMEOUT}s (${#pending[@]} checks pending)"
        fi
        sleep 0.2
    done
    # the authoritative side is complete: now the resolver must validate through the chain
    while :; do
        if check_ok "$NET.10" permit.test. SOA 1 1; then break; fi
        if ((SECONDS >= deadline)); then
            fail unbound "resolver $NET.10 did not return a validated (AD) answer for permit.test SOA within ${TIMEOUT}s"
        fi
        sleep 0.2
    done
}

pid_alive() { # pidfile
    local pid
    [[ -s $1 ]] || return 1
    pid=$(tr -dc '0-9' <"$1")
    [[ -n $pid ]] && running "$pid" && ours "$pid"
}

cmd_start() {
    local t0
    t0=$(date +%s.%N)
    ensure_packages
    cmd_stop quiet
    local tool
    for tool in knotd kdig keymgr kzonesign unbound unbound-control unbound-checkconf; do
        command -v "$tool" >/dev/null || die "$tool not found"
    done
    "$PY" -c 'import dns.message' 2>/dev/null || die "$PY cannot import dnspython"
    local o busy=""
    for o in 1 2 3 4 10 20 21 22 23 24 25 26 27; do
        busy+=$(port53_busy "$NET.$o")
    done
    [[ -z $busy ]] || die "port 53 already in use on $NET.0/24 (or on a wildcard address):"$'\n'"$busy"
    prepare
    local inst
    for inst in knot-root knot-tld knot-auth; do touch "$DIR/$inst/started"; done
    launch
    local bp=""
    for ((o = 0; o < 50; o++)); do
        pid_alive "$DIR/badns/badns.pid" && bp=1 && break
        sleep 0.1
    done
    [[ -n $bp ]] || fail badns "badns.py did not start"
    wait_ready
    printf '%s\n' "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')" >"$DIR/startup-seconds"
    log "world $NET up in $(cat "$DIR/startup-seconds") s (state in $DIR)"
    echo "resolver=$NET.10"
}

cmd_stop() {
    kill_world
    remove_state
    [[ ${1:-} == quiet ]] || log "world $NET stopped"
}

cmd_status() {
    local ok=0 inst pid f up=" "
    if [[ ! -e $DIR/$MARKER ]]; then
        echo "world $NET: not running (no state in $DIR)"
        return 3
    fi
    for inst in $COMPONENTS; do
        case $inst in
        knot-*) f=$DIR/$inst/knot.pid ;;
        badns) f=$DIR/badns/badns.pid ;;
        unbound) f=$DIR/unbound/unbound.pid ;;
        esac
        if pid_alive "$f"; then
            pid=$(tr -dc '0-9' <"$f")
            echo "$inst: running pid=$pid rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")kB"
            up+="$inst "
        else
            echo "$inst: NOT running"
            ok=1
        fi
    done
    local c s n t r x
    while IFS='|' read -r c s n t r x; do
        [[ $up == *" $c "* ]] || continue
        check_ok "$s" "$n" "$t" "$r" "$x" || { echo "$c: $s does not answer $n $t correctly"; ok=1; }
    done < <(checks; echo "unbound|$NET.10|permit.test.|SOA|1|1")
    local total=0
    for pid in $(world_pids); do
        total=$((total + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
    done
    echo "total-rss=${total}kB"
    [[ -s $DIR/startup-seconds ]] && echo "startup-seconds=$(cat "$DIR/startup-seconds")"
    if ((ok == 0)); then
        echo "world $NET: up"
        echo "resolver=$NET.10"
    else
        echo "world $NET: DEGRADED or stopped"
    fi
    return $ok
}

cmd_flush() {
    [[ -e $DIR/unbound/unbound.conf ]] || die "world $NET is not running"
    local c=(unbound-control -c "$DIR/unbound/unbound.conf")
    "${c[@]}" flush_zone test. >/dev/null
    "${c[@]}" flush_bogus >/dev/null
    "${c[@]}" flush_negative >/dev/null
    "${c[@]}" flush_infra all >/dev/null
    "${c[@]}" flush_requestlist >/dev/null
    log "unbound caches flushed (test. zone, bogus, negative, infra)"
}

# Loads another version of a knot-served unsigned zone (tests that change a zone under a resolver's cache).
cmd_load() { # zone template
    local zone=$1 template=$2
    [[ -n $zone && -r $template ]] || die "usage: $0 load ZONE TEMPLATE.zone"
    [[ " $UNSIGNED_ZONES " == *" $zone "* ]] || die "$zone is not an unsigned zone of knot-auth"
    [[ -e $DIR/knot-auth/knot.conf ]] || die "world $NET is not running"
    sed "s/@NET@/$NET/g" "$template" >"$DIR/zones/$zone.zone.tmp" && mv -f "$DIR/zones/$zone.zone.tmp" "$DIR/zones/$zone.zone"
    knotc -c "$DIR/knot-auth/knot.conf" zone-reload "$zone." >/dev/null || die "knotc zone-reload $zone failed"
    local serial want
    want=$(awk '$3 == "SOA" || $4 == "SOA" {for (i = 1; i <= NF; i++) if ($i == "SOA") {print $(i + 3); exit}}' \
        "$DIR/zones/$zone.zone")
    for _ in $(seq 50); do # the reload is asynchronous: wait until both addresses serve the new serial
        serial=$(kdig @"$NET.3" "$zone." SOA +short +norecurse +time=1 2>/dev/null | awk '{print $3}')
        [[ $serial == "$want" && $(kdig @"$NET.4" "$zone." SOA +short +norecurse +time=1 2>/dev/null | awk '{print $3}') == "$want" ]] && break
        sleep 0.1
    done
    [[ $serial == "$want" ]] || die "$zone still serves serial $serial, not $want"
    log "$zone: loaded $(basename "$template") (serial $want)"
}

lock() { # serialise start/stop of the same world (the lock file lives beside the state dir)
    mkdir -p "$(dirname "$DIR")"
    exec 9>"$DIR.lock"
    flock -w 60 9 || die "another world.sh is still busy with $DIR (lock $DIR.lock)"
}

case ${1:-} in
start) lock; cmd_start ;;
stop) lock; cmd_stop ;;
status) cmd_status ;;
flush) cmd_flush ;;
load) shift; cmd_load "$@" ;;
check)
    shift
    exec "$PY" "$HERE/check_world.py" --net "$NET" --dir "$DIR" "$@"
    ;;
*)
    echo "usage: $0 start|stop|status|flush|check|load ZONE TEMPLATE" >&2
    exit 2
    ;;
esac
