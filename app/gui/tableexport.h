#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;
class QMimeData;

namespace caa {

// Rows of a table as text another program takes: tab-separated (text/plain, for pasting into a spreadsheet or a
// ticket) and CSV (text/csv, RFC 4180 quoting), with the column headers first. Only the rows and columns of `indexes`.
QString tableAsText(const QAbstractItemModel* model, const QModelIndexList& indexes, QChar separator);
QMimeData* tableMimeData(const QAbstractItemModel* model, const QModelIndexList& indexes);

} // namespace caa
