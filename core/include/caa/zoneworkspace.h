#pragma once

#include "caa/evaluator.h"
#include "caa/zoneeditor.h"
#include "caa/zonefile.h"
#include "caa/zoneset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace caa {

// One change to a file's text: at `offset`, `removed` became `inserted`. Undoing swaps the two.
struct ZoneSplice
{
    int zone = 0;
    int file = 0;
    qint64 offset = 0;
    QByteArray removed;
    QByteArray inserted;
};

// Loaded zones and their unsaved edits ("what if"): each zone as read from disk, its edited text, and that text
// parsed again. Edits are splices of bytes, so comments, spacing, CRLF line ends and a BOM stay as they were; undo is
// the reverse splice. Saving goes through ZoneEditor: atomic, a backup, the SOA serial raised, and a refusal when the
// file changed on disk since it was read.
class ZoneWorkspace
{
public:
    void clear();
    // Adds a zone as loaded from disk; returns its index (the same as in workingSet()).
    int add(std::shared_ptr<const ZoneFile> zone, const ZoneLoadOptions& options = {});
    int zoneCount() const { return int(m_zones.size()); }
    std::shared_ptr<const ZoneFile> diskZone(int zone) const { return m_zones.value(zone).disk; }
    std::shared_ptr<const ZoneFile> workingZone(int zone) const { return m_zones.value(zone).working; }
    QByteArray content(int zone, int file) const { return m_zones.value(zone).content.value(file); }
    bool isModified(int zone) const;
    bool isModified() const;
    // Zones whose text changed since they were last parsed (parse them with parseWorking(), then setWorking()).
    QList<int> staleZones() const;

    // Record edits located in the working zones (fix cards, lint quick fixes), as splices; false with `error` when
    // an edit cannot be placed.
    bool makeSplices(const QList<RecordEdit>& edits, QList<ZoneSplice>* splices, QString* error) const;
    // The text of one record of a working zone replaced by `text` (empty: the record's lines removed).
    ZoneSplice replaceRecord(int zone, qsizetype record, const QByteArray& text) const;
    // A new line after a record of a working zone.
    ZoneSplice insertAfterRecord(int zone, qsizetype record, const QByteArray& line) const;
    void apply(const QList<ZoneSplice>& splices, bool undo);
    // The same on texts held elsewhere (per zone, per file): a worker thread applies edits to copies.
    static void applyTo(QList<QList<QByteArray>>* contents, const QList<ZoneSplice>& splices, bool undo);
    // A zone's whole text (every file), as edited elsewhere; the zone is then stale until setWorking().
    void setContent(int zone, const QList<QByteArray>& content);
    QList<QByteArray> contents(int zone) const { return m_zones.value(zone).content; }

    // Parses a zone's edited text the way it was loaded (thread-safe: works on copies).
    static ZoneFile parseWorking(const ZoneFile& disk, const QList<QByteArray>& content,
                                 const ZoneLoadOptions& options);
    ZoneLoadOptions loadOptions(int zone) const { return m_zones.value(zone).options; }
    void setWorking(int zone, std::shared_ptr<const ZoneFile> working);
    // The working zones, for checks and audits.
    std::shared_ptr<const ZoneSet> workingSet() const;

    // Every modified file, as a unified diff against the disk; with `serialDay` valid, as save() on that day writes it
    // (the SOA serial raised), for the review before saving.
    QString unifiedDiff(const QDate& serialDay = QDate()) const;
    // The CAA records added and removed by the edits, as a fix (RecordEdit Add/Remove), for export as zone lines or
    // provider form fields.
    Fix caaChanges() const;

    struct SaveResult
    {
        bool ok = false;
        bool conflict = false; // a file changed on disk since it was read: nothing was written
        QString error;
        QStringList savedPaths;
        int zone = -1; // the zone that could not be saved
        quint32 oldSerial = 0;
        quint32 newSerial = 0;
    };
    // Writes a zone's modified files in place: the SOA serial raised, a backup (FILE.orig unless it exists), atomic.
    SaveResult save(int zone, const QDate& today, const QString& backupSuffix = QStringLiteral(".orig"));
    // Writes the zone's edited main file to another path (the serial raised); refused when an included file has
    // edits (they would be lost).
    SaveResult saveAs(int zone, const QString& path, const QDate& today);
    // A file of the zone whose bytes on disk are no longer the ones read (empty when none).
    QString changedOnDisk(int zone) const;

private:
    struct Entry
    {
        std::shared_ptr<const ZoneFile> disk;
        std::shared_ptr<const ZoneFile> working;
        QList<QByteArray> content;
        ZoneLoadOptions options;
        bool stale = false;
    };
    QList<QByteArray> contentWithBumpedSerial(int zone, quint32* oldSerial, quint32* newSerial,
                                              const QDate& today) const;
    QList<Entry> m_zones;
};

} // namespace caa
