#include "caa/nsmatrix.h"

#include "caa/dnsmessage.h"
#include "caa/zonefile.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <list>
#include <unordered_map>

namespace caa {

namespace {

// An authoritative answer slower than this from here is likely to time out from some of the CA's perspectives.
constexpr qint64 kSlowServerMs = 250;

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

QString NsProbe::failure() const
{
    if (transport == DnsReply::Answered && (rcode == dns::rcode::NoError || rcode == dns::rcode::NxDomain))
        return {};
    return problemOf(*this);
}

bool NsProbe::usable() const
{
    return transport == DnsReply::Answered && (rcode == dns::rcode::NoError || rcode == dns::rcode::NxDomain) && !tc
        && (aa || !aliasTarget.isEmpty());
}

bool decodeProbeMessage(NsProbe* p, QByteArrayView message)
{
    dns::Message m;
    if (!dns::parseMessage(message, &m))
        return false;
    p->rcode = m.rcode;
    p->aa = m.aa;
    p->tc = m.tc;
    p->records.clear();
    p->aliasTarget.clear();
    p->ttl = 0;
    p->negativeTtl = 0;
    const dns::ResourceRecord* soa = m.soa();
    p->soaInAuthority = soa != nullptr;
    if (soa)
        p->negativeTtl = std::min(soa->ttl, soa->minimum);
    for (const dns::ResourceRecord& rr : m.answers) {
        CaaRecord caa;
        if (rr.type == rrtype::CAA && parseCaaWire(rr.rdata, &caa)) {
            p->records.append(caa);
            p->ttl = std::max(p->ttl, rr.ttl);
        }
    }
    // The name's own alias: its CNAME (a server answering through a DNAME adds the CNAME it synthesises), else the
    // name the DNAME maps it to (x.old.example -> x.new.example, not the DNAME's target new.example itself).
    for (const dns::ResourceRecord& rr : m.answers) {
        if (rr.type == rrtype::CNAME && rr.name == p->name) {
            p->aliasTarget = rr.target;
            p->ttl = std::max(p->ttl, rr.ttl);
            break;
        }
    }
    for (const dns::ResourceRecord& rr : m.answers) {
        if (!p->aliasTarget.isEmpty())
            break;
        if (rr.type == rrtype::DNAME && p->name.endsWith(u'.' + rr.name)) {
            p->aliasTarget = p->name.left(p->name.size() - rr.name.size()) + rr.target;
            p->ttl = std::max(p->ttl, rr.ttl);
        } else if (rr.type == rrtype::CNAME) {
            p->aliasTarget = rr.target; // a CNAME of another owner: the best there is
            p->ttl = std::max(p->ttl, rr.ttl);
        }
    }
    std::sort(p->records.begin(), p->records.end(), lessRecord);
    return true;
}

struct NsQueryPool::Private
{
    struct Entry
    {
        bool done = false;
        DnsReply reply;
        QList<DnsClient::Callback> waiters;
        std::list<QString>::iterator age; // in `byAge` once done
    };
    // One authoritative server over one transport: its channel, and the questions waiting for a free slot.
    struct Server
    {
        DnsClient* client = nullptr;
        int inFlight = 0;
        std::deque<std::pair<QString, quint16>> queued; // name, type
        quint64 lastUsed = 0;
    };
    static constexpr size_t kRemembered = 4096;
    // A batch must not flood one server (it would drop answers, and they would read as its failures): at most this
    // many questions in flight to each, the rest wait.
    static constexpr int kInFlightPerServer = 64;
    // Idle channels beyond this many are closed (a batch over many domains meets thousands of servers).
    static constexpr int kOpenChannels = 64;

    NsQueryPool* q = nullptr;
    DnsClient* resolver = nullptr;
    int timeoutMs = 2000;
    QHash<QString, Server> servers; // "address|t" or "address|u"
    quint64 useCounter = 0;
    quint64 closedSent = 0;
    int openChannels = 0;
    std::unordered_map<QString, Entry> entries; // "server|tcp|type|name"
    std::list<QString> byAge; // answered entries, least recently used first

