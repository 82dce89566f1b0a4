#include "issuerdiff.h"

#include "messagecatalogue.h"

namespace caa {

QList<bool> IssuerDiffRow::markedOctets() const
{
    QList<bool> marked(value.size(), false);
    for (qsizetype h = 0; h + 1 < highlight.size(); h += 2) {
        for (qsizetype i = highlight[h]; i < highlight[h + 1]; ++i)
            marked[i] = true;
    }
    return marked;
}

std::optional<IssuerDiffRow> issuerDiffRow(const Climb& climb, const Finding& finding, int index, const QString& caName)
{
    const auto expected = finding.args.constFind(QStringLiteral("expected"));
    if (finding.highlight.isEmpty() || expected == finding.args.constEnd() || finding.node < 0
        || finding.node >= climb.nodes.size() || finding.record < 0
        || finding.record >= climb.nodes[finding.node].records.size())
        return std::nullopt;
    IssuerDiffRow row;
    row.finding = index;
    row.value = climb.nodes[finding.node].records[finding.record].rdata.value;
    row.expected = expected->toString();
    // Ranges clamped to the value and to each other here, so that no drawer has to.
    for (qsizetype h = 0; h + 1 < finding.highlight.size(); h += 2) {
        const qsizetype begin = std::clamp<qsizetype>(finding.highlight[h], 0, row.value.size());
        const qsizetype end = std::clamp<qsizetype>(finding.highlight[h + 1], begin, row.value.size());
        row.highlight << begin << end;
    }
    row.label = MessageCatalogue::issuerDifference(finding.code);
    row.expectedNote = MessageCatalogue::tr("%1's CAA identifier (CCADB)").arg(caName);
    return row;
}

QList<IssuerDiffRow> issuerDiffRows(const Diagnosis& diagnosis, const Verdict& verdict, const QString& caName)
{
    const Climb climb = diagnosis.climbFor(verdict);
    QList<IssuerDiffRow> rows;
    for (int i = 0; i < verdict.findings.size(); ++i) {
        if (auto row = issuerDiffRow(climb, verdict.findings[i], i, caName))
            rows.append(*row);
    }
    return rows;
}

} // namespace caa
