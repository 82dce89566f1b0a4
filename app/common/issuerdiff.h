#pragma once

#include "caa/diagnosis.h"
#include "caa/evaluator.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace caa {

// One row of the issuer diff: a record's issuer value above the CA's identifier, the octets that differ marked, and
// why they differ. Derived here once from a finding; the window draws it (IssuerDiffView), the PDF marks it in HTML
// and the CLI underlines it, so the three cannot disagree about what differs.
struct IssuerDiffRow
{
    int finding = -1; // index of the finding in the verdict's list
    QByteArray value; // the record's value, octet for octet
    QString expected; // the CA's identifier
    QList<qsizetype> highlight; // begin/end pairs of octets of `value`, each within it and in order
    QString label; // why they differ: "trailing dot: not allowed in CAA issuer names"
    QString expectedNote; // "Let's Encrypt's CAA identifier (CCADB)"

    QString found() const { return QString::fromLatin1(value); }
    // The octets of `value` to mark, one flag each.
    QList<bool> markedOctets() const;
};

// The row for finding `index` of a verdict, given the climb its node and record indices point into (the verdict's
// own, Diagnosis::climbFor); none when the finding points at no characters of a value.
std::optional<IssuerDiffRow> issuerDiffRow(const Climb& climb, const Finding& finding, int index,
                                           const QString& caName);
// Every row of a verdict, in the order of its findings.
QList<IssuerDiffRow> issuerDiffRows(const Diagnosis& diagnosis, const Verdict& verdict, const QString& caName);

} // namespace caa