    static QString keyOf(const QString& server, bool tcp, const QString& name, quint16 type)
    {
        return server + (tcp ? QStringLiteral("|t|") : QStringLiteral("|u|")) + QString::number(type) + u'|' + name;
    }

    Server& server(const QString& address, bool tcp)
    {
        Server& s = servers[address + (tcp ? QStringLiteral("|t") : QStringLiteral("|u"))];
        s.lastUsed = ++useCounter;
        if (!s.client) {
            closeIdleChannels();
            DnsClientOptions o;
            o.servers = { address };
            o.timeoutMs = timeoutMs;
            o.tries = 1;
            o.tcp = tcp;
            o.keepOpen = true; // one TCP connection per server for the whole run, not one per question
            s.client = new DnsClient(o, q);
            ++openChannels;
        }
        return s;
    }

    void closeIdleChannels()
    {
        while (openChannels >= kOpenChannels) {
            Server* oldest = nullptr;
            for (Server& s : servers) {
                if (s.client && s.inFlight == 0 && s.queued.empty() && (!oldest || s.lastUsed < oldest->lastUsed))
                    oldest = &s;
            }
            if (!oldest)
                return; // all busy: the bound is exceeded for a while
            closedSent += oldest->client->queriesSent();
            delete oldest->client;
            oldest->client = nullptr;
            --openChannels;
        }
    }

    void send(const QString& address, bool tcp, const QString& name, quint16 type)
    {
        const QString key = keyOf(address, tcp, name, type);
        if (address.isEmpty()) {
            resolver->query(name, type, true, false, [this, key](const DnsReply& reply) { answered(key, reply); });
            return;
        }
        Server& s = server(address, tcp);
        if (s.inFlight >= kInFlightPerServer) {
            s.queued.emplace_back(name, type);
            return;
        }
        ++s.inFlight;
        s.client->query(name, type, false, false, [this, key, address, tcp](const DnsReply& reply) {
            Server& done = server(address, tcp);
            --done.inFlight;
            if (!done.queued.empty()) {
                const auto [nextName, nextType] = done.queued.front();
                done.queued.pop_front();
                send(address, tcp, nextName, nextType);
            }
            answered(key, reply);
        });
    }

