#pragma once

#include "caa/evaluator.h"
#include "caa/zonefile.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace caa {

// Applies RecordEdits to a zone's original text, changing only the bytes of the records touched: comments, spacing,
// CRLF line ends and a UTF-8 BOM stay byte-identical. Saving is atomic (QSaveFile), keeps a backup, and refuses when
// the file changed on disk since it was read.
class ZoneEditor
{
public:
    explicit ZoneEditor(const ZoneFile& zone);

    struct Result
    {
        bool ok = false;
        bool conflict = false; // save(): a file changed on disk since it was read (nothing written)
        QString error;
        QList<int> changedFiles; // indices into ZoneFile::files()
    };

    // Adds edits; false (with error) if an edit cannot be placed (e.g. it refers to no record of this zone).
    Result apply(const QList<RecordEdit>& edits);
    QByteArray content(int fileIndex) const { return m_content.value(fileIndex); }
    // Replaces a file's whole text (an edited working copy); apply() must not be called afterwards for that file.
    void setContent(int fileIndex, const QByteArray& content);
    // Raises the SOA serial so secondaries transfer the change: YYYYMMDDnn serials move to today (or nn+1), others
    // go up by one (RFC 1982 arithmetic). False when the zone has no SOA in its files; old/new serials out.
    bool bumpSoaSerial(quint32* oldSerial, quint32* newSerial, const QDate& today);
    bool isModified(int fileIndex) const;
    // A unified diff of every modified file (`--- a/file` / `+++ b/file`).
    QString unifiedDiff() const;

    struct SaveOptions
    {
        QString backupSuffix = QStringLiteral(".orig"); // empty: no backup; an existing backup is never overwritten
    };
    // Writes every modified file. Refuses (ok=false, nothing written) when any of them changed on disk.
    Result save(const SaveOptions& options);
    Result save() { return save(SaveOptions()); }

private:
    Result applyOne(const RecordEdit& edit);

    const ZoneFile& m_zone;
    QList<QByteArray> m_content;
    // Offsets shift as edits are applied: per file, (original offset, delta) pairs in order.
    QList<QList<QPair<qint64, qint64>>> m_shifts;
    qint64 mapOffset(int file, qint64 original) const;
    void recordShift(int file, qint64 original, qint64 delta);
};

QString unifiedDiff(const QString& path, const QByteArray& before, const QByteArray& after, int context = 3);

} // namespace caa
