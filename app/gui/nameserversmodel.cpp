#include "nameserversmodel.h"

#include "messagecatalogue.h"

namespace caa {

void NameserversModel::setMatrix(const NsMatrix& matrix)
{
    beginResetModel();
    m_rows.clear();
    for (const NsMatrixRow& row : matrix.rows()) {
        const NsProbe& p = *row.udp;
        m_rows.append({ p.name, p.nsName, p.address, MessageCatalogue::probeState(&p),
                        MessageCatalogue::probeState(row.tcp),
                        row.server && row.server->serialKnown ? QString::number(row.server->serial) : QString(),
                        QString::number(p.latencyMs) });
    }
    endResetModel();
}

void NameserversModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int NameserversModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NameserversModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NameserversModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows[index.row()][index.column()];
}

QVariant NameserversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Nameserver:
        return tr("Nameserver");
    case Address:
        return tr("Address");
    case Udp:
        return tr("UDP");
    case Tcp:
        return tr("TCP");
    case Serial:
        return tr("Serial");
    case Milliseconds:
        return tr("ms");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace caa