    void answered(const QString& key, const DnsReply& reply)
    {
        auto it = entries.find(key);
        if (it == entries.end())
            return;
        it->second.done = true;
        it->second.reply = reply;
        const QList<DnsClient::Callback> waiters = std::move(it->second.waiters);
        it->second.waiters.clear();
        byAge.push_back(key);
        it->second.age = std::prev(byAge.end());
        while (byAge.size() > kRemembered) {
            entries.erase(byAge.front());
            byAge.pop_front();
        }
        for (const DnsClient::Callback& done : waiters)
            done(reply); // may ask again: `waiters` is a copy
    }
};

NsQueryPool::NsQueryPool(const DnsClientOptions& resolver, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->resolver = new DnsClient(resolver, this);
}

NsQueryPool::~NsQueryPool() = default;

void NsQueryPool::setTimeoutMs(int ms)
{
    d->timeoutMs = std::max(100, ms);
}

void NsQueryPool::ask(const QString& server, bool tcp, const QString& name, quint16 type, DnsClient::Callback done)
{
    const QString key = Private::keyOf(server, tcp, name, type);
    auto it = d->entries.find(key);
    if (it != d->entries.end() && it->second.done) {
        d->byAge.splice(d->byAge.end(), d->byAge, it->second.age); // used again: the youngest
        QTimer::singleShot(0, this, [done = std::move(done), reply = it->second.reply] { done(reply); });
        return;
    }
    if (it != d->entries.end()) {
        it->second.waiters.append(std::move(done)); // asked already: its answer is on the way
        return;
    }
    d->entries[key].waiters.append(std::move(done));
    d->send(server, tcp, name, type);
}

quint64 NsQueryPool::queriesSent() const
{
    quint64 n = d->resolver->queriesSent() + d->closedSent;
    for (const Private::Server& s : std::as_const(d->servers))
        n += s.client ? s.client->queriesSent() : 0;
    return n;
}

namespace {

// A name in canonical wire form (RFC 4034 §6.2): lower-case labels, uncompressed.
QByteArray canonicalWireName(const QString& name)
{
    QByteArray wire;
    for (const QString& label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray l = label.toLower().toLatin1();
        wire.append(char(l.size()));
        wire.append(l);
    }
    wire.append('\0');
    return wire;
}

} // namespace

NsKeyCheck checkKeys(const QString& owner, const QList<QByteArray>& dsRdata, const QList<QByteArray>& dnskeyRdata)
{
    NsKeyCheck c;
    c.dsCount = int(dsRdata.size());
    c.keyCount = int(dnskeyRdata.size());
    const QByteArray ownerWire = canonicalWireName(owner);
    for (const QByteArray& ds : dsRdata) {
        if (ds.size() < 5)
            continue;
        QCryptographicHash::Algorithm algorithm;
        switch (quint8(ds[3])) { // the digest type
        case 1:
            algorithm = QCryptographicHash::Sha1;
            break;
        case 2:
            algorithm = QCryptographicHash::Sha256;
            break;
        case 4:
            algorithm = QCryptographicHash::Sha384;
            break;
        default:
            continue;
        }
        ++c.comparable;
        const QByteArray digest = ds.mid(4);
        for (const QByteArray& key : dnskeyRdata) {
            if (key.size() >= 4 && quint8(key[3]) == quint8(ds[2])
                && QCryptographicHash::hash(ownerWire + key, algorithm) == digest)
                c.dsMatchesKey = true;
        }
    }
    return c;
}

struct NsMatrixRunner::Private
{
    struct Zone
    {
        QString apex;
        QStringList nsNames;
        bool bootstrap = false; // the TLD, found through the resolver: its names wait for setNeeded()
        bool walkDone = false;
        bool walking = false;
        QStringList readyAddresses; // in the order they became known
        int walkTried = 0;
        bool childNsAsked = false;
        QStringList probedNames; // names already probed at this zone's servers
    };

    NsMatrixRunner* q = nullptr;
    NsQueryPool* pool = nullptr;
    NsQueryPool* ownPool = nullptr; // a child of q, when the pool is not shared
    std::shared_ptr<int> alive = std::make_shared<int>(0); // replaced on each start: older answers are dropped
    NsMatrix matrix;
    QStringList names; // the climb, most specific first
    int needed = -1; // how many of `names` matter; -1 until known
    QHash<QString, QList<QByteArray>> dsOf, keysOf; // zones the resolver fails: DS and DNSKEY rdata
    QStringList owners; // names off the climb to ask too (setNeeded)
    bool ownersAsked = false;
    QMap<QString, Zone> zones; // apex -> zone
    QHash<QString, QString> zoneOf; // name -> the deepest zone known to hold it
    QHash<QString, QStringList> addressesOf; // NS name -> addresses
    QSet<QString> addressesAsked; // NS names looked up through the resolver
    QSet<QString> serversStarted; // zone|address
    int pending = 0;
    bool running = false;

    // Asks through the pool; the answer is dropped when this runner was restarted or destroyed meanwhile.
    template <typename F>
    void ask(const QString& server, bool tcp, const QString& name, quint16 type, F&& f)
    {
        ++pending;
        pool->ask(server, tcp, name, type,
                  [this, token = std::weak_ptr<int>(alive), f = std::forward<F>(f)](const DnsReply& reply) {
                      if (token.expired())
                          return;
                      f(reply);
                      --pending;
                      maybeFinish();
                  });
    }
    template <typename F>
    void askResolver(const QString& name, quint16 type, F&& f)
    {
        ask(QString(), false, name, type, std::forward<F>(f));
    }

    static bool under(const QString& name, const QString& apex)
    {
        return name == apex || name.endsWith(QLatin1Char('.') + apex);
    }

    bool isNeeded(const QString& name) const
    {
        const qsizetype i = names.indexOf(name);
        return i >= 0 && (needed < 0 || i < needed);
    }

