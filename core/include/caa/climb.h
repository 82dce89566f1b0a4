#pragma once

#include "caa/caarecord.h"
#include "caa/domainname.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace caa {

enum class LookupStatus
{
    Pending, // not answered yet
    Records, // NOERROR with at least one CAA RR
    NoData, // NOERROR, no CAA
    NxDomain,
    ServFail,
    Refused,
    NotImp,
    FormErr,
    Timeout,
    Truncated,
    Bogus, // DNSSEC validation failed
    Unavailable, // outside the loaded zone data
    NetworkError,
};

enum class DnssecState
{
    Unknown, // not asked or cannot be known from this source
    Secure, // AD set by a validating resolver
    Insecure,
    Bogus,
    Indeterminate,
};

// Where a record came from in a zone file (for highlighting and safe editing).
struct SourceLocation
{
    int zone = -1; // index of the ZoneFile in its ZoneSet
    int fileIndex = -1; // index into that ZoneFile's files() (the main file or an $INCLUDE), -1 when not from a file
    int line = 0; // 1-based
    qint64 begin = 0; // byte range of the whole record text in that file
    qint64 end = 0;
    qint64 rdataBegin = 0; // byte range of the RDATA text
    qint64 rdataEnd = 0;
    bool isValid() const { return fileIndex >= 0; }
};

struct CaaResourceRecord
{
    QString owner; // the owner name as answered (a CNAME target for an aliased answer)
    quint32 ttl = 0;
    CaaRecord rdata;
    SourceLocation location;
};

struct ExtendedError
{
    quint16 code = 0;
    QString text;
};

// One rung of the climb: the answer for one name.
struct LookupResult
{
    QString name;
    LookupStatus status = LookupStatus::Pending;
    QStringList aliases; // CNAME/DNAME chain targets, in order
    QString dnameOwner; // a DNAME at this ancestor redirected the name (RFC 6672): the first alias is synthesised
    QString zone; // the apex of the zone that answered for the name (or its alias target), when known
    QList<CaaResourceRecord> records;
    DnssecState dnssec = DnssecState::Unknown;
    QList<ExtendedError> ede;
    qint64 elapsedMs = -1;
    QString server; // resolver address or zone file
    quint32 negativeTtl = 0; // from the SOA of a negative answer
    QByteArray rawMessage; // the DNS message, when the source has one
    QString error; // a transport or decoding error, for display
    bool aliasLoop = false; // CNAME/DNAME chain loops

    bool isAnswered() const { return status != LookupStatus::Pending; }
    bool hasRecords() const { return status == LookupStatus::Records && !records.isEmpty(); }
    // A failure that leaves the CA unable to tell (Boulder: any error more specific than the relevant set).
    bool isFailure() const;
};

// The ordered lookups: the queried name first, the TLD last. Filled as answers arrive.
struct Climb
{
    QList<LookupResult> nodes;
    // Live DNS: no lookup of the climb got any answer from the resolver (nothing listens, or it is unreachable). The
    // CA never uses that resolver, so this says nothing about what the CA decides.
    bool resolverUnreachable = false;

    static Climb forName(const DomainName& name); // every node Pending
    // Every lookup timed out or met a network error (a live climb: the resolver never answered).
    bool everyLookupSilent() const;
    qsizetype indexOf(const QString& name) const;
};

// Where a record typed with its full name into a provider's form lands when the form appends the zone: the name with
// one of its parents appended again ("www.example.com.example.com", "example.com.example.com"). At most eight.
QStringList doubledOwnerCandidates(const DomainName& name);
// The name beside a doubled owner that only a wildcard answers ("caa-doctor-wildcard-probe.example.com" beside
// "www.example.com.example.com"): the same records there mean a wildcard made them.
QString wildcardProbeName(const QString& candidate);

const char* statusCode(LookupStatus status); // "records", "nodata", ... as in the JSON contract
const char* dnssecCode(DnssecState state);

} // namespace caa
