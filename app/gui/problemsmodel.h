#pragma once

#include "caa/lint.h"

#include <QAbstractTableModel>

namespace caa {

// What is wrong in the loaded zone files: syntax errors first, then the CAA mistakes zone checkers let through, each
// with where it is and whether a quick fix exists.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ZoneRole = Qt::UserRole + 1,
        FileRole,
        LineRole,
        HasFixRole,
    };
    explicit ProblemsModel(QObject* parent = nullptr);

    // `files`: per zone, the file names (main file first, then $INCLUDEs).
    void setFindings(const QList<LintFinding>& findings, const QList<QStringList>& files);
    const LintFinding& finding(int row) const { return m_findings[row]; }
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LintFinding> m_findings;
    QList<QStringList> m_files;
};

} // namespace caa
