#pragma once

#include "caa/batchrunner.h"
#include "summarydata.h"

#include <QAbstractTableModel>
#include <array>

namespace caa {

// The results of a batch check, in input order: name, the CA's verdict, the relevant name, the main finding. Rows
// arrive in groups (one insert per frame); they drag out as tab-separated text and CSV.
class BatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // int(Outcome), -1 for an invalid name
    };
    explicit BatchModel(QObject* parent = nullptr);

    void clear(const CaProfile& profile);
    // Keeps what a row shows (not the whole diagnosis): memory stays small for long lists.
    void add(const BatchRunner::Item& item);
    void flush(); // inserts the rows added since the last flush
    // may issue, will refuse, cannot tell, not a name
    std::array<int, 4> counts() const { return m_counts; }
    bool isEmpty() const { return m_rows.isEmpty() && m_pending.isEmpty(); }
    // For the summary report: every row (those not inserted yet too) and the distinct causes with their fixes.
    SummaryData summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    struct Row
    {
        QString name;
        int outcome = -1; // int(Outcome), for sorting and filtering
        int state = -1; // int(VerdictState), for what the row says
        QString relevant;
        QString finding;
        QString reason; // the verdict's reason code
        qint64 ms = 0;
        int cause = -1; // index into m_causes.details
    };
    QList<Row> m_rows;
    QList<Row> m_pending;
    QString m_caName;
    std::array<int, 4> m_counts {};
    SummaryData m_causes; // the profile and the distinct causes only: the rows are m_rows
};

} // namespace caa
