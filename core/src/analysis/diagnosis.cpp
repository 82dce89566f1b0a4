#include "caa/diagnosis.h"

#include "authoritativeview.h"
#include "recordrules.h"

namespace caa {

namespace {

Finding makeNote(const char* code, Severity severity, int node = -1)
{
    Finding f;
    f.code = QString::fromLatin1(code);
    f.severity = severity;
    f.node = node;
    return f;
}

void sortFindings(Verdict& v)
{
    std::stable_sort(v.findings.begin(), v.findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
}

// The node up to which a verdict read the climb: the relevant one, the failing one, or the last.
int decidingNode(const Climb& c, const Verdict& v)
{
    if (v.relevantNode >= 0)
        return v.relevantNode;
    for (int i = 0; i < c.nodes.size(); ++i) {
        if (c.nodes[i].isFailure() || c.nodes[i].status == LookupStatus::Unavailable)
            return i;
    }
    return int(c.nodes.size()) - 1;
}

QStringList setOf(const LookupResult& n)
{
    QStringList parts;
    for (const CaaResourceRecord& r : n.records)
        parts.append(r.rdata.toPresentation());
    parts.sort();
    if (parts.isEmpty())
        parts.append(QStringLiteral("(no CAA)"));
    return parts;
}

quint32 largestTtl(const LookupResult& n)
{
    quint32 ttl = n.negativeTtl;
    for (const CaaResourceRecord& r : n.records)
        ttl = std::max(ttl, r.ttl);
    return ttl;
}

// The cache-ttl note with the TTLs the servers publish (a resolver only tells how long its own copy has left).
void useServerTtls(Verdict& v, const Climb& auth)
{
    for (Finding& f : v.findings) {
        if (f.code != QLatin1String(code::CacheTtl) || f.node < 0 || f.node >= auth.nodes.size())
            continue;
        const LookupResult& relevant = auth.nodes[f.node];
        if (relevant.status != LookupStatus::Records)
            continue;
        if (!relevant.aliases.isEmpty())
            continue; // the alias target's TTL, which the matrix does not ask: see labelCacheTime()
        quint32 positive = 0, negative = 0;
        for (const CaaResourceRecord& r : relevant.records)
            positive = std::max(positive, r.ttl);
        for (int i = 0; i < f.node; ++i)
            negative = std::max(negative, auth.nodes[i].negativeTtl);
        f.args.insert(QStringLiteral("positiveTtl"), qint64(positive));
        f.args.insert(QStringLiteral("negativeTtl"), qint64(negative));
        f.args.insert(QStringLiteral("ttlSource"), QStringLiteral("authoritative"));
    }
}

// The person's resolver failed the CAA lookup of climb node `failed` (resolver-fails-caa).
Finding resolverFailsNote(const Diagnosis& d, int failed, Severity severity)
{
    Finding f = makeNote(code::ResolverFailsCaa, severity, failed);
    f.args.insert(QStringLiteral("resolver"), d.sourceDetails.join(QStringLiteral(", ")));
    f.args.insert(QStringLiteral("name"), d.climb.nodes.value(failed).name);
    f.args.insert(QStringLiteral("status"),
                  QString::fromLatin1(statusCode(d.climb.nodes.value(failed).status)).toUpper());
    return f;
}

// Servers of a deciding name disagree: the CA's answer depends on the server it reaches.
Verdict judgeSplit(const ServerSplit& split, const AuthoritativeClimb& auth, const Verdict& current,
                   const Request& request, const CaProfile& profile)
{
    QList<Outcome> outcomes;
    for (const ServerSplit::Side& side : split.sides) {
        Climb c = auth.climb;
        c.nodes[split.node] = side.answer;
        outcomes.append(decide(c, request, profile));
    }
    bool allSame = true;
    for (Outcome o : outcomes)
        allSame = allSame && o == outcomes.first();
    Finding f = makeNote(code::NsDisagree, Severity::Warning, split.node);
    const QString name = auth.climb.nodes[split.node].name;
    f.args.insert(QStringLiteral("name"), name);
    QStringList sets, stale, fresh;
    quint32 staleSerial = 0;
    for (int k = 0; k < split.sides.size(); ++k) {
        const ServerSplit::Side& side = split.sides[k];
        sets.append(QStringLiteral("%1 -> %2%3")
                        .arg(side.servers.join(QStringLiteral(", ")), setOf(side.answer).join(QStringLiteral(" | ")),
                             side.serialKnown ? QStringLiteral(" (serial %1)").arg(side.serial) : QString()));
        if (k == split.newest) {
            fresh += side.servers;
        } else if (split.newest >= 0) {
            stale += side.servers;
            staleSerial = side.serialKnown ? side.serial : staleSerial;
        }
    }
    f.args.insert(QStringLiteral("sets"), sets);
    if (split.newest >= 0) {
        f.args.insert(QStringLiteral("stale"), stale);
        f.args.insert(QStringLiteral("fresh"), fresh);
        f.args.insert(QStringLiteral("newestSerial"), qint64(split.sides[split.newest].serial));
        f.args.insert(QStringLiteral("staleSerial"), qint64(staleSerial));
    }
    if (split.newest >= 0 && !allSame && outcomes[split.newest] == Outcome::Permit) {
        // The current zone lets the CA issue; an old copy on another server refuses. No record to change: the stale
        // server must serve the current zone. Verified: every server answering as the newest does permits.
        Verdict r;
        r.ca = profile.key;
        r.outcome = Outcome::Forbid;
        r.reason = QString::fromLatin1(code::NsDisagree);
        r.relevantNode = split.node;
        r.relevantName = name;
        r.fromAuthoritative = true;
        f.severity = Severity::Error;
        f.args.insert(QStringLiteral("dependsOnServer"), true);
        r.findings.append(f);
        if (profile.behaviour == CaProfile::Behaviour::Boulder)
            r.caErrorText = QStringLiteral("While processing CAA for %1: CAA record for %2 prevents issuance")
                                .arg(request.name.displayText(), name);
        Fix fix;
        fix.code = r.reason;
        fix.args = f.args;
        fix.args.insert(QStringLiteral("stale"), stale.join(QStringLiteral(", ")));
        r.fixes.append(fix);
        return r;
    }
    if (split.newest < 0 && !allSame) {
        // Which copy is current cannot be told: the CA may reach one that refuses.
        for (int k = 0; k < split.sides.size(); ++k) {
            if (outcomes[k] == Outcome::Permit)
                continue;
            Climb c = auth.climb;
            c.nodes[split.node] = split.sides[k].answer;
            Verdict r = evaluate(c, request, profile);
            r.fromAuthoritative = true;
            f.severity = Severity::Error;
            f.args.insert(QStringLiteral("dependsOnServer"), true);
            r.findings.append(f);
            sortFindings(r);
            return r;
        }
    }
    // The newest copy decides (and its records are what a fix changes); the old copy is noted.
    Verdict r = current;
    r.fromAuthoritative = true;
    if (split.newest >= 0 && !allSame && outcomes[split.newest] != Outcome::Permit) {
        // The current zone refuses and an old copy still lets the CA issue: whether it issues today depends on the
        // server it reaches; once every server has the current zone it refuses. The fix is the current zone's.
        r.reason = QString::fromLatin1(code::NsDisagree);
        f.severity = Severity::Error;
        f.args.insert(QStringLiteral("dependsOnServer"), true);
        f.args.insert(QStringLiteral("staleAllows"), true);
    }
    r.findings.append(f);
    sortFindings(r);
    return r;
}

// What the cache time a verdict states is: the zone file's TTL; the TTL the servers publish (useServerTtls); or, for
// records reached through an alias whose target the matrix does not ask, what is left in the resolver's cache.
void labelCacheTime(Verdict& v, const Diagnosis& d)
{
    const Climb shown = d.climbFor(v);
    for (Finding& f : v.findings) {
        if (f.code != QLatin1String(code::CacheTtl) || f.node < 0 || f.node >= shown.nodes.size())
            continue;
        if (d.sourceKind == QLatin1String("zone")) {
            f.args.insert(QStringLiteral("ttlSource"), QStringLiteral("zone"));
        } else if (!shown.nodes[f.node].aliases.isEmpty()) {
            f.args.insert(QStringLiteral("ttlSource"), QStringLiteral("resolver"));
            f.args.insert(QStringLiteral("target"), shown.nodes[f.node].aliases.last());
        }
    }
}

// A lookup that failed at the resolver (SERVFAIL, timeout) where the matrix shows the name's own servers failing the
// CAA query: the finding names them and what they answer, instead of "the nameservers may be malfunctioning".
void explainLookupFailure(Verdict& v, const Diagnosis& d)
{
    for (Finding& f : v.findings) {
        if ((f.code != QLatin1String(code::LookupServfail) && f.code != QLatin1String(code::LookupTimeout))
            || f.args.contains(QStringLiteral("ede")) || f.node < 0 || f.node >= d.climb.nodes.size())
            continue;
        const QString name = d.climb.nodes[f.node].name;
        QStringList servers, problems;
        int total = 0;
        bool tcpFails = true;
        for (const NsProbe& udp : d.nsMatrix.probes) {
            if (udp.tcp || udp.name != name)
                continue;
            ++total;
            const QString problem = udp.failure();
            if (problem.isEmpty())
                continue;
            servers.append(QStringLiteral("%1 (%2)").arg(udp.nsName, udp.address));
            if (!problems.contains(problem))
                problems.append(problem);
            const NsProbe* tcp = d.nsMatrix.tcpOf(udp);
            tcpFails = tcpFails && tcp && !tcp->failure().isEmpty();
        }
        if (servers.isEmpty()) {
            // The servers answer, and the resolver fails the zone as a whole (its SOA too): broken DNSSEC, as a
            // validating resolver sees it, or a resolver that cannot reach the zone. Neither is "the nameservers may
            // be malfunctioning".
            QString zone;
            for (const NsProbe& p : d.nsMatrix.probes) {
                if (p.name == name && d.nsMatrix.resolverFailsZone.contains(p.zone))
                    zone = p.zone;
            }
            if (total > 0 && !zone.isEmpty())
                f.args.insert(QStringLiteral("resolverFailsZone"), zone);
            continue;
        }
        f.args.insert(QStringLiteral("servers"), servers.join(QStringLiteral(", ")));
        f.args.insert(QStringLiteral("serverProblem"), problems.join(QStringLiteral(" / ")));
        f.args.insert(QStringLiteral("transports"), tcpFails ? QStringLiteral("UDP and TCP") : QStringLiteral("UDP"));
        f.args.insert(QStringLiteral("failing"), int(servers.size()));
        f.args.insert(QStringLiteral("total"), total);
    }
}

// A DNSSEC failure whose Extended DNS Error does not say why (a validating resolver's cached answer: Unbound then
// gives the bare "EDE 6, DNSSEC Bogus"): the zone's DS and keys do, on the first check and on every later one alike.
void explainBogusFromKeys(Verdict& v, const Diagnosis& d)
{
    for (Finding& f : v.findings) {
        const int ede = f.args.value(QStringLiteral("edeCode"), -1).toInt();
        if ((f.code != QLatin1String(code::DnssecBogus) && f.code != QLatin1String(code::LookupServfail))
            || (ede != -1 && ede != 0 && ede != 6) || f.node < 0 || f.node >= d.climb.nodes.size())
            continue;
        const QString& name = d.climb.nodes[f.node].name;
        QString zone;
        for (auto it = d.nsMatrix.keyChecks.cbegin(); it != d.nsMatrix.keyChecks.cend(); ++it) {
            if ((name == it.key() || name.endsWith(u'.' + it.key())) && it.key().size() > zone.size()
                && it.value().decides())
                zone = it.key();
        }
        if (zone.isEmpty())
            continue;
        f.args.insert(QStringLiteral("keyZone"), zone);
        f.args.insert(QStringLiteral("keyCause"),
                      d.nsMatrix.keyChecks.value(zone).dsMatchesKey ? QStringLiteral("signatures")
                                                                    : QStringLiteral("ds-mismatch"));
    }
}

// Without the matrix nothing asked the domain's servers. A resolver that fails the TLD's CAA as well (a name the
// registry's servers answer) is the likely cause, not the domain: nothing can tell what a CA meets. Otherwise the
// failure says that the servers were not asked, and the verdict stands.
void markServersNotAsked(Verdict& v, const Climb& climb)
{
    if (v.outcome != Outcome::Error || climb.nodes.isEmpty())
        return;
    const LookupResult& tld = climb.nodes.last();
    const bool tldFails = tld.isFailure() && tld.status != LookupStatus::NetworkError;
    for (Finding& f : v.findings) {
        if ((f.code == QLatin1String(code::LookupServfail) || f.code == QLatin1String(code::LookupTimeout))
            && !f.args.contains(QStringLiteral("ede")) && !f.args.value(QStringLiteral("atTld")).toBool()) {
            f.args.insert(QStringLiteral("serversNotAsked"), true);
            if (!tldFails)
                continue;
            f.args.insert(QStringLiteral("tld"), tld.name);
            v.reason = QString::fromLatin1(code::NameserversNotAsked); // "cannot tell", in every view
            v.caErrorText.clear(); // the CA's own resolvers may not meet this failure at all
        }
    }
}

// Live DNS seen from the zones' own servers: where the resolver's view differs, the servers' answers decide.
Verdict refineWithServers(const Verdict& v, const Diagnosis& d, const CaProfile& profile, const Request& request)
{
    if (v.outcome == Outcome::Pending || d.climb.resolverUnreachable || d.nsMatrix.probes.isEmpty())
        return v;
    // An empty answer without the zone's SOA at a name the CA reads: its resolver rejects it (SERVFAIL), whatever
    // a more lenient resolver here made of it.
    if (profile.rejectsNodataWithoutSoa) {
        const int last = decidingNode(d.climb, v);
        for (int i = 0; i <= last && i < d.climb.nodes.size(); ++i) {
            for (const NsProbe& p : d.nsMatrix.probes) {
                const bool bare = !p.tcp && p.name == d.climb.nodes[i].name && p.transport == DnsReply::Answered
                    && (p.rcode == 0 || p.rcode == 3) && !p.tc && p.records.isEmpty() && p.aliasTarget.isEmpty()
                    && !p.soaInAuthority;
                if (!bare)
                    continue;
                Verdict e;
                e.ca = profile.key;
                e.outcome = Outcome::Error;
                e.reason = QString::fromLatin1(code::NsNodataWithoutSoa);
                e.fromAuthoritative = true;
                Finding f = makeNote(code::NsNodataWithoutSoa, Severity::Error, i);
                f.args.insert(QStringLiteral("ns"), p.nsName);
                f.args.insert(QStringLiteral("address"), p.address);
                f.args.insert(QStringLiteral("name"), p.name);
                f.args.insert(QStringLiteral("ca"), profile.displayName);
                e.findings.append(f);
                if (profile.behaviour == CaProfile::Behaviour::Boulder)
                    e.caErrorText = QStringLiteral("While processing CAA for %1: DNS problem: SERVFAIL looking up CAA "
                                                   "for %2 - the domain's nameservers may be malfunctioning")
                                        .arg(request.name.displayText(), p.name);
                return e;
            }
        }
    }
    const AuthoritativeClimb auth = authoritativeClimb(d.climb, d.nsMatrix);
    Verdict a = evaluate(auth.climb, request, profile);
    useServerTtls(a, auth.climb);
    const int authDecides = decidingNode(auth.climb, a);
    for (const ServerSplit& split : auth.splits) {
        if (split.node <= authDecides && a.outcome != Outcome::Pending)
            return judgeSplit(split, auth, a, request, profile);
    }
    const bool servesAnswer = a.outcome == Outcome::Permit || a.outcome == Outcome::Forbid;
    bool dnssecTrouble = v.reason == QLatin1String(code::DnssecBogus);
    // A zone the resolver cannot validate for any type: its servers' unvalidated answers decide nothing.
    for (const NsProbe& p : d.nsMatrix.probes) {
        const int at = int(auth.climb.indexOf(p.name));
        if (at >= 0 && (authDecides < 0 || at <= authDecides))
            dnssecTrouble = dnssecTrouble || d.nsMatrix.resolverFailsZone.contains(p.zone);
    }
    for (const Finding& f : v.findings)
        dnssecTrouble = dnssecTrouble || f.code == QLatin1String(code::DnssecBogus);
    if (v.outcome == Outcome::Error && !dnssecTrouble && servesAnswer) {
        // The resolver failed where the domain's servers answer: the resolver between the person and the world.
        const int failed = decidingNode(d.climb, v);
        Finding f = resolverFailsNote(d, failed, Severity::Warning);
        a.fromAuthoritative = true;
        a.findings.append(f);
        sortFindings(a);
        return a;
    }
    // An alias chain that loops fails at every resolver, the CA's too: the records' fault, not the resolver's.
    const bool aliasLoop = v.reason == QLatin1String(code::CnameLoop);
    if (v.outcome == Outcome::Error && !dnssecTrouble && !aliasLoop && a.outcome == Outcome::Pending) {
        // The servers answer with an alias whose target the matrix did not ask, and the resolver that should have
        // followed it fails CAA: neither tells what the CA sees.
        const int failed = decidingNode(d.climb, v);
        const LookupResult& served = auth.climb.nodes.value(failed);
        if (!served.aliases.isEmpty() && served.status == LookupStatus::Pending) {
            Verdict u = v;
            Finding f = resolverFailsNote(d, failed, Severity::Error);
            f.args.insert(QStringLiteral("alias"), served.aliases.last());
            u.reason = f.code;
            u.findings = { f };
            u.fixes.clear();
            u.caErrorText.clear();
            return u;
        }
    }
    const bool resolverAnswer = v.outcome == Outcome::Permit || v.outcome == Outcome::Forbid;
    if (resolverAnswer && servesAnswer) {
        const int rv = decidingNode(d.climb, v);
        if (rv != authDecides || setOf(d.climb.nodes[rv]) != setOf(auth.climb.nodes[authDecides])) {
            // The resolver still holds what the servers no longer publish: a cache.
            Finding f = makeNote(code::ResolverCacheStale, Severity::Warning, authDecides);
            const quint32 held = largestTtl(d.climb.nodes[rv]);
            const quint32 published = largestTtl(auth.climb.nodes[authDecides]);
            const QDateTime at = d.startedUtc.isValid() ? d.startedUtc : QDateTime::currentDateTimeUtc();
            f.args.insert(QStringLiteral("name"), auth.climb.nodes[authDecides].name);
            f.args.insert(QStringLiteral("resolver"), d.sourceDetails.join(QStringLiteral(", ")));
            f.args.insert(QStringLiteral("resolverSet"), setOf(d.climb.nodes[rv]));
            f.args.insert(QStringLiteral("publishedSet"), setOf(auth.climb.nodes[authDecides]));
            f.args.insert(QStringLiteral("heldTtl"), qint64(held));
            f.args.insert(QStringLiteral("until"), at.addSecs(held).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            f.args.insert(QStringLiteral("latest"),
                          at.addSecs(std::max(held, published)).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
            f.args.insert(QStringLiteral("resolverOutcome"), QString::fromLatin1(outcomeCode(v.outcome)));
            f.args.insert(QStringLiteral("published"), QString::fromLatin1(outcomeCode(a.outcome)));
            a.fromAuthoritative = true;
            a.findings.append(f);
            sortFindings(a);
            return a;
        }
    }
    Verdict out = v;
    useServerTtls(out, auth.climb);
    // Also when the resolver fails the zone's SOA (it may have marked the silent server down): the servers'
    // failures to answer CAA are what the CA meets, whatever else is wrong.
    if (out.outcome == Outcome::Error)
        explainLookupFailure(out, d);
    return out;
}

// A failure only the CA's remote perspectives saw, which the records do not explain: the nameservers that may not
// answer them (one server, or a slow one).
void explainPerspectives(Verdict& v, const Diagnosis& d)
{
    if (!d.hasFromError || !d.fromError.secondaryValidation || v.outcome != Outcome::Permit)
        return;
    Finding risk = makeNote(code::NsPerspectiveRisk, Severity::Warning, v.relevantNode);
    for (const Finding& f : d.nsMatrix.findings) {
        if (f.code == QLatin1String(code::NsPerspectiveRisk)) {
            risk.args = f.args;
            break;
        }
    }
    if (risk.args.isEmpty() && d.hasNsMatrix) {
        // One server address for a zone: no redundancy when a perspective cannot reach it.
        for (const QString& zone : d.nsMatrix.zones) {
            QStringList addresses;
            QString ns;
            for (const NsServer& s : d.nsMatrix.servers) {
                if (s.zone == zone && !addresses.contains(s.address)) {
                    addresses.append(s.address);
                    ns = s.nsName;
                }
            }
            if (addresses.size() == 1) {
                risk.args.insert(QStringLiteral("ns"), ns);
                risk.args.insert(QStringLiteral("address"), addresses.first());
                risk.args.insert(QStringLiteral("zone"), zone);
                risk.args.insert(QStringLiteral("only"), true);
                break;
            }
        }
    }
    if (risk.args.isEmpty())
        risk.args.insert(QStringLiteral("unexplained"), true);
    v.findings.append(risk);
    sortFindings(v);
}

// Records at "name.zone.zone": typed with the full name into a form that appends the zone. Where they were meant to
// be, they may be what lets the CA issue; the fix moves them (verified like every fix).
void explainDoubledOwners(Verdict& v, const Diagnosis& d, const CaProfile& profile, const Request& request)
{
    for (const LookupResult& doubled : d.doubledOwners) {
        // "www.example.com.example.com": the meant owner is the climb name that the rest repeats.
        QString meant;
        for (const LookupResult& node : d.climb.nodes) {
            const QString& n = node.name;
            for (const LookupResult& parent : d.climb.nodes) {
                if (parent.name.contains(u'.') && doubled.name == n + u'.' + parent.name
                    && (n == parent.name || n.endsWith(u'.' + parent.name)))
                    meant = n;
            }
            if (!meant.isEmpty())
                break;
        }
        if (meant.isEmpty())
            continue;
        // Only where they would matter: a set closer to the name than the meant owner decides whatever lies there.
        const int meantIndex = int(d.climb.indexOf(meant));
        if (v.relevantNode >= 0 && v.relevantNode < meantIndex)
            continue;
        Finding f = makeNote(code::OwnerDoubledZone, Severity::Warning, meantIndex);
        f.args.insert(QStringLiteral("owner"), doubled.name);
        f.args.insert(QStringLiteral("meant"), meant);
        QStringList records;
        Fix move;
        move.code = QString::fromLatin1(code::OwnerDoubledZone);
        move.args = f.args;
        for (const CaaResourceRecord& rr : doubled.records) {
            records.append(rr.rdata.toPresentation());
            RecordEdit remove;
            remove.kind = RecordEdit::RemoveRecord;
            remove.owner = doubled.name;
            remove.ttl = rr.ttl;
            remove.before = rr.rdata;
            remove.location = rr.location;
            remove.zone = doubled.zone;
            RecordEdit add;
            add.kind = RecordEdit::AddRecord;
            add.owner = meant;
            add.ttl = rr.ttl;
            add.after = rr.rdata;
            add.location = rr.location;
            add.zone = doubled.zone;
            move.edits << remove << add;
        }
        f.args.insert(QStringLiteral("records"), records);
        if (v.outcome == Outcome::Forbid && verifyFix(d.climb, request, profile, move).ok()) {
            // The misplaced records are the fix: moved, they let the CA issue.
            f.severity = Severity::Error;
            v.reason = f.code;
            // A fix that only adds what the move adds is the same change twice: the move says it.
            auto addsOnlyWhatMoveAdds = [&move](const Fix& other) {
                bool any = false;
                for (const RecordEdit& e : other.edits) {
                    if (e.kind != RecordEdit::AddRecord)
                        return false;
                    bool covered = false;
                    for (const RecordEdit& m : move.edits)
                        covered
                            = covered || (m.kind == RecordEdit::AddRecord && m.owner == e.owner && m.after == e.after);
                    if (!covered)
                        return false;
                    any = true;
                }
                return any;
            };
            v.fixes.removeIf(addsOnlyWhatMoveAdds);
            v.fixes.prepend(move);
            v.findings.prepend(f);
            continue;
        }
        v.findings.append(f);
    }
    sortFindings(v);
}

} // namespace

Climb Diagnosis::climbFor(const Verdict& verdict) const
{
    return verdict.fromAuthoritative && hasNsMatrix ? authoritativeClimb(climb, nsMatrix).climb : climb;
}

Verdict Diagnosis::judge(const CaProfile& profile, const Request& req) const
{
    Verdict v = evaluate(climb, req, profile);
    if (hasNsMatrix && sourceKind == QLatin1String("live")) {
        v = refineWithServers(v, *this, profile, req);
        explainBogusFromKeys(v, *this);
    } else if (nsMatrixSkipped == QLatin1String(code::NameserversNotAsked))
        markServersNotAsked(v, climb);
    labelCacheTime(v, *this);
    explainPerspectives(v, *this);
    if (!doubledOwners.isEmpty())
        explainDoubledOwners(v, *this, profile, req);
    return v;
}

void Diagnosis::settle()
{
    for (int i = 0; i < profiles.size() && i < verdicts.size(); ++i)
        verdicts[i] = judge(profiles[i], request);
    judgeWhoIssues();
}

void Diagnosis::judgeWhoIssues()
{
    // The CAs judged beside the ones asked about are derived again each time (from the chain and the climb).
    if (besideFrom < profiles.size()) {
        profiles.resize(besideFrom);
        verdicts.resize(std::min(verdicts.size(), qsizetype(besideFrom)));
    }
    besideFrom = int(profiles.size());
    WhoIssues& w = who;
    w.findings.clear();
    w.platforms.clear();
    w.hasServedVerdict = false;
    w.served = {};
    w.issuer = {};
    w.coversName = false;
    if (request.name.isIpAddress() || !isComplete())
        return;
    // Each CA judged as the All CAs grid judges it: the verdict on show for a CA asked about, else one judgement of
    // the same request. The panel, the grid, the text and the JSON then agree.
    auto judgeOne = [&](const CaProfile& profile) {
        return verdictFor(profile, request.name.isWildcard());
    };
    auto addBeside = [&](const CaProfile& profile) {
        if (!judgeIssuersBeside || profile.key.isEmpty())
            return;
        for (const CaProfile& p : std::as_const(profiles)) {
            if (p.key == profile.key)
                return;
        }
        profiles.append(profile);
        verdicts.append(judge(profile, request));
    };
    const QString name = request.name.text();
    if (w.hasChain()) {
        const CertificateFacts& leaf = w.probe.chain.leaf();
        w.issuer = IssuerDirectory::builtin().identify(w.probe.chain);
        // The name the server was asked for; a wildcard request is also covered by the wildcard itself.
        w.coversName = leaf.covers(name)
            || (request.name.isWildcard() && leaf.dnsNames.contains(QStringLiteral("*.") + name, Qt::CaseInsensitive));
        if (!w.coversName) {
            Finding f;
            f.code = QString::fromLatin1(code::ServedNameNotCovered);
            f.args.insert(QStringLiteral("origin"),
                          w.origin == WhoIssues::Origin::File ? QStringLiteral("file") : QStringLiteral("live"));
            f.severity = Severity::Info;
            f.args.insert(QStringLiteral("name"), request.name.text());
            f.args.insert(QStringLiteral("names"),
                          leaf.dnsNames.isEmpty() ? QStringList { leaf.commonName } : leaf.dnsNames);
            w.findings.append(f);
        }
        if (!w.issuer.isKnown()) {
            Finding f;
            f.code = QString::fromLatin1(code::ServedIssuerUnknown);
            f.severity = Severity::Warning;
            f.args.insert(QStringLiteral("issuer"), leaf.issuer);
            f.args.insert(QStringLiteral("selfSigned"), leaf.selfSigned);
            w.findings.append(f);
        } else if (w.coversName) { // a certificate for another name says nothing of who renews this one
            w.served.profile = profileForIdentifiers(w.issuer.identifiers, w.issuer.caName);
            if (!w.served.profile.key.isEmpty()) {
                w.served.verdict = judgeOne(w.served.profile);
                w.hasServedVerdict = true;
                addBeside(w.served.profile);
                if (w.served.verdict.outcome == Outcome::Forbid) {
                    Finding f;
                    f.code = QString::fromLatin1(code::ServedIssuerNotPermitted);
                    f.severity = Severity::Error;
                    f.args.insert(QStringLiteral("ca"),
                                  w.issuer.caName.isEmpty() ? w.issuer.identifiers.first() : w.issuer.caName);
                    f.args.insert(QStringLiteral("identifier"), w.issuer.identifiers.first());
                    f.args.insert(QStringLiteral("issuer"), leaf.issuerCommonName);
                    f.args.insert(QStringLiteral("notAfter"), leaf.notAfter.date().toString(Qt::ISODate));
                    f.args.insert(QStringLiteral("renewal"), w.renewalDue().date().toString(Qt::ISODate));
                    f.args.insert(QStringLiteral("name"), request.name.text());
                    w.findings.append(f);
                }
            }
        }
    } else if (w.origin == WhoIssues::Origin::Live && w.probe.status != TlsProbeResult::Status::NotRun
               && w.probe.status != TlsProbeResult::Status::Cancelled) {
        Finding f;
        f.code = QString::fromLatin1(code::ServedNotRead);
        f.severity = Severity::Info;
        f.args.insert(QStringLiteral("status"), int(w.probe.status));
        f.args.insert(QStringLiteral("host"), w.probe.host);
        f.args.insert(QStringLiteral("port"), w.probe.port);
        f.args.insert(QStringLiteral("detail"), w.probe.detail);
        f.args.insert(QStringLiteral("aliasTarget"), w.probe.aliasTarget);
        f.args.insert(QStringLiteral("seconds"), w.probe.timeoutMs / 1000.0);
        w.findings.append(f);
    }

    for (CtIssuer& issuer : w.ct.issuers) {
        issuer.outcome = Outcome::Pending;
        const CaProfile profile = profileForIdentifiers(issuer.identifiers, issuer.caName);
        if (!profile.key.isEmpty())
            issuer.outcome = judgeOne(profile).outcome;
    }

    QList<std::pair<QString, QString>> cnames;
    for (const LookupResult& node : std::as_const(climb.nodes)) {
        QString owner = node.name;
        for (const QString& alias : node.aliases) {
            cnames.append({ owner, alias });
            owner = alias;
        }
    }
    QList<std::pair<QString, QString>> nameservers = w.zoneNameservers;
    for (const NsServer& s : std::as_const(nsMatrix.servers)) {
        const std::pair<QString, QString> pair { s.zone, s.nsName };
        if (!nameservers.contains(pair))
            nameservers.append(pair);
    }
    for (const PlatformMatch& match : PlatformDirectory::builtin().recognise(cnames, nameservers)) {
        PlatformFinding p;
        p.match = match;
        for (const QStringList& ids : match.platform.cas) {
            PlatformCa ca;
            ca.profile = profileForIdentifiers(ids);
            if (ca.profile.key.isEmpty())
                continue;
            ca.verdict = judgeOne(ca.profile);
            p.cas.append(ca);
            addBeside(ca.profile);
        }
        if (p.allRefuse()) {
            Finding f;
            f.code = QString::fromLatin1(code::PlatformCaMissing);
            f.severity = Severity::Error;
            f.args.insert(QStringLiteral("platform"), match.platform.name);
            f.args.insert(QStringLiteral("evidence"),
                          match.evidence == PlatformMatch::Evidence::Cname ? QStringLiteral("cname")
                                                                           : QStringLiteral("ns"));
            f.args.insert(QStringLiteral("target"), match.name);
            f.args.insert(QStringLiteral("owner"), match.owner);
            f.args.insert(QStringLiteral("identifier"), match.platform.cas.first().first());
            f.args.insert(QStringLiteral("name"), request.name.text());
            w.findings.append(f);
        }
        w.platforms.append(p);
    }
}

void Diagnosis::attachMatrix(const NsMatrix& matrix)
{
    hasNsMatrix = true;
    nsMatrix = matrix;
    nsMatrixSkipped.clear();
    // Doubled owners the resolver could not answer, as the servers answer them.
    for (const LookupResult& found : doubledOwnersFromServers(matrix, doubledUnanswered)) {
        bool known = false;
        for (const LookupResult& d : std::as_const(doubledOwners))
            known = known || d.name == found.name;
        if (!known)
            doubledOwners.append(found);
    }
    // The zone each name belongs to, as its servers tell (for names relative to the zone in web forms).
    for (LookupResult& node : climb.nodes) {
        if (!node.zone.isEmpty() || !node.aliases.isEmpty())
            continue;
        for (const NsProbe& p : matrix.probes) {
            if (p.name == node.name && !p.zone.isEmpty()) {
                node.zone = p.zone;
                break;
            }
        }
    }
    settle();
    int cut = -1;
    for (const Verdict& v : std::as_const(verdicts)) {
        int at = v.relevantNode;
        if (at < 0 && v.outcome == Outcome::Error && !v.findings.isEmpty())
            at = v.findings.first().node;
        if (at < 0)
            at = int(climb.nodes.size()) - 1;
        cut = std::max(cut, at);
    }
    QStringList keep;
    for (int i = 0; i <= cut && i < climb.nodes.size(); ++i)
        keep.append(climb.nodes[i].name);
    NsMatrix trimmed;
    trimmed.unresolved = nsMatrix.unresolved;
    trimmed.resolverFailsZone = nsMatrix.resolverFailsZone;
    trimmed.keyChecks = nsMatrix.keyChecks;
    for (const NsProbe& p : std::as_const(nsMatrix.probes)) {
        if (!keep.contains(p.name))
            continue;
        trimmed.probes.append(p);
        if (!trimmed.zones.contains(p.zone))
            trimmed.zones.append(p.zone);
    }
    for (const NsServer& s : std::as_const(nsMatrix.servers)) {
        if (trimmed.zones.contains(s.zone))
            trimmed.servers.append(s);
    }
    if (trimmed.probes.size() == nsMatrix.probes.size())
        return;
    trimmed.findings = analyseNsMatrix(trimmed);
    nsMatrix = trimmed;
    settle();
}

Verdict Diagnosis::verdictFor(const CaProfile& profile, bool wildcard) const
{
    Request r = request;
    if (!request.name.isIpAddress() && wildcard != request.name.isWildcard())
        r.name = DomainName::parse(wildcard ? QStringLiteral("*.") + request.name.text() : request.name.text());
    if (r.name == request.name) {
        for (int i = 0; i < profiles.size() && i < verdicts.size(); ++i) {
            if (profiles[i].key == profile.key)
                return verdicts[i];
        }
    }
    return judge(profile, r);
}

void Diagnosis::useMatrix(const NsMatrix& matrix)
{
    if (climb.resolverUnreachable)
        nsMatrixSkipped = QString::fromLatin1(code::ResolverUnreachable);
    else
        attachMatrix(matrix);
}

void Diagnosis::skipMatrix()
{
    if (sourceKind != QLatin1String("live") || request.name.isIpAddress() || hasNsMatrix)
        return;
    nsMatrixSkipped
        = QString::fromLatin1(climb.resolverUnreachable ? code::ResolverUnreachable : code::NameserversNotAsked);
    for (const Verdict& v : std::as_const(verdicts)) {
        if (v.outcome == Outcome::Error) {
            settle();
            return;
        }
    }
}

void Diagnosis::informMatrix(NsMatrixRunner& runner) const
{
    QStringList owners;
    for (const QString& candidate : doubledUnanswered)
        owners << candidate << wildcardProbeName(candidate);
    runner.setNeeded(matrixNamesNeeded(), owners);
}

int Diagnosis::matrixNamesNeeded() const
{
    if (climb.resolverUnreachable)
        return 0;
    int last = -1;
    for (const Verdict& v : verdicts) {
        if (v.outcome == Outcome::Error)
            return int(climb.nodes.size()); // the servers may answer where the resolver failed
        last = std::max(last, v.relevantNode);
    }
    return last >= 0 ? last + 1 : int(climb.nodes.size());
}

QString Diagnosis::relevantName() const
{
    for (const Verdict& v : verdicts) {
        if (!v.relevantName.isEmpty())
            return v.relevantName;
    }
    return {};
}

void Diagnosis::compareResolvers()
{
    resolverFindings.clear();
    auto setOf = [](const LookupResult& n) {
        QStringList records;
        for (const CaaResourceRecord& r : n.records)
            records.append(r.rdata.toPresentation());
        records.sort();
        return QStringLiteral("%1 %2").arg(QLatin1String(statusCode(n.status)), records.join(QStringLiteral(" | ")));
    };
    const QString primary = sourceDetails.value(0);
    // Only the names some view consulted: up to its relevant set or its first failure.
    auto deciding = [](const Climb& c, const QList<Verdict>& vs) {
        int last = -1;
        for (const Verdict& v : vs)
            last = std::max(last, v.relevantNode);
        for (int i = 0; i < c.nodes.size(); ++i) {
            if (c.nodes[i].isFailure())
                return std::max(last, i);
        }
        return last >= 0 ? last : int(c.nodes.size()) - 1;
    };
    // A resolver that answered nothing is down, not another view of the DNS: said so, and left out of the comparison.
    QList<ResolverView> answering;
    for (const ResolverView& other : otherResolvers) {
        if (!other.climb.everyLookupSilent()) {
            answering.append(other);
            continue;
        }
        Finding f;
        f.code = QString::fromLatin1(code::ResolverUnreachable);
        f.severity = Severity::Warning;
        f.node = 0;
        f.args.insert(QStringLiteral("name"), other.climb.nodes.value(0).name);
        f.args.insert(QStringLiteral("server"), other.server);
        f.args.insert(QStringLiteral("status"), QString::fromLatin1(statusCode(other.climb.nodes.value(0).status)));
        resolverFindings.append(f);
    }
    int consulted = deciding(climb, verdicts);
    for (const ResolverView& other : std::as_const(answering))
        consulted = std::max(consulted, deciding(other.climb, other.verdicts));
    for (int i = 0; i < climb.nodes.size() && i <= consulted; ++i) {
        QStringList views { QStringLiteral("%1: %2").arg(primary, setOf(climb.nodes[i])) };
        bool differs = false;
        for (const ResolverView& other : std::as_const(answering)) {
            const QString theirs = other.climb.nodes.size() > i ? setOf(other.climb.nodes[i]) : QString();
            views.append(QStringLiteral("%1: %2").arg(other.server, theirs));
            differs = differs || theirs != setOf(climb.nodes[i]);
        }
        if (!differs)
            continue;
        Finding f;
        f.code = QStringLiteral("resolvers-disagree");
        f.severity = Severity::Warning;
        f.node = i;
        f.args.insert(QStringLiteral("name"), climb.nodes[i].name);
        f.args.insert(QStringLiteral("views"), views);
        resolverFindings.append(f);
    }
    for (int v = 0; v < verdicts.size(); ++v) {
        QStringList views { QStringLiteral("%1: %2").arg(primary, QLatin1String(outcomeCode(verdicts[v].outcome))) };
        bool differs = false;
        for (const ResolverView& other : std::as_const(answering)) {
            const Outcome o = other.verdicts.value(v).outcome;
            views.append(QStringLiteral("%1: %2").arg(other.server, QLatin1String(outcomeCode(o))));
            differs = differs || o != verdicts[v].outcome;
        }
        if (!differs)
            continue;
        Finding f;
        f.code = QStringLiteral("resolver-verdicts-differ");
        f.severity = Severity::Error;
        f.args.insert(QStringLiteral("ca"), profiles.value(v).displayName);
        f.args.insert(QStringLiteral("views"), views);
        resolverFindings.append(f);
    }
}

bool Diagnosis::isComplete() const
{
    for (const Verdict& v : verdicts) {
        if (v.outcome == Outcome::Pending)
            return false;
    }
    return true;
}

} // namespace caa
