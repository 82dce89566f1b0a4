#pragma once

#include "caa/climb.h"

#include <QAbstractTableModel>

namespace caa {

// The CAA records of the set that decided, as the Records tab lists them: owner, TTL, flags, tag, the value quoted as
// a zone file writes it, and the line of the zone file it came from.
class RecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Owner,
        Ttl,
        Flags,
        Tag,
        Value,
        Line,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<CaaResourceRecord>& records);
    const QList<CaaResourceRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaaResourceRecord> m_records;
};

} // namespace caa
