#pragma once

#include "caa/climb.h"
#include "caa/dnsclient.h"
#include "caa/evaluator.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace caa {

// One authoritative server's answer for one name, over one transport.
struct NsProbe
{
    QString name; // the climb name asked
    QString zone; // the zone it belongs to
    QString nsName; // the NS name
    QString address; // "ADDR:53"
    bool tcp = false;
    DnsReply::Transport transport = DnsReply::NetworkError;
    int rcode = -1;
    bool aa = false;
    bool tc = false;
    bool soaInAuthority = false; // for empty (NODATA/NXDOMAIN) answers: RFC 2308 wants the SOA
    QList<CaaRecord> records; // sorted, for comparison
    QString aliasTarget; // the answer is a CNAME/DNAME for the name (the CAA lives at the target)
    quint32 ttl = 0; // the largest TTL of the CAA records (or of the alias) the server publishes
    quint32 negativeTtl = 0; // empty answers: how long resolvers may cache them (RFC 2308: min of SOA TTL and minimum)
    qint64 latencyMs = 0;
    QByteArray rawMessage;

    // Answered with a usable authoritative answer: NOERROR or NXDOMAIN, AA set (or an alias), not truncated.
    bool usable() const;
    // What went wrong: "timeout", "unreachable", or the response code ("REFUSED", "SERVFAIL"…); empty for a NOERROR
    // or NXDOMAIN answer.
    QString failure() const;
};

// Fills a probe's answer fields (rcode, AA, TC, SOA, records, alias, TTLs) from its raw DNS message; false when the
// message does not decode (the probe is then a bad response).
bool decodeProbeMessage(NsProbe* probe, QByteArrayView message);

// A zone's chain of trust at its apex: the DS records its parent publishes (through the resolver) against the DNSKEY
// records its own server publishes (asked directly).
struct NsKeyCheck
{
    int dsCount = 0;
    int keyCount = 0;
    int comparable = 0; // DS records of a digest type this program computes (SHA-1, SHA-256, SHA-384)
    bool dsMatchesKey = false; // a DS record is the digest of one of the keys

    // Whether it tells the cause: a DS that matches no key breaks the chain; a DS that matches leaves the signatures.
    bool decides() const { return dsCount > 0 && keyCount > 0 && (dsMatchesKey || comparable == dsCount); }
};
// Compares DS rdata with the DNSKEY rdata of `owner` (RFC 4034 §5.1.4: the digest of the owner's canonical wire name
// and the key's rdata).
NsKeyCheck checkKeys(const QString& owner, const QList<QByteArray>& dsRdata, const QList<QByteArray>& dnskeyRdata);

// The control query to each server: the zone's SOA (serial), which any working server answers.
struct NsServer
{
    QString zone;
    QString nsName;
    QString address;
    DnsReply::Transport transport = DnsReply::NetworkError;
    int rcode = -1;
    bool aa = false;
    bool serialKnown = false;
    quint32 serial = 0;
    qint64 latencyMs = 0;
};

// One line of the matrix as it is shown: a name at one server address, its UDP and TCP answers, and the server's
// SOA answer for the zone (the serial); tcp and server may be null.
struct NsMatrixRow
{
    const NsProbe* udp = nullptr;
    const NsProbe* tcp = nullptr;
    const NsServer* server = nullptr;
};

struct NsMatrix
{
    QStringList zones; // zone apexes found for the names, in climb order
    QList<NsServer> servers; // per zone, per NS address
    QList<NsProbe> probes; // per name, per server, per transport
    // Names off the climb asked at the servers of the zone that holds them (UDP): the doubled owners
    // ("www.example.com.example.com") the resolver could not answer, and the wildcard probes beside them.
    QList<NsProbe> ownerProbes;
    QList<Finding> findings; // ns-* codes; Finding::args name the server, address, name and what went wrong
    QStringList unresolved; // NS names whose addresses could not be found
    // Zones whose SOA the resolver answers SERVFAIL (a validating resolver: DNSSEC fails for the whole zone). The
    // servers' own answers for them cannot stand in for the resolver's: nothing here validates them.
    QStringList resolverFailsZone;
    // For those zones: their DS records at the parent against the keys they publish, which names the cause (a DS that
    // matches no key, or signatures) on every check alike, where a validating resolver's cached answer may have lost
    // its reason (Unbound then says only "EDE 6, DNSSEC Bogus").
    QMap<QString, NsKeyCheck> keyChecks;

    QList<NsMatrixRow> rows() const;
    // The TCP answer of the server and name of a UDP probe, or null.
    const NsProbe* tcpOf(const NsProbe& udp) const; // in probe order, one per UDP probe
};

// The servers' clients and answers, shared by the matrices of many names (a batch) or owned by one: one c-ares
// channel per server and transport (TCP connections are kept and reused), and a question that several names ask (a
// zone's SOA and NS, its apex's CAA, the TLD's servers, the NS names' addresses) sent once, its answer remembered
// for the rest of the run (the most recently used few thousand answers: memory stays flat over a long batch).
class NsQueryPool : public QObject
{
    Q_OBJECT
public:
    NsQueryPool(const DnsClientOptions& resolver, QObject* parent = nullptr);
    ~NsQueryPool() override;

    // Per try, for the authoritative servers' channels made from now on.
    void setTimeoutMs(int ms);
    // The recursive resolver (server empty: RD set) or one authoritative server (RD clear) asked for name/type. The
    // callback runs later from the event loop, never inside this call.
    void ask(const QString& server, bool tcp, const QString& name, quint16 type, DnsClient::Callback done);
    quint64 queriesSent() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Builds the matrix with live queries on the event loop, everything at once: the TLD's servers through the recursive
// resolver, then down the delegations the way a resolver walks them (each zone's servers asked RD=0 for the next
// referral, with its glue), and every server asked directly for the zone's SOA and the names' CAA, over UDP and TCP,
// as soon as its address is known. The climb's own lookups need not have finished: startAhead() takes the whole climb
// and setNeeded() says later how many of its names matter (the TLD's servers are only asked once that is known).
class NsMatrixRunner : public QObject
{
    Q_OBJECT
public:
    NsMatrixRunner(const DnsClientOptions& resolver, QObject* parent = nullptr);
    // Asks through a pool shared with other runners (not owned; it must outlive this runner).
    explicit NsMatrixRunner(NsQueryPool* pool, QObject* parent = nullptr);
    ~NsMatrixRunner() override;

    // Names: the climb, most specific first, all of them needed.
    void start(const QStringList& names);
    // The whole climb while it is still being looked up; setNeeded() follows with how many of its names matter (the
    // climb up to the relevant or failing name). Finishes only after that.
    void startAhead(const QStringList& names);
    // The same for the climb of `name` (the name, then each parent up to the TLD).
    void startAhead(const DomainName& name);
    // `owners`: names off the climb to ask as well, at the servers of the zone that holds them (once every zone cut of
    // the climb is known), in NsMatrix::ownerProbes.
    void setNeeded(int count, const QStringList& owners = {});
    bool isRunning() const;
    const NsMatrix& matrix() const;
    void setTimeoutMs(int ms); // only for a runner with a pool of its own

Q_SIGNALS:
    void updated();
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The findings of a complete matrix (exposed for tests): servers failing only CAA, disagreeing sets and serials,
// NODATA without SOA, lame and unreachable servers, TCP-only failures.
QList<Finding> analyseNsMatrix(const NsMatrix& matrix);

} // namespace caa
