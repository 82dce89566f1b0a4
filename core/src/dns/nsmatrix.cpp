#include "caa/nsmatrix.h"

#include "caa/dnsmessage.h"
#include "caa/zonefile.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace caa {

namespace {

QString formatAddress(quint16 type, const QByteArray& rdata)
{
    if (type == rrtype::A && rdata.size() == 4)
        return QStringLiteral("%1.%2.%3.%4:53")
            .arg(quint8(rdata[0]))
            .arg(quint8(rdata[1]))
            .arg(quint8(rdata[2]))
            .arg(quint8(rdata[3]));
    if (type == rrtype::AAAA && rdata.size() == 16) {
        QStringList groups;
        for (int i = 0; i < 16; i += 2)
            groups.append(QString::number((quint8(rdata[i]) << 8) | quint8(rdata[i + 1]), 16));
        return QStringLiteral("[%1]:53").arg(groups.join(u':'));
    }
    return {};
}

bool lessRecord(const CaaRecord& a, const CaaRecord& b)
{
    if (a.flags != b.flags)
        return a.flags < b.flags;
    if (a.tag.toLower() != b.tag.toLower())
        return a.tag.toLower() < b.tag.toLower();
    return a.value < b.value;
}

QString describeSet(const QList<CaaRecord>& records)
{
    if (records.isEmpty())
        return QStringLiteral("(no CAA)");
    QStringList parts;
    for (const CaaRecord& r : records)
        parts.append(r.toPresentation());
    return parts.join(QStringLiteral(" | "));
}

QString problemOf(const NsProbe& p)
{
    if (p.transport == DnsReply::Timeout)
        return QStringLiteral("timeout");
    if (p.transport != DnsReply::Answered)
        return QStringLiteral("unreachable");
    return QString::fromLatin1(dns::rcodeName(p.rcode));
}

Finding nsFinding(const char* code, Severity severity)
{
    Finding f;
    f.code = QString::fromLatin1(code);
    f.severity = severity;
    return f;
}

} // namespace

struct NsMatrixRunner::Private
{
    NsMatrixRunner* q = nullptr;
    DnsClientOptions resolverOptions;
    DnsClient* resolver = nullptr;
    int timeoutMs = 2000;
    NsMatrix matrix;
    QStringList names;
    QHash<QString, QString> zoneOf; // name -> zone
    QHash<QString, QStringList> nsOf; // zone -> NS names
    QHash<QString, QStringList> addressesOf; // NS name -> addresses
    QHash<QString, DnsClient*> directUdp, directTcp;
    int pending = 0;
    int phase = 0;
    bool running = false;

    DnsClient* direct(const QString& address, bool tcp)
    {
        QHash<QString, DnsClient*>& map = tcp ? directTcp : directUdp;
        DnsClient*& client = map[address];
        if (!client) {
            DnsClientOptions o;
            o.servers = { address };
            o.timeoutMs = timeoutMs;
            o.tries = 1;
            o.tcp = tcp;
            client = new DnsClient(o, q);
        }
        return client;
    }

    void done()
    {
        if (--pending > 0)
            return;
        Q_EMIT q->updated();
        advance();
    }

    void advance()
    {
        ++phase;
        if (phase == 1)
            askZones();
        else if (phase == 2)
            askDelegations();
        else if (phase == 3)
            askNameservers();
        else if (phase == 4)
            askAddresses();
        else if (phase == 5)
            probe();
        else
            finish();
    }

    void finish()
    {
        running = false;
        matrix.findings = analyseNsMatrix(matrix);
        Q_EMIT q->finished();
    }

    void askZones()
    {
        pending = int(names.size());
        for (const QString& name : names) {
            resolver->query(name, rrtype::SOA, true, false, [this, name](const DnsReply& reply) {
                dns::Message m;
                if (reply.transport == DnsReply::Answered && dns::parseMessage(reply.message, &m)) {
                    QString zone;
                    bool alias = false;
                    for (const dns::ResourceRecord& rr : m.answers) {
                        if (rr.type == rrtype::SOA)
                            zone = rr.name; // the name is an apex
                        if ((rr.type == rrtype::CNAME || rr.type == rrtype::DNAME) && name.endsWith(rr.name))
                            alias = true;
                    }
                    if (alias) {
                        done(); // the SOA is the alias target's: ask the parent's servers (askDelegations)
                        return;
                    }
                    if (zone.isEmpty()) {
                        if (const dns::ResourceRecord* soa = m.soa())
                            zone = soa->name;
                    }
                    if (!zone.isEmpty() && (name == zone || name.endsWith(QLatin1Char('.') + zone)))
                        zoneOf.insert(name, zone);
                }
                done();
            });
        }
        if (names.isEmpty())
            advance();
    }

