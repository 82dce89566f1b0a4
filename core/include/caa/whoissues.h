#pragma once

#include "caa/ctlog.h"
#include "caa/evaluator.h"
#include "caa/issuerdirectory.h"
#include "caa/platformdirectory.h"
#include "caa/tlsprobe.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace caa {

class ZoneFile;

namespace code {
// The CA that issued the certificate in use may not issue again: its next renewal will fail.
inline constexpr char ServedIssuerNotPermitted[] = "served-issuer-not-permitted";
// The certificate in use was issued by a CA the data does not know: named as it is.
inline constexpr char ServedIssuerUnknown[] = "served-issuer-unknown";
// The hosting platform's CAs are all refused by the relevant set: the platform cannot get a certificate.
inline constexpr char PlatformCaMissing[] = "platform-ca-missing";
// The certificate could not be read (no TLS server, refused, timeout, not TLS); the CAA check is unaffected.
inline constexpr char ServedNotRead[] = "served-not-read";
// The certificate served does not cover the name.
inline constexpr char ServedNameNotCovered[] = "served-name-not-covered";
} // namespace code

// One CA a platform issues with, judged from the same climb.
struct PlatformCa
{
    CaProfile profile;
    Verdict verdict;
};

struct PlatformFinding
{
    PlatformMatch match;
    QList<PlatformCa> cas;
    bool permitsAny() const;
    bool allRefuse() const; // every CA refused (none cannot-tell)
};

// Who issues for the name: the certificate in use (read live over TLS or from a file), the CA that issued it and
// whether CAA lets it renew, and the hosting platform recognised from the CNAME chain and the nameservers. Kept in
// the Diagnosis; derived again (issuer, platform, verdicts, findings) from the chain and the climb by settle().
struct WhoIssues
{
    enum class Origin
    {
        None, // not asked (zone files without --served, --no-served, an IP address)
        Live, // read over TLS
        File, // --cert FILE or a dropped certificate
    };
    Origin origin = Origin::None;
    QString file; // Origin::File: the file's path
    TlsProbeResult probe; // Live: the probe; File: status Served and the chain
    QList<std::pair<QString, QString>> zoneNameservers; // (zone, NS name) from loaded zone files
    CtAnswer ct; // Certificate Transparency, when asked (each issuer's outcome is judged by settle())

    // Derived by Diagnosis::settle():
    IssuerIdentity issuer;
    bool coversName = false;
    bool hasServedVerdict = false;
    PlatformCa served; // the served CA, judged
    QList<PlatformFinding> platforms;
    QList<Finding> findings;

    bool hasChain() const { return probe.status == TlsProbeResult::Status::Served && !probe.chain.isEmpty(); }
    // When a renewal usually happens: two thirds into the leaf's lifetime (ACME clients renew with a third left;
    // certbot's 30 days of 90). Invalid without a chain.
    QDateTime renewalDue() const;
    bool expired(const QDateTime& nowUtc) const;
};

// A profile for one CA a platform or a served chain names: the directory's profile for its first identifier (its
// behaviour), recognising exactly these identifiers.
CaProfile profileForIdentifiers(const QStringList& identifiers, const QString& displayName = QString());
// The nameservers a loaded zone file names at its apex.
QList<std::pair<QString, QString>> zoneNameservers(const ZoneFile& zone);

} // namespace caa
