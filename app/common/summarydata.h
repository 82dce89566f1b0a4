#pragma once

#include "caa/diagnosis.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace caa {

// What a summary report lists: one table row per name, then the details, one per distinct cause (the names a cause
// applies to are counted, so a thousand names with the same mistake make one paragraph, not a thousand).
struct SummaryData
{
    QString title; // "Batch check of domains.csv"
    QStringList facts; // "Source: …", "CA: …": shown under the title
    QList<CaProfile> profiles; // the verdict columns
    struct Row
    {
        QString name;
        QList<int> outcomes; // per profile: int(VerdictState); -1 for a line that is not a name
        QString relevant;
        int detail = -1; // index into details
        QStringList reasons; // per profile: the verdict's reason, so the row reads as the window's does
    };
    struct Detail
    {
        QString ca; // display name of the CA whose verdict it is
        int outcome = -1; // int(VerdictState)
        QString reason; // of that verdict
        QString relevant;
        QString finding; // the sentence
        QStringList fixLines; // corrected records, zone-file form
        QString fixTitle;
        QStringList names; // the first few names it applies to
        qsizetype count = 0;
    };
    QList<Row> rows;
    QList<Detail> details;
    QHash<QString, int> detailIndex; // cause → index in details

    // A name with its verdicts (one per profile) and the cause of the first one that is not a permit.
    void add(const QString& name, const QList<int>& outcomes, const QString& relevant, const Detail& cause,
             const QStringList& reasons = {});
    // The same in two steps, for many names that share causes: the cause's index (-1 for none), then the rows.
    int addCause(const Detail& cause);
    void addRow(const QString& name, const QList<int>& outcomes, const QString& relevant, int detail,
                const QStringList& reasons = {});
    void addDiagnosis(const Diagnosis& diagnosis); // all CAs' verdicts of a batch item
    // The cause of the first verdict that is not an unconditional permit (an empty finding when every CA permits),
    // and the states as the rows hold them.
    static Detail causeOf(const QList<Verdict>& verdicts, const QList<CaProfile>& profiles);
    static QList<int> outcomesOf(const QList<Verdict>& verdicts);
    static Detail invalidCause(const QString& why);
    void addInvalid(const QString& text, const QString& why);
};

} // namespace caa