    // Names whose zone the resolver could not tell (it fails for them: a lame or dead delegation): ask the parent
    // zone's own servers for the referral, which names the delegated servers and their glue.
    void askDelegations()
    {
        QStringList missing;
        for (const QString& name : std::as_const(names)) {
            if (!zoneOf.contains(name) && name.contains(u'.'))
                missing.append(name);
        }
        pending = int(missing.size());
        for (const QString& name : std::as_const(missing))
            askParentFor(name);
        if (missing.isEmpty())
            advance();
    }

    // SOA of the parent name -> its zone -> one of its servers -> that server's address -> a referral for `name`.
    void askParentFor(const QString& name)
    {
        const QString parent = name.section(u'.', 1);
        resolver->query(parent, rrtype::SOA, true, false, [this, name](const DnsReply& reply) {
            dns::Message m;
            QString parentZone;
            if (reply.transport == DnsReply::Answered && dns::parseMessage(reply.message, &m)) {
                for (const dns::ResourceRecord& rr : m.answers) {
                    if (rr.type == rrtype::SOA)
                        parentZone = rr.name;
                }
                if (parentZone.isEmpty() && m.soa())
                    parentZone = m.soa()->name;
            }
            if (parentZone.isEmpty())
                return done();
            resolver->query(parentZone, rrtype::NS, true, false, [this, name, parentZone](const DnsReply& nsReply) {
                dns::Message nm;
                QString server;
                if (nsReply.transport == DnsReply::Answered && dns::parseMessage(nsReply.message, &nm)) {
                    for (const dns::ResourceRecord& rr : nm.answers) {
                        if (rr.type == rrtype::NS && server.isEmpty())
                            server = rr.target;
                    }
                }
                if (server.isEmpty())
                    return done();
                resolver->query(server, rrtype::A, true, false, [this, name, parentZone](const DnsReply& aReply) {
                    dns::Message am;
                    QString address;
                    if (aReply.transport == DnsReply::Answered && dns::parseMessage(aReply.message, &am)) {
                        for (const dns::ResourceRecord& rr : am.answers) {
                            if (rr.type == rrtype::A && address.isEmpty())
                                address = formatAddress(rr.type, rr.rdata);
                        }
                    }
                    if (address.isEmpty())
                        return done();
                    direct(address, false)
                        ->query(name, rrtype::NS, false, false, [this, name, parentZone](const DnsReply& ref) {
                            takeReferral(name, parentZone, ref);
                            done();
                        });
                });
            });
        });
    }

    void takeReferral(const QString& name, const QString& parentZone, const DnsReply& reply)
    {
        dns::Message m;
        if (reply.transport != DnsReply::Answered || !dns::parseMessage(reply.message, &m))
            return;
        // No delegation but an authoritative alias: the name lives in the parent zone (a CNAME to a CDN).
        for (const dns::ResourceRecord& rr : m.answers) {
            if (m.aa && (rr.type == rrtype::CNAME || rr.type == rrtype::DNAME) && name.endsWith(rr.name)) {
                zoneOf.insert(name, parentZone);
                return;
            }
        }
        QString cut;
        QStringList ns;
        for (const QList<dns::ResourceRecord>* section : { &m.answers, &m.authority }) {
            for (const dns::ResourceRecord& rr : *section) {
                if (rr.type == rrtype::NS && (name == rr.name || name.endsWith(QLatin1Char('.') + rr.name))) {
                    cut = rr.name;
                    if (!ns.contains(rr.target))
                        ns.append(rr.target);
                }
            }
        }
        if (cut.isEmpty())
            return;
        std::sort(ns.begin(), ns.end());
        zoneOf.insert(name, cut);
        nsOf.insert(cut, ns);
        for (const dns::ResourceRecord& rr : m.additional) {
            const bool address = rr.type == rrtype::A || rr.type == rrtype::AAAA;
            const QString text = address ? formatAddress(rr.type, rr.rdata) : QString();
            if (!text.isEmpty() && ns.contains(rr.name) && !addressesOf[rr.name].contains(text))
                addressesOf[rr.name].append(text); // glue
        }
    }