    void begin(const QStringList& climb, int neededCount)
    {
        alive = std::make_shared<int>(0);
        matrix = {};
        names = climb;
        needed = neededCount;
        zones.clear();
        zoneOf.clear();
        addressesOf.clear();
        addressesAsked.clear();
        serversStarted.clear();
        owners.clear();
        ownersAsked = false;
        dsOf.clear();
        keysOf.clear();
        pending = 0;
        running = true;
        if (names.isEmpty()) {
            finish();
            return;
        }
        // The TLD's servers, through the resolver (the climb asks it for the same names anyway).
        const QString tld = names.last().section(u'.', -1);
        askResolver(tld, rrtype::NS, [this, tld](const DnsReply& reply) {
            dns::Message m;
            QStringList ns;
            if (reply.transport == DnsReply::Answered && dns::parseMessage(reply.message, &m)) {
                for (const dns::ResourceRecord& rr : m.answers) {
                    if (rr.type == rrtype::NS && rr.name == tld && !ns.contains(rr.target))
                        ns.append(rr.target);
                }
            }
            std::sort(ns.begin(), ns.end());
            addZone(tld, ns, {}, true);
        });
    }

    void addZone(const QString& apex, const QStringList& nsNames, const QHash<QString, QStringList>& glue,
                 bool bootstrap)
    {
        if (zones.contains(apex))
            return;
        Zone& z = zones[apex];
        z.apex = apex;
        z.nsNames = nsNames;
        z.bootstrap = bootstrap;
        for (const QString& name : std::as_const(names)) {
            if (under(name, apex) && (!zoneOf.contains(name) || zoneOf.value(name).size() < apex.size()))
                zoneOf.insert(name, apex);
        }
        for (const QString& ns : nsNames)
            addServerName(apex, ns, glue.value(ns));
    }

    void addServerName(const QString& apex, const QString& ns, const QStringList& glue)
    {
        for (const QString& a : glue) {
            if (!addressesOf[ns].contains(a))
                addressesOf[ns].append(a);
        }
        if (!addressesOf.value(ns).isEmpty()) {
            for (const QString& a : addressesOf.value(ns))
                serverReady(apex, ns, a);
            return;
        }
        if (addressesAsked.contains(ns))
            return; // its addresses arrive for every zone that lists it
        addressesAsked.insert(ns);
        for (quint16 type : { rrtype::A, rrtype::AAAA }) {
            askResolver(ns, type, [this, ns, type](const DnsReply& reply) {
                dns::Message m;
                if (reply.transport != DnsReply::Answered || !dns::parseMessage(reply.message, &m))
                    return;
                for (const dns::ResourceRecord& rr : m.answers) {
                    const QString address = rr.type == type ? formatAddress(type, rr.rdata) : QString();
                    if (address.isEmpty() || addressesOf[ns].contains(address))
                        continue;
                    addressesOf[ns].append(address);
                    for (const Zone& z : std::as_const(zones)) {
                        if (z.nsNames.contains(ns))
                            serverReady(z.apex, ns, address);
                    }
                }
            });
        }
    }

    // A server's address is known: its SOA, the CAA of its zone's names, and the next step of the walk.
    void serverReady(const QString& apex, const QString& ns, const QString& address)
    {
        if (serversStarted.contains(apex + u'|' + address))
            return;
        serversStarted.insert(apex + u'|' + address);
        Zone& z = zones[apex];
        z.readyAddresses.append(address);
        if (z.readyAddresses.size() == 1) {
            // Whether the zone validates at all, asked of the resolver for a type it may handle better than CAA.
            askResolver(apex, rrtype::SOA, [this, apex](const DnsReply& r) {
                dns::Message m;
                if (r.transport != DnsReply::Answered || !dns::parseMessage(r.message, &m)
                    || m.rcode != dns::rcode::ServFail || matrix.resolverFailsZone.contains(apex))
                    return;
                matrix.resolverFailsZone.append(apex);
                checkChainOfTrust(apex);
            });
        }
        const int serverIndex = int(matrix.servers.size());
        NsServer server;
        server.zone = apex;
        server.nsName = ns;
        server.address = address;
        matrix.servers.append(server);
        ask(address, false, apex, rrtype::SOA, [this, serverIndex](const DnsReply& r) {
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
        });
        probeNamesAt(apex, ns, address);
        if (!z.walkDone && !z.walking)
            walk(apex);
        if (!z.bootstrap && !z.childNsAsked) {
            // The zone's own NS set (it may name servers the parent's delegation does not).
            z.childNsAsked = true;
            ask(address, false, apex, rrtype::NS, [this, apex](const DnsReply& r) {
                dns::Message m;
                if (r.transport != DnsReply::Answered || !dns::parseMessage(r.message, &m) || !m.aa)
                    return;
                QHash<QString, QStringList> glue = glueOf(m);
                for (const dns::ResourceRecord& rr : m.answers) {
                    if (rr.type == rrtype::NS && rr.name == apex && !zones[apex].nsNames.contains(rr.target)) {
                        zones[apex].nsNames.append(rr.target);
                        addServerName(apex, rr.target, glue.value(rr.target));
                    }
                }
            });
        }
    }

