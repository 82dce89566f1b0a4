#pragma once

#include "caa/diagnosis.h"
#include "summarydata.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace caa {

// The printed form of a diagnosis or of a summary: laid out for the device it goes to (PDF writer or printer), page
// headers and numbers, the tree climb drawn as vectors in light colours, all text selectable.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    struct OtherCa
    {
        CaProfile profile;
        Verdict verdict;
    };
    // One name in full: verdicts, facts, climb, records, findings and fixes, nameservers, raw answers. `others`: the
    // verdicts of further CAs on the same records (the window's grid), listed briefly.
    static ReportDocument forDiagnosis(const Diagnosis& diagnosis, const QList<OtherCa>& others = {});
    static ReportDocument forSummary(const SummaryData& summary, const QDateTime& madeUtc);

    QString title() const { return m_title; }
    // Paints every page on the device (a QPdfWriter, or the QPrinter of Print… and its preview). The device's page
    // layout is used as it is; returns the number of pages.
    int render(QPagedPaintDevice* device) const;
    // Writes a PDF: A4 or Letter, fonts embedded, title/creator set, the evidence bundle attached (single reports).
    // All or nothing: written to a temporary file next to `path` and renamed; false with *error in words otherwise.
    bool writePdf(const QString& path, const QPageSize& pageSize, QString* error, int* pages = nullptr) const;
    QByteArray pdf(const QPageSize& pageSize, int* pages = nullptr) const;

    // Letter where the locale measures in US units (US, Canada's paper too), A4 elsewhere.
    static QPageSize defaultPageSize(const QLocale& locale = QLocale());
    // The paper a person chose: "a4", "letter" (any case), or anything else for the locale's.
    static QPageSize pageSize(const QString& choice, const QLocale& locale = QLocale());

private:
    static QString fixHtml(const Fix& fix);
    static QString whoIssuesHtml(const Diagnosis& diagnosis);
    struct Block;
    QString m_title;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerLeft;
    QList<std::shared_ptr<Block>> m_blocks; // html and drawings, in order
    QByteArray m_attachment; // the evidence bundle
    friend class ReportClimbObject;
};

} // namespace caa
