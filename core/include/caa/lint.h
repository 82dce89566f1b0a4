#pragma once

#include "caa/caprofile.h"
#include "caa/evaluator.h"
#include "caa/zonefile.h"

#include <QList>

namespace caa {

struct LintFinding
{
    int zone = 0; // index of the ZoneFile in the input list
    int fileIndex = 0;
    int line = 0;
    int column = 0; // 1-based, in bytes: the syntax error, or the record's RDATA when it starts on `line` (else 1)
    QString owner;
    QString code;
    Severity severity = Severity::Warning;
    QVariantMap args;
    qsizetype record = -1; // record index in the zone, -1 for syntax errors
    Fix fix; // a quick fix, when one exists (fix.edits empty otherwise)
};

// Checks every CAA record and RRset for what zone checkers let through: trailing dots, nested quotes, unknown
// identifiers (with the nearest known one), critical unknown tags, upper-case tags, malformed parameters, a whole
// record pasted into a value, reserved flag bits. Syntax errors come first, as code "zone-syntax".
QList<LintFinding> lintZone(const ZoneFile& zone, int zoneIndex, const CaDirectory& directory);

} // namespace caa
