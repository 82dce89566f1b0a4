#include "tableexport.h"

#include <QAbstractItemModel>
#include <QMimeData>
#include <QSet>
#include <algorithm>

namespace caa {

QString tableAsText(const QAbstractItemModel* model, const QModelIndexList& indexes, QChar separator)
{
    QSet<int> rowSet, columnSet; // (a list's contains() made a whole-table copy quadratic)
    for (const QModelIndex& i : indexes) {
        rowSet.insert(i.row());
        columnSet.insert(i.column());
    }
    QList<int> rows(rowSet.cbegin(), rowSet.cend()), columns(columnSet.cbegin(), columnSet.cend());
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    auto cell = [separator](QString text) {
        text.replace(u'\n', u' ');
        if (separator == u'\t')
            return text.replace(u'\t', u' ');
        if (text.contains(separator) || text.contains(u'"'))
            return QStringLiteral("\"%1\"").arg(text.replace(QStringLiteral("\""), QStringLiteral("\"\"")));
        return text;
    };
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header.append(cell(model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    lines.append(header.join(separator));
    for (int r : std::as_const(rows)) {
        QStringList fields;
        for (int c : std::as_const(columns))
            fields.append(cell(model->index(r, c).data(Qt::DisplayRole).toString()));
        lines.append(fields.join(separator));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QMimeData* tableMimeData(const QAbstractItemModel* model, const QModelIndexList& indexes)
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setText(tableAsText(model, indexes, u'\t'));
    mime->setData(QStringLiteral("text/csv"), tableAsText(model, indexes, u',').toUtf8());
    return mime;
}

} // namespace caa
