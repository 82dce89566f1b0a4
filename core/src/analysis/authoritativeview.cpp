#include "authoritativeview.h"

#include "caa/dnsmessage.h"

#include <QMap>

namespace caa {

namespace {

QString answerKey(const NsProbe& p)
{
    QStringList parts { QString::number(p.rcode), p.aliasTarget };
    for (const CaaRecord& r : p.records)
        parts.append(r.toPresentation());
    return parts.join(u'\n');
}

// The usable answer of one server for one name: UDP, or TCP where UDP was truncated.
const NsProbe* answerOf(const NsMatrix& m, const NsProbe& udp)
{
    if (udp.usable())
        return &udp;
    if (udp.transport == DnsReply::Answered && udp.tc) {
        const NsProbe* tcp = m.tcpOf(udp);
        if (tcp && tcp->usable())
            return tcp;
    }
    return nullptr;
}

LookupResult nodeFrom(const NsProbe& p, const LookupResult& resolverNode)
{
    LookupResult n;
    n.name = p.name;
    n.server = p.address;
    n.elapsedMs = p.latencyMs;
    n.rawMessage = p.rawMessage;
    if (!p.aliasTarget.isEmpty()) {
        // The records live at the alias target, which the matrix did not ask: the resolver's answer holds them when
        // it followed the same alias.
        n.aliases = { p.aliasTarget };
        if (resolverNode.aliases.value(0) == p.aliasTarget
            && (resolverNode.status == LookupStatus::Records || resolverNode.status == LookupStatus::NoData
                || resolverNode.status == LookupStatus::NxDomain)) {
            n.aliases = resolverNode.aliases;
            n.status = resolverNode.status;
            n.records = resolverNode.records;
            n.negativeTtl = resolverNode.negativeTtl;
        }
        return n;
    }
    if (p.rcode == dns::rcode::NxDomain) {
        n.status = LookupStatus::NxDomain;
        n.negativeTtl = p.negativeTtl;
        return n;
    }
    for (const CaaRecord& r : p.records) {
        CaaResourceRecord rr;
        rr.owner = p.name;
        rr.ttl = p.ttl;
        rr.rdata = r;
        n.records.append(rr);
    }
    n.status = n.records.isEmpty() ? LookupStatus::NoData : LookupStatus::Records;
    n.negativeTtl = p.negativeTtl;
    return n;
}

} // namespace

AuthoritativeClimb authoritativeClimb(const Climb& resolverClimb, const NsMatrix& m)
{
    AuthoritativeClimb out;
    out.climb = resolverClimb;
    out.climb.resolverUnreachable = false;
    for (int i = 0; i < out.climb.nodes.size(); ++i) {
        LookupResult& node = out.climb.nodes[i];
        const LookupResult resolverNode = node;
        node = LookupResult();
        node.name = resolverNode.name;
        QMap<QString, ServerSplit::Side> sides;
        bool probed = false;
        for (const NsProbe& p : m.probes) {
            if (p.tcp || p.name != node.name)
                continue;
            probed = true;
            const NsProbe* a = answerOf(m, p);
            if (!a)
                continue;
            ServerSplit::Side& side = sides[answerKey(*a)];
            if (side.servers.isEmpty())
                side.answer = nodeFrom(*a, resolverNode);
            side.servers.append(QStringLiteral("%1 (%2)").arg(p.nsName, p.address));
            side.addresses.append(p.address);
            for (const NsServer& s : m.servers) {
                if (s.zone == p.zone && s.address == p.address && s.serialKnown) {
                    side.serial = side.serialKnown ? std::max(side.serial, s.serial) : s.serial;
                    side.serialKnown = true;
                }
            }
        }
        if (!probed)
            continue; // Pending: the matrix does not cover this name
        if (sides.isEmpty()) {
            node.status = LookupStatus::ServFail;
            node.error = QStringLiteral("no authoritative server answered");
            continue;
        }
        int chosen = 0;
        const QList<ServerSplit::Side> list = sides.values();
        if (list.size() > 1) {
            ServerSplit split;
            split.node = i;
            split.sides = list;
            quint32 best = 0;
            bool tie = false;
            for (int k = 0; k < list.size(); ++k) {
                if (!list[k].serialKnown)
                    continue;
                if (split.newest < 0 || list[k].serial > best) {
                    split.newest = k;
                    best = list[k].serial;
                    tie = false;
                } else if (list[k].serial == best) {
                    tie = true;
                }
            }
            if (tie)
                split.newest = -1;
            chosen = std::max(0, split.newest);
            out.splits.append(split);
        }
        node = list[chosen].answer;
        node.dnssec = resolverNode.dnssec; // what validation said of the name: servers do not validate
    }
    return out;
}

QList<LookupResult> doubledOwnersFromServers(const NsMatrix& m, const QStringList& candidates)
{
    QList<LookupResult> out;
    for (const QString& candidate : candidates) {
        const QString wildcard = wildcardProbeName(candidate);
        for (const NsProbe& p : m.ownerProbes) {
            if (p.name != candidate || !p.usable() || p.records.isEmpty() || !p.aliasTarget.isEmpty())
                continue;
            bool madeByWildcard = false;
            for (const NsProbe& w : m.ownerProbes)
                madeByWildcard = madeByWildcard
                    || (w.name == wildcard && w.address == p.address && w.usable() && w.records == p.records);
            if (!madeByWildcard)
                out.append(nodeFrom(p, LookupResult()));
            break; // the first server that answers usably speaks for the zone
        }
    }
    return out;
}

} // namespace caa
