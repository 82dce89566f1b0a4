#include "problemsmodel.h"

#include "messagecatalogue.h"
#include "statuscolors.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace caa {

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setFindings(const QList<LintFinding>& findings, const QList<QStringList>& files)
{
    beginResetModel();
    m_findings = findings;
    m_files = files;
    endResetModel();
}

int ProblemsModel::errorCount() const
{
    int n = 0;
    for (const LintFinding& f : m_findings)
        n += f.severity == Severity::Error ? 1 : 0;
    return n;
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LintFinding& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case 0:
            return f.severity == Severity::Error  ? tr("error")
                : f.severity == Severity::Warning ? tr("warning")
                                                  : tr("note");
        case 1:
            return QStringLiteral("%1:%2")
                .arg(QFileInfo(m_files.value(f.zone).value(f.fileIndex)).fileName())
                .arg(f.line);
        case 2:
            return MessageCatalogue::lintFinding(f);
        case 3:
            return f.fix.edits.isEmpty() ? QString() : MessageCatalogue::fixTitle(f.fix);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == 0) {
            const StatusColors colors(QGuiApplication::palette());
            return f.severity == Severity::Error  ? colors.error
                : f.severity == Severity::Warning ? colors.warning
                                                  : colors.info;
        }
        return {};
    case ZoneRole:
        return f.zone;
    case FileRole:
        return f.fileIndex;
    case LineRole:
        return f.line;
    case HasFixRole:
        return !f.fix.edits.isEmpty();
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Severity");
    case 1:
        return tr("Where");
    case 2:
        return tr("Problem");
    case 3:
        return tr("Quick fix");
    }
    return {};
}

} // namespace caa
