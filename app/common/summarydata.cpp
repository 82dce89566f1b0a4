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

void SummaryData::addRow(const QString& name, const QList<int>& outcomes, const QString& relevant, int detail,
                         const QStringList& reasons)
{
    if (detail >= 0 && detail < details.size()) {
        Detail& d = details[detail];
        if (d.names.size() < 8)
            d.names.append(name);
        ++d.count;
    } else {
        detail = -1;
    }
    rows.append(Row { name, outcomes, relevant, detail, reasons });
}

void SummaryData::add(const QString& name, const QList<int>& outcomes, const QString& relevant, const Detail& cause,
                      const QStringList& reasons)
{
    addRow(name, outcomes, relevant, addCause(cause), reasons);
}

SummaryData::Detail SummaryData::causeOf(const QList<Verdict>& verdicts, const QList<CaProfile>& profiles)
{
    Detail cause;
    for (int i = 0; i < verdicts.size(); ++i) {
        const Verdict& v = verdicts[i];
        if (stateOf(v) == VerdictState::Permit)
            continue;
        cause.ca = profiles.value(i).displayName;
        cause.outcome = int(stateOf(v));
        cause.reason = v.reason;
        cause.relevant = v.relevantName;
        cause.finding = v.findings.isEmpty() ? MessageCatalogue::verdictAction(v)
                                             : MessageCatalogue::finding(v.findings.first(), cause.ca);
        if (!v.fixes.isEmpty()) {
            cause.fixTitle = MessageCatalogue::fixTitle(v.fixes.first());
            cause.fixLines = v.fixes.first().zoneLines();
        }
        break;
    }
    return cause;
}

QList<int> SummaryData::outcomesOf(const QList<Verdict>& verdicts)
{
    QList<int> outcomes;
    for (const Verdict& v : verdicts)
        outcomes.append(int(stateOf(v)));
    return outcomes;
}

SummaryData::Detail SummaryData::invalidCause(const QString& why)
{
    Detail cause;
    cause.finding = why;
    return cause;
}

void SummaryData::addDiagnosis(const Diagnosis& diagnosis)
{
    QStringList reasons;
    for (const Verdict& v : diagnosis.verdicts)
        reasons.append(v.reason);
    add(diagnosis.request.name.displayText(), outcomesOf(diagnosis.verdicts), diagnosis.relevantName(),
        causeOf(diagnosis.verdicts, diagnosis.profiles), reasons);
}

void SummaryData::addInvalid(const QString& text, const QString& why)
{
    add(text, QList<int>(profiles.size(), -1), QString(), invalidCause(why));
}

} // namespace caa
