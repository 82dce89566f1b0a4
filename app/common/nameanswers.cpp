#include "nameanswers.h"

#include "messagecatalogue.h"

#include <QStringList>

namespace caa {

namespace {

QString recordLine(const QString& owner, quint32 ttl, const CaaRecord& rdata)
{
    return QStringLiteral("    %1. %2 CAA %3").arg(owner).arg(ttl).arg(rdata.toPresentation());
}

QString rawLine(const QByteArray& message)
{
    return MessageCatalogue::tr("    DNS message (%1 octets): %2")
        .arg(message.size())
        .arg(QString::fromLatin1(message.toHex(' ')));
}

// What a server's answer holds, comparable with the resolver's: "NOERROR …records…" or the failure.
QString probeKey(const NsProbe& p)
{
    QStringList parts { MessageCatalogue::probeState(&p) };
    for (const CaaRecord& r : p.records)
        parts.append(r.toPresentation());
    return parts.join(u'\n');
}

QString nodeKey(const LookupResult& n)
{
    NsProbe p; // the resolver's answer in the servers' terms
    p.transport = n.status == LookupStatus::Timeout ? DnsReply::Timeout
        : n.status == LookupStatus::NetworkError    ? DnsReply::NetworkError
                                                    : DnsReply::Answered;
    p.rcode = n.status == LookupStatus::NxDomain                                ? 3
        : n.status == LookupStatus::Records || n.status == LookupStatus::NoData ? 0
                                                                                : 2;
    if (!n.aliases.isEmpty())
        p.aliasTarget = n.aliases.first();
    for (const CaaResourceRecord& r : n.records)
        p.records.append(r.rdata);
    std::sort(p.records.begin(), p.records.end(),
              [](const CaaRecord& a, const CaaRecord& b) { return a.toPresentation() < b.toPresentation(); });
    return probeKey(p);
}

} // namespace

QString nameAnswersText(const Diagnosis& d, int row)
{
    if (row < 0 || row >= d.climb.nodes.size())
        return {};
    const LookupResult& n = d.climb.nodes[row];
    QStringList lines;
    const bool zone = d.sourceKind == QLatin1String("zone");
    lines.append(
        zone ? MessageCatalogue::tr("%1 in the loaded zone files: %2").arg(n.name, MessageCatalogue::status(n.status))
             : MessageCatalogue::tr("%1 as your resolver answered it: %2")
                   .arg(n.name, MessageCatalogue::status(n.status)));
    if (!n.aliases.isEmpty())
        lines.append(MessageCatalogue::tr("    alias chain: %1").arg(n.aliases.join(QStringLiteral(" → "))));
    for (const CaaResourceRecord& r : n.records)
        lines.append(recordLine(r.owner, r.ttl, r.rdata));
    for (const ExtendedError& e : n.ede)
        lines.append(MessageCatalogue::tr("    Extended DNS Error %1 %2").arg(e.code).arg(e.text).trimmed());
    if (!n.server.isEmpty())
        lines.append(MessageCatalogue::tr("    answered by %1").arg(n.server));
    if (!n.rawMessage.isEmpty())
        lines.append(rawLine(n.rawMessage));

    if (!d.hasNsMatrix) {
        if (d.nsMatrixSkipped == QLatin1String(code::ResolverUnreachable))
            lines << QString() << MessageCatalogue::tr("No nameserver was asked: the resolver answered nothing.");
        else if (!d.nsMatrixSkipped.isEmpty())
            lines << QString() << MessageCatalogue::tr("The nameservers were not asked directly.");
        return lines.join(u'\n');
    }
    QList<const NsProbe*> udp;
    for (const NsProbe& p : d.nsMatrix.probes) {
        if (!p.tcp && p.name == n.name)
            udp.append(&p);
    }
    lines.append(QString());
    if (udp.isEmpty()) {
        lines.append(MessageCatalogue::tr("The authoritative servers were not asked about %1: a name closer to the "
                                          "one checked decided.")
                         .arg(n.name));
        return lines.join(u'\n');
    }
    lines.append(MessageCatalogue::tr("%1 as its authoritative servers answer it (asked directly, RD=0):").arg(n.name));
    const QString resolverKey = nodeKey(n);
    int differ = 0;
    for (const NsProbe* p : std::as_const(udp)) {
        const NsProbe* tcp = d.nsMatrix.tcpOf(*p);
        QString serial;
        for (const NsServer& s : d.nsMatrix.servers) {
            if (s.zone == p->zone && s.address == p->address && s.serialKnown)
                serial = MessageCatalogue::tr(", serial %1").arg(s.serial);
        }
        const bool same = probeKey(*p) == resolverKey;
        differ += same ? 0 : 1;
        lines.append(MessageCatalogue::tr("  %1 (%2), zone %3%4: UDP %5, TCP %6%7")
                         .arg(p->nsName, p->address, p->zone, serial, MessageCatalogue::probeState(p),
                              MessageCatalogue::probeState(tcp),
                              same ? QString() : MessageCatalogue::tr("  ≠ your resolver")));
        for (const CaaRecord& r : p->records)
            lines.append(recordLine(p->name, p->ttl, r));
        if (!p->rawMessage.isEmpty())
            lines.append(rawLine(p->rawMessage));
    }
    lines.append(QString());
    lines.append(differ == 0
                     ? MessageCatalogue::tr("Every server answers as your resolver did.")
                     : MessageCatalogue::tr("%n server(s) answer differently from your resolver.", nullptr, differ));
    if (differ > 0 && (n.dnssec == DnssecState::Bogus || n.status == LookupStatus::Bogus))
        lines.append(MessageCatalogue::tr("The servers' answers are not validated: your resolver rejected them because "
                                          "their DNSSEC does not validate (the verdict's findings say why)."));
    bool fromServers = false;
    for (const Verdict& v : d.verdicts)
        fromServers = fromServers || v.fromAuthoritative;
    lines.append(fromServers ? MessageCatalogue::tr("The verdict was judged on the servers' answers.")
                             : MessageCatalogue::tr("The verdict was judged on your resolver's answers."));
    return lines.join(u'\n');
}

} // namespace caa
