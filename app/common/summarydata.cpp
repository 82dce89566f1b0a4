#include "summarydata.h"

#include "messagecatalogue.h"

namespace caa {

int SummaryData::addCause(const Detail& cause)
{
    if (cause.finding.isEmpty())
        return -1;
    const QString key = QString::number(cause.outcome) + QLatin1Char('\n') + cause.ca + QLatin1Char('\n')
        + cause.finding + QLatin1Char('\n') + cause.fixLines.join(QLatin1Char('\n'));
    int index = detailIndex.value(key, -1);
    if (index < 0) {
        details.append(cause);
        details.last().names.clear();
        details.last().count = 0;
        index = int(details.size() - 1);
        detailIndex.insert(key, index);
    }
    return index;
}

void SummaryData::addRow(const QString& name, const QList<int>& outcomes, const QString& relevant, int detail)
{
    if (detail >= 0 && detail < details.size()) {
        Detail& d = details[detail];
        if (d.names.size() < 8)
            d.names.append(name);
        ++d.count;
    } else {
        detail = -1;
    }
    rows.append(Row { name, outcomes, relevant, detail });
}

void SummaryData::add(const QString& name, const QList<int>& outcomes, const QString& relevant, const Detail& cause)
{
    addRow(name, outcomes, relevant, addCause(cause));
}

void SummaryData::addDiagnosis(const Diagnosis& diagnosis)
{
    QList<int> outcomes;
    Detail cause;
    for (int i = 0; i < diagnosis.verdicts.size(); ++i) {
        const Verdict& v = diagnosis.verdicts[i];
        outcomes.append(int(v.outcome));
        if (v.outcome == Outcome::Permit || !cause.finding.isEmpty())
            continue;
        const QString ca = diagnosis.profiles.value(i).displayName;
        cause.ca = ca;
        cause.outcome = int(v.outcome);
        cause.relevant = v.relevantName;
        cause.finding = v.findings.isEmpty() ? MessageCatalogue::verdictAction(v)
                                             : MessageCatalogue::finding(v.findings.first(), ca);
        if (!v.fixes.isEmpty()) {
            cause.fixTitle = MessageCatalogue::fixTitle(v.fixes.first());
            cause.fixLines = v.fixes.first().zoneLines();
        }
    }
    add(diagnosis.request.name.displayText(), outcomes, diagnosis.relevantName(), cause);
}

void SummaryData::addInvalid(const QString& text, const QString& why)
{
    Detail cause;
    cause.finding = why;
    QList<int> outcomes;
    for (qsizetype i = 0; i < profiles.size(); ++i)
        outcomes.append(-1);
    add(text, outcomes, QString(), cause);
}

} // namespace caa