    static QHash<QString, QStringList> glueOf(const dns::Message& m)
    {
        QHash<QString, QStringList> glue;
        for (const dns::ResourceRecord& rr : m.additional) {
            const QString text
                = (rr.type == rrtype::A || rr.type == rrtype::AAAA) ? formatAddress(rr.type, rr.rdata) : QString();
            if (!text.isEmpty() && !glue[rr.name].contains(text))
                glue[rr.name].append(text);
        }
        return glue;
    }

    // May the names of this zone be probed now? Not the TLD's until the walk and setNeeded() say which names it holds
    // (otherwise every check would ask every TLD server for the TLD's own CAA).
    bool mayProbe(const Zone& z) const { return !z.bootstrap || (z.walkDone && needed >= 0); }

    // Why the resolver fails the zone, the same on every check (its cached answers may no longer say): the parent's DS
    // through the resolver (validated in the parent, which works) against the keys a server of the zone publishes.
    void checkChainOfTrust(const QString& apex)
    {
        const QString address = zones.value(apex).readyAddresses.value(0);
        if (address.isEmpty())
            return;
        auto rdataOf = [apex](const DnsReply& r, quint16 type) {
            QList<QByteArray> out;
            dns::Message m;
            if (r.transport == DnsReply::Answered && dns::parseMessage(r.message, &m)) {
                for (const dns::ResourceRecord& rr : m.answers) {
                    if (rr.type == type && rr.name == apex)
                        out.append(rr.rdata);
                }
            }
            return out;
        };
        askResolver(apex, rrtype::DS,
                    [this, apex, rdataOf](const DnsReply& r) { dsOf.insert(apex, rdataOf(r, rrtype::DS)); });
        ask(address, true, apex, rrtype::DNSKEY,
            [this, apex, rdataOf](const DnsReply& r) { keysOf.insert(apex, rdataOf(r, rrtype::DNSKEY)); });
    }

    // One CAA question to one server, its answer kept in the matrix's list `list` (probes or ownerProbes).
    void probe(QList<NsProbe> NsMatrix::*list, const NsProbe& question)
    {
        const int index = int((matrix.*list).size());
        (matrix.*list).append(question);
        ask(question.address, question.tcp, question.name, rrtype::CAA, [this, list, index](const DnsReply& r) {
            NsProbe& result = (matrix.*list)[index];
            result.transport = r.transport;
            result.latencyMs = r.elapsedMs;
            result.rawMessage = r.message;
            if (r.transport == DnsReply::Answered && !decodeProbeMessage(&result, r.message))
                result.transport = DnsReply::BadResponse;
        });
    }

    void probeNamesAt(const QString& apex, const QString& ns, const QString& address)
    {
        Zone& z = zones[apex];
        if (!mayProbe(z))
            return;
        for (const QString& name : std::as_const(names)) {
            if (zoneOf.value(name) != apex || !isNeeded(name))
                continue;
            for (bool tcp : { false, true }) {
                NsProbe p;
                p.name = name;
                p.zone = apex;
                p.nsName = ns;
                p.address = address;
                p.tcp = tcp;
                probe(&NsMatrix::probes, p);
            }
        }
    }

