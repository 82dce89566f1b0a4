#pragma once

#include "caa/climb.h"
#include "caa/evaluator.h"
#include "caa/nsmatrix.h"

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
    QList<ResolverView> otherResolvers;
    QList<Finding> resolverFindings; // resolvers-disagree
    // Made offline from an evidence bundle: the bundle's file and the versions of the program that did the lookups
    // (empty for a check made here).
    QString reopenedFrom;
    QString madeByVersion;
    QString madeByQt;
    QString madeByCares;

    // Compares the other resolvers' climbs and verdicts with this one's; fills resolverFindings.
    void compareResolvers();

    // The relevant name common to the verdicts (they share one climb), empty when none.
    QString relevantName() const;
    bool isComplete() const;
};

} // namespace caa
