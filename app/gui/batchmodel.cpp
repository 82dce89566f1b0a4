#include "batchmodel.h"

#include "messagecatalogue.h"
#include "statuscolors.h"
#include "tableexport.h"

#include <QGuiApplication>
#include <QMimeData>

namespace caa {

BatchModel::BatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BatchModel::clear(const CaProfile& profile)
{
    const QString caName = profile.displayName;
    m_causes = SummaryData();
    m_causes.profiles = { profile };
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_caName = caName;
    m_counts = {};
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 1, 1);
}

void BatchModel::add(const BatchRunner::Item& item)
{
    Row row;
    if (!item.isName()) {
        row.name = item.text.trimmed();
        row.finding = tr("not a name a certificate can have: %1").arg(MessageCatalogue::nameError(item.nameError));
        ++m_counts[3];
        row.cause = m_causes.addCause(SummaryData::invalidCause(row.finding));
    } else {
        const Diagnosis& d = item.diagnosis;
        row.name = d.request.name.displayText();
        row.ms = d.elapsedMs;
        if (!d.verdicts.isEmpty()) {
            const Verdict& v = d.verdicts.first();
            row.outcome = int(v.outcome);
            row.state = int(stateOf(v));
            row.reason = v.reason;
            row.relevant = d.relevantName();
            if (stateOf(v) != VerdictState::Permit && !v.findings.isEmpty())
                row.finding = MessageCatalogue::finding(v.findings.first(), d.profiles.first().displayName);
            // Counted as the row reads: "✗ cannot check CAA: refuses" is a refusal; "? cannot tell" is not known.
            const bool refuses = v.outcome == Outcome::Forbid
                || (v.outcome == Outcome::Error && !MessageCatalogue::cannotTell(v.reason));
            ++m_counts[v.outcome == Outcome::Permit ? 0 : refuses ? 1 : 2];
        }
        row.cause = m_causes.addCause(SummaryData::causeOf(d.verdicts, d.profiles));
    }
    m_pending.append(row);
}

SummaryData BatchModel::summary() const
{
    SummaryData summary = m_causes; // addRow counts the names of each cause
    for (const QList<Row>* rows : { &m_rows, &m_pending }) {
        for (const Row& row : *rows)
            summary.addRow(row.name, { row.state }, row.relevant, row.cause, { row.reason });
    }
    return summary;
}

void BatchModel::flush()
{
    if (m_pending.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + m_pending.size() - 1));
    m_rows += m_pending;
    m_pending.clear();
    endInsertRows();
}

int BatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant BatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& r = m_rows[index.row()];
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == 3)) {
        switch (index.column()) {
        case 0:
            return r.name;
        case 1:
            return r.outcome < 0 ? tr("not a name") : MessageCatalogue::outcomeShort(VerdictState(r.state), r.reason);
        case 2:
            return r.relevant;
        case 3:
            return r.finding;
        case 4:
            return r.outcome < 0 ? QVariant() : QVariant(r.ms);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == 1) {
        const StatusColors colors(QGuiApplication::palette());
        return r.outcome == int(Outcome::Permit) ? colors.ok
            : r.outcome == int(Outcome::Forbid)  ? colors.error
                                                 : colors.warning;
    }
    if (role == Qt::TextAlignmentRole && index.column() == 4)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == OutcomeRole)
        return r.outcome;
    return {};
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Name");
    case 1:
        return m_caName.isEmpty() ? tr("Verdict") : m_caName;
    case 2:
        return tr("Relevant name");
    case 3:
        return tr("Main finding");
    case 4:
        return tr("ms");
    }
    return {};
}

Qt::ItemFlags BatchModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList BatchModel::mimeTypes() const
{
    return { QStringLiteral("text/plain"), QStringLiteral("text/csv") };
}

QMimeData* BatchModel::mimeData(const QModelIndexList& indexes) const
{
    return tableMimeData(this, indexes);
}

} // namespace caa
