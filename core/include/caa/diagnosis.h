#pragma once

#include "caa/climb.h"
#include "caa/evaluator.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace caa {

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

    // The relevant name common to the verdicts (they share one climb), empty when none.
    QString relevantName() const;
    bool isComplete() const;
};

} // namespace caa
