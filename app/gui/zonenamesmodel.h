#pragma once

#include "caa/zoneaudit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>
#include <vector>

namespace caa {

// The names of the loaded zones that have or inherit CAA: relevant name, each CA's verdict, the main finding, how
// live DNS compares, and where the name is. Sorting and filtering happen here, over an index of rows, so a
// million-name zone sorts without a proxy's per-row bookkeeping.
class ZoneNamesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        ZoneRole,
        FileRole,
        LineRole,
        OutcomeRole, // of the first CA, as int(Outcome)
    };
    enum class LiveState
    {
        NotChecked,
        Same,
        Differs,
        Failed,
    };

    explicit ZoneNamesModel(QObject* parent = nullptr);

    void setAudit(std::shared_ptr<const ZoneAudit> audit, const QStringList& fileNames);
    std::shared_ptr<const ZoneAudit> audit() const { return m_audit; }
    void setFilterText(const QString& text);
    void setProblemsOnly(bool only);
    qsizetype totalRows() const { return m_audit ? m_audit->rowCount() : 0; }
    // Outcome counts over all rows for the first CA: permit, forbid, error.
    std::array<qsizetype, 3> counts() const { return m_counts; }

    // Live results are collected, then shown together by refreshLive() (one repaint for many names).
    void setLive(const QString& name, LiveState state, const QString& text);
    void refreshLive();
    void clearLive();
    // Name, relevant name, one verdict per CA, live DNS, where, main finding (the long text last).
    int firstVerdictColumn() const { return 2; }
    int liveColumn() const { return firstVerdictColumn() + int(m_audit ? m_audit->profiles().size() : 0); }
    int whereColumn() const { return liveColumn() + 1; }
    int findingColumn() const { return liveColumn() + 2; }
    // The audit row behind a model row.
    qsizetype auditRow(int row) const { return row >= 0 && size_t(row) < m_order.size() ? m_order[size_t(row)] : -1; }
    int rowOfName(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    void rebuild();
    QString cellText(qsizetype auditRow, int column) const;
    bool accepts(qsizetype auditRow) const;

    std::shared_ptr<const ZoneAudit> m_audit;
    QStringList m_fileNames;
    std::vector<quint32> m_order; // visible audit rows, in display order
    QString m_filter;
    bool m_problemsOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::array<qsizetype, 3> m_counts {};
    QHash<QString, QPair<LiveState, QString>> m_live;
};

} // namespace caa