    void probeZoneEverywhere(const QString& apex)
    {
        for (const NsServer& s : QList<NsServer>(matrix.servers)) {
            if (s.zone == apex)
                probeNamesAt(apex, s.nsName, s.address);
        }
    }

    // One step down the delegations: this zone's server is asked for the most specific name's NS.
    void walk(const QString& apex)
    {
        Zone& z = zones[apex];
        if (z.walkTried >= z.readyAddresses.size()) {
            z.walking = false;
            return; // wait for another address, or give up when none comes
        }
        z.walking = true;
        const QString address = z.readyAddresses[z.walkTried++];
        const QString deepest = names.first();
        ask(address, false, deepest, rrtype::NS, [this, apex, deepest](const DnsReply& r) {
            dns::Message m;
            Zone& zone = zones[apex];
            if (r.transport != DnsReply::Answered || !dns::parseMessage(r.message, &m)
                || (m.rcode != dns::rcode::NoError && m.rcode != dns::rcode::NxDomain)) {
                walk(apex); // the next address of this zone, if any
                return;
            }
            // A referral to a deeper cut on the climb, with its glue.
            QString cut;
            QStringList ns;
            for (const dns::ResourceRecord& rr : m.authority) {
                if (rr.type == rrtype::NS && !m.aa && rr.name != apex && under(rr.name, apex)
                    && under(deepest, rr.name)) {
                    cut = rr.name;
                    if (!ns.contains(rr.target))
                        ns.append(rr.target);
                }
            }
            if (cut.isEmpty() && !m.aa) {
                walk(apex); // neither an answer nor a referral: a lame server
                return;
            }
            zone.walkDone = true;
            zone.walking = false;
            if (!cut.isEmpty()) {
                std::sort(ns.begin(), ns.end());
                addZone(cut, ns, glueOf(m), false);
            }
            if (zone.bootstrap)
                probeZoneEverywhere(apex);
        });
    }

    void maybeFinish()
    {
        if (!running || pending > 0)
            return;
        if (needed < 0)
            return; // setNeeded() decides whether the TLD's servers must be asked
        if (!ownersAsked) {
            ownersAsked = true; // every cut of the climb is known now: ask the owners off it
            askOwners();
            if (pending > 0)
                return;
        }
        finish();
    }

    // Each name off the climb at the servers of the deepest zone of a climb name it lies under (not the TLD's: a
    // doubled owner lies in the domain's own zone).
    void askOwners()
    {
        for (const QString& owner : std::as_const(owners)) {
            QString apex;
            for (const QString& name : std::as_const(names)) {
                const QString zone = zoneOf.value(name);
                if (under(owner, name) && zone.size() > apex.size() && !zones.value(zone).bootstrap)
                    apex = zone;
            }
            if (apex.isEmpty())
                continue;
            for (const NsServer& s : std::as_const(matrix.servers)) { // probe() adds to ownerProbes only
                if (s.zone != apex)
                    continue;
                NsProbe p;
                p.name = owner;
                p.zone = apex;
                p.nsName = s.nsName;
                p.address = s.address;
                probe(&NsMatrix::ownerProbes, p);
            }
        }
    }

