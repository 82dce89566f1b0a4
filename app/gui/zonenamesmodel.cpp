#include "zonenamesmodel.h"

#include "messagecatalogue.h"
#include "statuscolors.h"
#include "tableexport.h"

#include <QGuiApplication>
#include <QMimeData>
#include <algorithm>

namespace caa {

ZoneNamesModel::ZoneNamesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ZoneNamesModel::setAudit(std::shared_ptr<const ZoneAudit> audit, const QStringList& fileNames)
{
    beginResetModel();
    m_audit = std::move(audit);
    m_fileNames = fileNames;
    m_counts = m_audit ? m_audit->outcomeCounts(0) : std::array<qsizetype, 3> {};
    rebuild();
    endResetModel();
}

void ZoneNamesModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text.trimmed().toLower();
    rebuild();
    endResetModel();
}

void ZoneNamesModel::setProblemsOnly(bool only)
{
    if (only == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = only;
    rebuild();
    endResetModel();
}

void ZoneNamesModel::setLive(const QString& name, LiveState state, const QString& text)
{
    m_live.insert(name, { state, text });
}

void ZoneNamesModel::refreshLive()
{
    if (!m_order.empty())
        Q_EMIT dataChanged(index(0, liveColumn()), index(rowCount() - 1, liveColumn()));
}

void ZoneNamesModel::clearLive()
{
    m_live.clear();
    if (!m_order.empty())
        Q_EMIT dataChanged(index(0, liveColumn()), index(rowCount() - 1, liveColumn()));
}

int ZoneNamesModel::rowOfName(const QString& name) const
{
    if (!m_audit)
        return -1;
    const QByteArray latin = name.toLatin1();
    for (size_t r = 0; r < m_order.size(); ++r) {
        if (m_audit->nameView(m_order[r]) == QByteArrayView(latin))
            return int(r);
    }
    return -1;
}

bool ZoneNamesModel::accepts(qsizetype row) const
{
    // Problems are the chosen CA's (the first column), as the summary counts them.
    if (m_problemsOnly && m_audit->group(row).verdicts.value(0).outcome == Outcome::Permit)
        return false;
    if (m_filter.isEmpty())
        return true;
    const QByteArray filter = m_filter.toUtf8();
    return m_audit->nameView(row).toByteArray().contains(filter) || m_audit->group(row).relevantName.contains(m_filter);
}

void ZoneNamesModel::rebuild()
{
    m_order.clear();
    if (!m_audit)
        return;
    const qsizetype n = m_audit->rowCount();
    m_order.reserve(size_t(n));
    const bool all = m_filter.isEmpty() && !m_problemsOnly;
    for (qsizetype i = 0; i < n; ++i) {
        if (all || accepts(i))
            m_order.push_back(quint32(i));
    }
    if (m_sortColumn >= 0) {
        const int column = m_sortColumn;
        m_sortColumn = -1;
        const Qt::SortOrder order = m_sortOrder;
        // sort() brackets itself with layout signals; here the reset already covers it.
        auto compare = [this, column](quint32 a, quint32 b) {
            if (column == 0)
                return m_audit->nameView(a).compare(m_audit->nameView(b)) < 0;
            const ZoneAudit::Row& ra = m_audit->row(a);
            const ZoneAudit::Row& rb = m_audit->row(b);
            if (column == whereColumn())
                return std::tie(ra.zone, ra.file, ra.line) < std::tie(rb.zone, rb.file, rb.line);
            if (ra.group == rb.group && column != liveColumn())
                return false;
            if (column >= firstVerdictColumn() && column < liveColumn()) {
                const int p = column - firstVerdictColumn();
                return int(m_audit->group(a).verdicts[p].outcome) < int(m_audit->group(b).verdicts[p].outcome);
            }
            return cellText(a, column).localeAwareCompare(cellText(b, column)) < 0;
        };
        std::stable_sort(m_order.begin(), m_order.end(), compare);
        if (order == Qt::DescendingOrder)
            std::reverse(m_order.begin(), m_order.end());
        m_sortColumn = column;
    }
}

void ZoneNamesModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> rows;
    for (const QModelIndex& i : before)
        rows.append(auditRow(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
    // Persistent indexes (the selection) follow their rows.
    std::vector<int> position(size_t(m_audit ? m_audit->rowCount() : 0), -1);
    for (size_t r = 0; r < m_order.size(); ++r)
        position[m_order[r]] = int(r);
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const int row = rows[k] >= 0 ? position[size_t(rows[k])] : -1;
        after.append(row >= 0 ? index(row, before[k].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ZoneNamesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ZoneNamesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : findingColumn() + 1;
}

QString ZoneNamesModel::cellText(qsizetype r, int column) const
{
    const ZoneAudit::Group& g = m_audit->group(r);
    if (column == 0)
        return m_audit->name(r);
    if (column == 1)
        return g.inherited ? tr("%1 (inherited)").arg(g.relevantName) : g.relevantName;
    if (column >= firstVerdictColumn() && column < liveColumn())
        return MessageCatalogue::outcomeShort(g.verdicts[column - firstVerdictColumn()]);
    if (column == findingColumn()) {
        const Verdict& v = g.verdicts.first();
        if (stateOf(v) == VerdictState::Permit || v.findings.isEmpty())
            return QString();
        QString text = MessageCatalogue::finding(v.findings.first(), m_audit->profiles().first().displayName);
        return text.replace(g.representative, m_audit->name(r));
    }
    if (column == liveColumn()) {
        const auto it = m_live.constFind(m_audit->name(r));
        if (it == m_live.constEnd())
            return QString();
        return it->second;
    }
    if (column == whereColumn()) {
        const ZoneAudit::Row& row = m_audit->row(r);
        return QStringLiteral("%1:%2").arg(m_fileNames.value(int(row.zone))).arg(row.line);
    }
    return {};
}

QVariant ZoneNamesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_audit)
        return {};
    const qsizetype r = m_order[size_t(index.row())];
    const ZoneAudit::Row& row = m_audit->row(r);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == findingColumn() || index.column() == liveColumn())
            return cellText(r, index.column());
        if (index.column() >= firstVerdictColumn() && index.column() < liveColumn()) {
            const Verdict& v = m_audit->group(r).verdicts[index.column() - firstVerdictColumn()];
            return v.findings.isEmpty()
                ? QVariant()
                : MessageCatalogue::finding(v.findings.first(), m_audit->profiles()[index.column() - 2].displayName);
        }
        return {};
    case Qt::ForegroundRole: {
        const StatusColors colors(QGuiApplication::palette());
        if (index.column() >= firstVerdictColumn() && index.column() < liveColumn()) {
            const Outcome o = m_audit->group(r).verdicts[index.column() - firstVerdictColumn()].outcome;
            return o == Outcome::Permit ? colors.ok : o == Outcome::Forbid ? colors.error : colors.warning;
        }
        if (index.column() == liveColumn()) {
            const auto it = m_live.constFind(m_audit->name(r));
            if (it != m_live.constEnd())
                return it->first == LiveState::Same   ? colors.ok
                    : it->first == LiveState::Differs ? colors.error
                                                      : colors.warning;
        }
        return {};
    }
    case NameRole:
        return m_audit->name(r);
    case ZoneRole:
        return int(row.zone);
    case FileRole:
        return int(row.file);
    case LineRole:
        return int(row.line);
    case OutcomeRole:
        return int(m_audit->group(r).verdicts.value(0).outcome);
    default:
        return {};
    }
}

QVariant ZoneNamesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && m_audit && section >= firstVerdictColumn()
        && section < liveColumn())
        return section == firstVerdictColumn()
            ? tr("What %1, the CA chosen above, decides for each name")
                  .arg(m_audit->profiles()[section - firstVerdictColumn()].displayName)
            : tr("What %1, a CA chosen lately, decides for each name")
                  .arg(m_audit->profiles()[section - firstVerdictColumn()].displayName);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Name");
    if (section == 1)
        return tr("Relevant name");
    if (m_audit && section >= firstVerdictColumn() && section < liveColumn())
        return m_audit->profiles()[section - firstVerdictColumn()].displayName;
    if (section == findingColumn())
        return tr("Main finding");
    if (section == liveColumn())
        return tr("Live DNS");
    if (section == whereColumn())
        return tr("Where");
    return {};
}

Qt::ItemFlags ZoneNamesModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList ZoneNamesModel::mimeTypes() const
{
    return { QStringLiteral("text/plain"), QStringLiteral("text/csv") };
}

QMimeData* ZoneNamesModel::mimeData(const QModelIndexList& indexes) const
{
    return tableMimeData(this, indexes);
}

} // namespace caa