    void askNameservers()
    {
        for (const QString& name : names) {
            const QString zone = zoneOf.value(name);
            if (!zone.isEmpty() && !matrix.zones.contains(zone))
                matrix.zones.append(zone);
        }
        QStringList unknown;
        for (const QString& zone : std::as_const(matrix.zones)) {
            if (!nsOf.contains(zone)) // referrals already named their servers
                unknown.append(zone);
        }
        pending = int(unknown.size());
        for (const QString& zone : std::as_const(unknown)) {
            resolver->query(zone, rrtype::NS, true, false, [this, zone](const DnsReply& reply) {
                dns::Message m;
                if (reply.transport == DnsReply::Answered && dns::parseMessage(reply.message, &m)) {
                    QStringList ns;
                    for (const dns::ResourceRecord& rr : m.answers) {
                        if (rr.type == rrtype::NS && rr.name == zone && !ns.contains(rr.target))
                            ns.append(rr.target);
                    }
                    std::sort(ns.begin(), ns.end());
                    nsOf.insert(zone, ns);
                }
                done();
            });
        }
        if (unknown.isEmpty())
            advance();
    }

    void askAddresses()
    {
        QSet<QString> all;
        for (const QStringList& list : std::as_const(nsOf)) {
            for (const QString& ns : list) {
                if (!addressesOf.contains(ns)) // glue from a referral is enough
                    all.insert(ns);
            }
        }
        pending = int(all.size()) * 2;
        for (const QString& ns : std::as_const(all)) {
            for (quint16 type : { rrtype::A, rrtype::AAAA }) {
                resolver->query(ns, type, true, false, [this, ns, type](const DnsReply& reply) {
                    dns::Message m;
                    if (reply.transport == DnsReply::Answered && dns::parseMessage(reply.message, &m)) {
                        for (const dns::ResourceRecord& rr : m.answers) {
                            const QString address = rr.type == type ? formatAddress(type, rr.rdata) : QString();
                            if (!address.isEmpty() && !addressesOf[ns].contains(address))
                                addressesOf[ns].append(address);
                        }
                    }
                    done();
                });
            }
        }
        if (all.isEmpty())
            advance();
    }

    void probe()
    {
        // Every zone's servers: the SOA control query, then CAA for each of the zone's names over UDP and TCP.
        struct Job
        {
            QString zone, ns, address;
        };
        QList<Job> jobs;
        for (const QString& zone : std::as_const(matrix.zones)) {
            for (const QString& ns : nsOf.value(zone)) {
                const QStringList addresses = addressesOf.value(ns);
                if (addresses.isEmpty() && !matrix.unresolved.contains(ns))
                    matrix.unresolved.append(ns);
                for (const QString& a : addresses)
                    jobs.append({ zone, ns, a });
            }
        }
        pending = 0;
        for (const Job& job : jobs) {
            ++pending;
            const int serverIndex = int(matrix.servers.size());
            NsServer server;
            server.zone = job.zone;
            server.nsName = job.ns;
            server.address = job.address;
            matrix.servers.append(server);
            direct(job.address, false)
                ->query(job.zone, rrtype::SOA, false, false, [this, serverIndex](const DnsReply& r) {
                    NsServer& s = matrix.servers[serverIndex];
                    s.transport = r.transport;
                    s.latencyMs = r.elapsedMs;
                    dns::Message m;
                    if (r.transport == DnsReply::Answered && dns::parseMessage(r.message, &m)) {
                        s.rcode = m.rcode;
                        s.aa = m.aa;
                        for (const dns::ResourceRecord& rr : m.answers) {
                            if (rr.type == rrtype::SOA && rr.name == s.zone) {
                                s.serial = rr.serial;
                                s.serialKnown = true;
                            }
                        }
                    }
                    done();
                });
            for (const QString& name : std::as_const(names)) {
                if (zoneOf.value(name) != job.zone)
                    continue;
                for (bool tcp : { false, true }) {
                    ++pending;
                    const int probeIndex = int(matrix.probes.size());
                    NsProbe p;
                    p.name = name;
                    p.zone = job.zone;
                    p.nsName = job.ns;
                    p.address = job.address;
                    p.tcp = tcp;
                    matrix.probes.append(p);
                    direct(job.address, tcp)
                        ->query(name, rrtype::CAA, false, false, [this, probeIndex](const DnsReply& r) {
                            NsProbe& result = matrix.probes[probeIndex];
                            result.transport = r.transport;
                            result.latencyMs = r.elapsedMs;
                            result.rawMessage = r.message;
                            dns::Message m;
                            if (r.transport == DnsReply::Answered && dns::parseMessage(r.message, &m)) {
                                result.rcode = m.rcode;
                                result.aa = m.aa;
                                result.tc = m.tc;
                                result.soaInAuthority = m.soa() != nullptr;
                                for (const dns::ResourceRecord& rr : m.answers) {
                                    CaaRecord caa;
                                    if (rr.type == rrtype::CAA && parseCaaWire(rr.rdata, &caa))
                                        result.records.append(caa);
                                    if ((rr.type == rrtype::CNAME || rr.type == rrtype::DNAME)
                                        && result.aliasTarget.isEmpty())
                                        result.aliasTarget = rr.target;
                                }
                                std::sort(result.records.begin(), result.records.end(), lessRecord);
                            } else if (r.transport == DnsReply::Answered) {
                                result.transport = DnsReply::BadResponse;
                            }
                            done();
                        });
                }
            }
        }
        if (pending == 0)
            advance();
    }
};