    void finish()
    {
        running = false;
        // Only what the needed names are about: their zones, those zones' servers, their probes.
        NsMatrix m;
        QStringList neededNames = names.mid(0, needed < 0 ? names.size() : needed);
        for (const QString& name : std::as_const(neededNames)) {
            const QString zone = zoneOf.value(name);
            if (!zone.isEmpty() && !m.zones.contains(zone))
                m.zones.append(zone);
        }
        for (const NsServer& s : std::as_const(matrix.servers)) {
            if (m.zones.contains(s.zone))
                m.servers.append(s);
        }
        for (const NsProbe& p : std::as_const(matrix.probes)) {
            if (neededNames.contains(p.name) && zoneOf.value(p.name) == p.zone)
                m.probes.append(p);
        }
        for (const QString& zone : std::as_const(m.zones)) {
            if (matrix.resolverFailsZone.contains(zone))
                m.resolverFailsZone.append(zone);
            if (dsOf.contains(zone) && keysOf.contains(zone))
                m.keyChecks.insert(zone, checkKeys(zone, dsOf.value(zone), keysOf.value(zone)));
            for (const QString& ns : zones.value(zone).nsNames) {
                if (addressesOf.value(ns).isEmpty() && !m.unresolved.contains(ns))
                    m.unresolved.append(ns);
            }
        }
        m.ownerProbes = matrix.ownerProbes;
        matrix = m;
        matrix.findings = analyseNsMatrix(matrix);
        Q_EMIT q->finished();
    }
};

NsMatrixRunner::NsMatrixRunner(const DnsClientOptions& resolver, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->ownPool = new NsQueryPool(resolver, this);
    d->pool = d->ownPool;
}

NsMatrixRunner::NsMatrixRunner(NsQueryPool* pool, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->pool = pool;
}

NsMatrixRunner::~NsMatrixRunner() = default;

void NsMatrixRunner::setTimeoutMs(int ms)
{
    if (d->ownPool)
        d->ownPool->setTimeoutMs(ms);
}

void NsMatrixRunner::start(const QStringList& names)
{
    d->begin(names, int(names.size()));
}

void NsMatrixRunner::startAhead(const QStringList& names)
{
    d->begin(names, -1);
}

void NsMatrixRunner::startAhead(const DomainName& name)
{
    QStringList names;
    for (const LookupResult& n : Climb::forName(name).nodes)
        names.append(n.name);
    startAhead(names);
}

void NsMatrixRunner::setNeeded(int count, const QStringList& owners)
{
    if (!d->running || d->needed >= 0)
        return;
    d->needed = std::clamp(count, 0, int(d->names.size()));
    d->owners = owners;
    // The TLD's names may now be asked, if they are needed.
    for (const auto& z : std::as_const(d->zones)) {
        if (z.bootstrap && z.walkDone)
            d->probeZoneEverywhere(z.apex);
    }
    d->maybeFinish();
}

bool NsMatrixRunner::isRunning() const
{
    return d->running;
}

const NsMatrix& NsMatrixRunner::matrix() const
{
    return d->matrix;
}

const NsProbe* NsMatrix::tcpOf(const NsProbe& udp) const
{
    for (const NsProbe& t : probes) {
        if (t.tcp && t.name == udp.name && t.address == udp.address)
            return &t;
    }
    return nullptr;
}

QList<NsMatrixRow> NsMatrix::rows() const
{
    QList<NsMatrixRow> out;
    for (const NsProbe& p : probes) {
        if (p.tcp)
            continue;
        NsMatrixRow row;
        row.udp = &p;
        row.tcp = tcpOf(p);
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
                Finding& f = add("ns-caa-failure", Severity::Error);
                // The same server's TCP answer: a failure over both is no UDP-only matter (firewall, EDNS).
                if (const NsProbe* tcp = matrix.tcpOf(p)) {
                    const QString tcpProblem = tcp->failure();
                    if (tcpProblem == problemOf(p))
                        f.args.insert(QStringLiteral("transport"), QStringLiteral("UDP and TCP"));
                    else if (!tcpProblem.isEmpty())
                        f.args.insert(QStringLiteral("tcpProblem"), tcpProblem);
                }
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
    // Slow servers: remote perspectives of the CA, asking from other continents, time out on them first.
    QSet<QString> slowReported;
    for (const NsProbe& p : matrix.probes) {
        if (p.tcp || p.transport != DnsReply::Answered || p.latencyMs < kSlowServerMs
            || slowReported.contains(p.address))
            continue;
        slowReported.insert(p.address);
        Finding f = nsFinding("ns-perspective-risk", Severity::Warning);
        f.args.insert(QStringLiteral("ns"), p.nsName);
        f.args.insert(QStringLiteral("address"), p.address);
        f.args.insert(QStringLiteral("zone"), p.zone);
        f.args.insert(QStringLiteral("latency"), p.latencyMs);
        findings.append(f);
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
