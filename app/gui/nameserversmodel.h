#pragma once

#include "caa/nsmatrix.h"

#include <QAbstractTableModel>

namespace caa {

// The nameserver matrix as the Nameservers tab lists it: one row per name and server, with how it answered CAA over
// UDP and over TCP, its zone's SOA serial and how long it took.
class NameserversModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Nameserver,
        Address,
        Udp,
        Tcp,
        Serial,
        Milliseconds,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(const NsMatrix& matrix);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The cells as text: the matrix's rows point into the matrix, which the model does not keep.
    QList<std::array<QString, ColumnCount>> m_rows;
};

} // namespace caa