NsMatrixRunner::NsMatrixRunner(const DnsClientOptions& resolver, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->resolverOptions = resolver;
    d->resolver = new DnsClient(resolver, this);
}

NsMatrixRunner::~NsMatrixRunner() = default;

void NsMatrixRunner::setTimeoutMs(int ms)
{
    d->timeoutMs = std::max(100, ms);
}

void NsMatrixRunner::start(const QStringList& names)
{
    // A restart must not let the previous run's answers land in the new lists.
    d->resolver->cancelAll();
    for (DnsClient* client : std::as_const(d->directUdp))
        client->cancelAll();
    for (DnsClient* client : std::as_const(d->directTcp))
        client->cancelAll();
    d->matrix = {};
    d->names = names;
    d->zoneOf.clear();
    d->nsOf.clear();
    d->addressesOf.clear();
    d->phase = 0;
    d->running = true;
    d->advance();
}

bool NsMatrixRunner::isRunning() const
{
    return d->running;
}

const NsMatrix& NsMatrixRunner::matrix() const
{
    return d->matrix;
}

QList<NsMatrixRow> NsMatrix::rows() const
{
    QList<NsMatrixRow> out;
    for (const NsProbe& p : probes) {
        if (p.tcp)
            continue;
        NsMatrixRow row;
        row.udp = &p;
        for (const NsProbe& t : probes) {
            if (t.tcp && t.name == p.name && t.address == p.address)
                row.tcp = &t;
        }
        for (const NsServer& s : servers) {
            if (s.address == p.address && s.zone == p.zone)
                row.server = &s;
        }
        out.append(row);
    }
    return out;
}

