#include "recordsmodel.h"

namespace caa {

void RecordsModel::setRecords(const QList<CaaResourceRecord>& records)
{
    // The same records again (a refresh while answers arrive) keep the view's selection and scroll position.
    if (records.size() == m_records.size()
        && std::equal(records.begin(), records.end(), m_records.begin(),
                      [](const CaaResourceRecord& a, const CaaResourceRecord& b) {
                          return a.owner == b.owner && a.ttl == b.ttl && a.rdata.flags == b.rdata.flags
                              && a.rdata.tag == b.rdata.tag && a.rdata.value == b.rdata.value
                              && a.location.line == b.location.line && a.location.isValid() == b.location.isValid();
                      }))
        return;
    beginResetModel();
    m_records = records;
    endResetModel();
}

int RecordsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const CaaResourceRecord& r = m_records[index.row()];
    switch (Column(index.column())) {
    case Owner:
        return r.owner;
    case Ttl:
        return QString::number(r.ttl);
    case Flags:
        return QString::number(r.rdata.flags);
    case Tag:
        return QString::fromLatin1(r.rdata.tag);
    case Value:
        return QString::fromLatin1(quoteCharacterString(r.rdata.value));
    case Line:
        return r.location.isValid() ? QString::number(r.location.line) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Owner:
        return tr("Owner");
    case Ttl:
        return tr("TTL");
    case Flags:
        return tr("Flags");
    case Tag:
        return tr("Tag");
    case Value:
        return tr("Value");
    case Line:
        return tr("Line");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace caa
