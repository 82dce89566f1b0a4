#pragma once

#include "caa/acmeerror.h"
#include "caa/climb.h"
#include "caa/evaluator.h"
#include "caa/nsmatrix.h"
#include "caa/whoissues.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace caa {

// The same climb as another resolver answered it (several --resolver): where published DNS differs by viewpoint.
struct ResolverView
{
    QString server;
    Climb climb;
    QList<Verdict> verdicts;
};

struct ZoneFileProvenance
{
    QString path;
    QString sha256;
};

// Everything one check produced: what was asked, what DNS said, what each CA decides, and where the data came from.
// The CLI JSON, the GUI models, reports and evidence bundles all read this one object.
struct Diagnosis
{
    Request request;
    QList<CaProfile> profiles;
    Climb climb;
    QList<Verdict> verdicts;
    QString sourceKind; // "zone" | "live"
    QStringList sourceDetails;
    QList<ZoneFileProvenance> zoneFiles;
    QDateTime startedUtc;
    qint64 elapsedMs = 0;
    bool hasNsMatrix = false;
    NsMatrix nsMatrix; // live checks: every authoritative server asked directly
    // A finding code saying why the matrix was not made ("resolver-unreachable", "nameservers-not-asked"), or empty.
    QString nsMatrixSkipped;
    // Records found at a name with a parent appended again (doubledOwnerCandidates): typed with the full name into a
    // form that appends the zone.
    QList<LookupResult> doubledOwners;
    QStringList doubledUnanswered; // candidates the resolver failed to answer: the nameserver matrix asks them
    QList<ResolverView> otherResolvers;
    QList<Finding> resolverFindings; // resolvers-disagree
    // Made offline from an evidence bundle: the bundle's file and the versions of the program that did the lookups
    // (empty for a check made here).
    QString reopenedFrom;
    QString madeByVersion;
    QString madeByQt;
    QString madeByCares;
    // The error message the person pasted (--error, the window's error field), when there was one: a failure "during
    // secondary validation" that no record explains is looked for in the nameservers.
    bool hasFromError = false;
    AcmeError fromError;
    QString fromErrorText;
    // Who issues for the name: the certificate in use, its CA and the hosting platform (see WhoIssues).
    WhoIssues who;
    // The request named no CA (the CLI without --ca): the served CA and the platform's CAs are judged beside the
    // default, as verdicts of their own.
    bool judgeIssuersBeside = false;
    // profiles[besideFrom…] are those CAs (judged beside), derived again by every settle(); the rest were asked about.
    int besideFrom = 1 << 30;

    // The verdict of `profile` for `request` from everything this diagnosis holds: the climb, and for live DNS the
    // authoritative servers' own answers (a resolver that fails or caches an old set, servers that disagree). The
    // one evaluation every view reads (window, text, JSON, PDF, replay).
    Verdict judge(const CaProfile& profile, const Request& request) const;
    // The climb a verdict's node and record indices point into: the authoritative servers' climb for a verdict taken
    // from their answers (fromAuthoritative), else the resolver's.
    Climb climbFor(const Verdict& verdict) const;
    // Judges every profile again (after the nameserver matrix arrived, or the request changed on the same data), and
    // derives who issues (the served chain's CA, the platform) with their verdicts and findings.
    void settle();
    // The served certificate's CA and the platform's CAs judged from the same climb (part of settle()).
    void judgeWhoIssues();
    // The nameserver matrix joins the diagnosis: every verdict is judged with it, and the matrix then keeps only the
    // names up to where the verdicts were decided (the rest was asked in case the servers decide further up).
    void attachMatrix(const NsMatrix& matrix);
    // This diagnosis' own verdict for `profile`, or, for a CA it was not asked about or for the other kind of the
    // same name (wildcard or not), one judgement of the same request (account and method included).
    Verdict verdictFor(const CaProfile& profile, bool wildcard) const;
    // How many climb names the nameserver matrix must cover: up to the relevant or failing name; every name when the
    // resolver failed (the servers' own answers may decide instead).
    int matrixNamesNeeded() const; // 0 when the resolver answered nothing: no server can be found through it
    // The matrix a live check ran beside its climb: attached (the verdicts judged again), or marked skipped when the
    // resolver answered nothing.
    void useMatrix(const NsMatrix& matrix);
    // What the climb, once ended, tells the matrix that runs beside it: how many of its names matter, and the doubled
    // owners the resolver could not answer (the servers are asked for them).
    void informMatrix(NsMatrixRunner& runner) const;
    // A live check made without the matrix (--no-matrix): its lookup failures say that nothing can tell whether the
    // resolver or the domain's servers fail.
    void skipMatrix();

    // Compares the other resolvers' climbs and verdicts with this one's; fills resolverFindings.
    void compareResolvers();

    // The relevant name common to the verdicts (they share one climb), empty when none.
    QString relevantName() const;
    bool isComplete() const;
};

} // namespace caa