QList<Finding> analyseNsMatrix(const NsMatrix& matrix)
{
    QList<Finding> findings;
    auto serverOf = [&](const QString& zone, const QString& address) -> const NsServer* {
        for (const NsServer& s : matrix.servers) {
            if (s.zone == zone && s.address == address)
                return &s;
        }
        return nullptr;
    };
    for (const QString& ns : matrix.unresolved) {
        Finding f = nsFinding("ns-unresolved", Severity::Warning);
        f.args.insert(QStringLiteral("ns"), ns);
        findings.append(f);
    }
    // A host without IPv6 cannot reach any IPv6 address: say so once instead of blaming every server for it.
    bool anyV4Answered = false, anyV6 = false, allV6Unreachable = true;
    for (const NsProbe& p : matrix.probes) {
        const bool v6 = p.address.startsWith(u'[');
        if (v6) {
            anyV6 = true;
            allV6Unreachable = allV6Unreachable
                && (p.transport == DnsReply::NetworkError || p.transport == DnsReply::ConnectionRefused);
        } else if (p.transport == DnsReply::Answered) {
            anyV4Answered = true;
        }
    }
    const bool noIpv6Here = anyV6 && allV6Unreachable && anyV4Answered;
    if (noIpv6Here) {
        Finding f = nsFinding("ns-ipv6-unreachable-here", Severity::Info);
        findings.append(f);
    }
    QSet<QString> reported; // one finding per server and kind
    for (const NsProbe& p : matrix.probes) {
        if (noIpv6Here && p.address.startsWith(u'['))
            continue;
        const NsServer* s = serverOf(p.zone, p.address);
        const bool controlOk = s && s->transport == DnsReply::Answered && s->rcode == dns::rcode::NoError;
        const QString key = p.address + u'|' + p.name;
        auto add = [&](const char* code, Severity severity) -> Finding& {
            Finding f = nsFinding(code, severity);
            f.args.insert(QStringLiteral("ns"), p.nsName);
            f.args.insert(QStringLiteral("address"), p.address);
            f.args.insert(QStringLiteral("name"), p.name);
            f.args.insert(QStringLiteral("zone"), p.zone);
            f.args.insert(QStringLiteral("problem"), problemOf(p));
            f.args.insert(QStringLiteral("transport"), p.tcp ? QStringLiteral("TCP") : QStringLiteral("UDP"));
            findings.append(f);
            return findings.last();
        };
        const bool caaFailed
            = p.transport != DnsReply::Answered || (p.rcode != dns::rcode::NoError && p.rcode != dns::rcode::NxDomain);
        if (!p.tcp) {
            if (!controlOk && caaFailed) {
                if (!reported.contains(p.address + QStringLiteral("|down"))) {
                    reported.insert(p.address + QStringLiteral("|down"));
                    const bool answered = s && s->transport == DnsReply::Answered;
                    add(answered ? "ns-lame" : "ns-unreachable", Severity::Error);
                }
                continue;
            }
            if (controlOk && caaFailed) {
                add("ns-caa-failure", Severity::Error);
                continue;
            }
            if (controlOk && s && !s->aa && !reported.contains(p.address + QStringLiteral("|lame"))) {
                reported.insert(p.address + QStringLiteral("|lame"));
                add("ns-lame", Severity::Error);
            }
            if (p.transport == DnsReply::Answered && p.records.isEmpty() && p.aliasTarget.isEmpty() && !p.tc
                && !p.soaInAuthority && (p.rcode == dns::rcode::NoError || p.rcode == dns::rcode::NxDomain))
                add("ns-nodata-without-soa", Severity::Error);
        } else if (caaFailed) {
            // UDP worked for this server and name, TCP did not: large answers and TC=1 fallbacks fail.
            for (const NsProbe& udp : matrix.probes) {
                if (!udp.tcp && udp.address == p.address && udp.name == p.name && udp.transport == DnsReply::Answered
                    && (udp.rcode == dns::rcode::NoError || udp.rcode == dns::rcode::NxDomain)
                    && !reported.contains(key + QStringLiteral("|tcp"))) {
                    reported.insert(key + QStringLiteral("|tcp"));
                    add("ns-tcp-failure", Severity::Warning);
                }
            }
        }
    }
    // Servers of one zone that answer the same name with different CAA sets.
    QStringList namesSeen;
    for (const NsProbe& p : matrix.probes) {
        if (!namesSeen.contains(p.name))
            namesSeen.append(p.name);
    }
    for (const QString& name : namesSeen) {
        QMap<QString, QStringList> bySet; // set description -> servers
        QMap<QString, quint32> serialOfSet;
        QStringList details;
        for (const NsProbe& p : matrix.probes) {
            if (p.name != name || p.tcp || p.transport != DnsReply::Answered || p.tc
                || (p.rcode != dns::rcode::NoError && p.rcode != dns::rcode::NxDomain))
                continue;
            const QString set = describeSet(p.records);
            const NsServer* s = serverOf(p.zone, p.address);
            bySet[set].append(QStringLiteral("%1 (%2)").arg(p.nsName, p.address));
            if (s && s->serialKnown)
                serialOfSet[set] = std::max(serialOfSet.value(set), s->serial);
        }
        if (bySet.size() < 2)
            continue;
        Finding f = nsFinding("ns-disagree", Severity::Error);
        f.args.insert(QStringLiteral("name"), name);
        QStringList sets;
        quint32 newest = 0;
        for (auto it = bySet.constBegin(); it != bySet.constEnd(); ++it)
            newest = std::max(newest, serialOfSet.value(it.key()));
        QStringList stale;
        for (auto it = bySet.constBegin(); it != bySet.constEnd(); ++it) {
            const bool hasSerial = serialOfSet.contains(it.key());
            sets.append(
                QStringLiteral("%1 -> %2%3")
                    .arg(it.value().join(QStringLiteral(", ")), it.key(),
                         hasSerial ? QStringLiteral(" (serial %1)").arg(serialOfSet.value(it.key())) : QString()));
            if (hasSerial && serialOfSet.value(it.key()) < newest)
                stale += it.value();
        }
        f.args.insert(QStringLiteral("sets"), sets);
        if (!stale.isEmpty()) {
            f.args.insert(QStringLiteral("stale"), stale);
            f.args.insert(QStringLiteral("newestSerial"), qint64(newest));
        }
        findings.append(f);
    }
    return findings;
}

} // namespace caa
