#include "caa/zoneworkspace.h"

#include "caa/filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstring>

namespace caa {

namespace {

// The smallest splice turning `before` into `after`: the common head and tail are left out.
ZoneSplice spliceBetween(int zone, int file, const QByteArray& before, const QByteArray& after)
{
    qsizetype head = 0;
    const qsizetype limit = std::min(before.size(), after.size());
    while (head < limit && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < limit - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    ZoneSplice s;
    s.zone = zone;
    s.file = file;
    s.offset = head;
    s.removed = before.mid(head, before.size() - head - tail);
    s.inserted = after.mid(head, after.size() - head - tail);
    return s;
}

struct CaaKey
{
    QString owner;
    quint32 ttl;
    CaaRecord record;
    bool operator==(const CaaKey& o) const
    {
        return owner == o.owner && ttl == o.ttl && record.flags == o.record.flags && record.tag == o.record.tag
            && record.value == o.record.value;
    }
};

QList<CaaKey> caaRecords(const ZoneFile& zone)
{
    QList<CaaKey> out;
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        if (zone.record(i).type == rrtype::CAA)
            out.append({ zone.ownerOf(i), zone.record(i).ttl, zone.caa(i) });
    }
    return out;
}

} // namespace

void ZoneWorkspace::clear()
{
    m_zones.clear();
}

int ZoneWorkspace::add(std::shared_ptr<const ZoneFile> zone, const ZoneLoadOptions& options)
{
    Entry e;
    e.disk = zone;
    e.working = zone;
    e.options = options;
    e.options.progress = nullptr;
    for (const ZoneSourceFile& f : zone->files())
        e.content.append(f.content);
    m_zones.append(e);
    return int(m_zones.size() - 1);
}

bool ZoneWorkspace::isModified(int zone) const
{
    if (zone < 0 || zone >= m_zones.size())
        return false;
    const Entry& e = m_zones[zone];
    for (int f = 0; f < e.content.size(); ++f) {
        if (e.content[f] != e.disk->files().value(f).content)
            return true;
    }
    return false;
}

bool ZoneWorkspace::isModified() const
{
    for (int z = 0; z < m_zones.size(); ++z) {
        if (isModified(z))
            return true;
    }
    return false;
}

QList<int> ZoneWorkspace::staleZones() const
{
    QList<int> out;
    for (int z = 0; z < m_zones.size(); ++z) {
        if (m_zones[z].stale)
            out.append(z);
    }
    return out;
}

bool ZoneWorkspace::makeSplices(const QList<RecordEdit>& edits, QList<ZoneSplice>* splices, QString* error) const
{
    for (int z = 0; z < m_zones.size(); ++z) {
        QList<RecordEdit> mine;
        for (const RecordEdit& e : edits) {
            if (e.location.zone == z)
                mine.append(e);
        }
        if (mine.isEmpty())
            continue;
        ZoneEditor editor(*m_zones[z].working);
        const ZoneEditor::Result r = editor.apply(mine);
        if (!r.ok) {
            if (error)
                *error = r.error;
            return false;
        }
        for (int f : r.changedFiles)
            splices->append(spliceBetween(z, f, m_zones[z].content[f], editor.content(f)));
    }
    for (const RecordEdit& e : edits) {
        if (e.location.zone < 0 || e.location.zone >= m_zones.size()) {
            if (error)
                *error = QStringLiteral("the record is not in a loaded zone file");
            return false;
        }
    }
    return true;
}

ZoneSplice ZoneWorkspace::replaceRecord(int zone, qsizetype record, const QByteArray& text) const
{
    const ZoneFile& z = *m_zones[zone].working;
    const ZoneRecord& r = z.record(record);
    ZoneSplice s;
    s.zone = zone;
    s.file = r.file;
    const QByteArray& content = m_zones[zone].content[r.file];
    s.offset = r.begin;
    qint64 end = r.end;
    if (text.isEmpty()) { // the whole line goes, with its line end
        while (end < content.size() && content[end] != '\n')
            ++end;
        if (end < content.size())
            ++end;
    }
    s.removed = content.mid(r.begin, end - r.begin);
    s.inserted = text;
    return s;
}

ZoneSplice ZoneWorkspace::insertAfterRecord(int zone, qsizetype record, const QByteArray& line) const
{
    const ZoneFile& z = *m_zones[zone].working;
    const ZoneRecord& r = z.record(record);
    const QByteArray& content = m_zones[zone].content[r.file];
    const bool crlf = z.files()[r.file].crlf;
    qint64 end = r.end;
    while (end < content.size() && content[end] != '\n')
        ++end;
    ZoneSplice s;
    s.zone = zone;
    s.file = r.file;
    if (end < content.size()) {
        s.offset = end + 1;
        s.inserted = line + (crlf ? "\r\n" : "\n");
    } else { // the last line has no line end
        s.offset = end;
        s.inserted = (crlf ? "\r\n" : "\n") + line;
    }
    return s;
}

void ZoneWorkspace::applyTo(QList<QList<QByteArray>>* contents, const QList<ZoneSplice>& splices, bool undo)
{
    auto one = [contents, undo](const ZoneSplice& s) {
        if (s.zone < 0 || s.zone >= contents->size() || s.file < 0 || s.file >= (*contents)[s.zone].size())
            return;
        const QByteArray& from = undo ? s.inserted : s.removed;
        const QByteArray& to = undo ? s.removed : s.inserted;
        QByteArray& text = (*contents)[s.zone][s.file];
        if (s.offset < 0 || s.offset + from.size() > text.size()
            || QByteArrayView(text).sliced(qsizetype(s.offset), from.size()) != QByteArrayView(from))
            return; // not the text this splice was made for: leave it alone
        // One new buffer, filled in one pass (replace() on a text shared with the disk copy would copy it, then move
        // the tail).
        QByteArray out(text.size() - from.size() + to.size(), Qt::Uninitialized);
        char* p = out.data();
        std::memcpy(p, text.constData(), size_t(s.offset));
        std::memcpy(p + s.offset, to.constData(), size_t(to.size()));
        std::memcpy(p + s.offset + to.size(), text.constData() + s.offset + from.size(),
                    size_t(text.size() - s.offset - from.size()));
        text = std::move(out);
    };
    if (undo) {
        for (qsizetype i = splices.size() - 1; i >= 0; --i)
            one(splices[i]);
    } else {
        for (const ZoneSplice& s : splices)
            one(s);
    }
}

void ZoneWorkspace::apply(const QList<ZoneSplice>& splices, bool undo)
{
    QList<QList<QByteArray>> contents;
    for (const Entry& e : std::as_const(m_zones))
        contents.append(e.content);
    applyTo(&contents, splices, undo);
    for (int z = 0; z < m_zones.size(); ++z)
        setContent(z, contents[z]);
}

void ZoneWorkspace::setContent(int zone, const QList<QByteArray>& content)
{
    if (zone < 0 || zone >= m_zones.size())
        return;
    Entry& e = m_zones[zone];
    bool changed = content.size() != e.content.size();
    for (int f = 0; !changed && f < content.size(); ++f)
        changed = !content[f].isSharedWith(e.content[f]) && content[f] != e.content[f];
    if (!changed)
        return;
    e.content = content;
    e.stale = true;
}

ZoneFile ZoneWorkspace::parseWorking(const ZoneFile& disk, const QList<QByteArray>& content,
                                     const ZoneLoadOptions& options)
{
    ZoneLoadOptions effective = options;
    for (int f = 1; f < disk.files().size() && f < content.size(); ++f)
        effective.includeOverrides.insert(disk.files()[f].path, content[f]);
    return ZoneFile::parse(content.value(0), disk.files().value(0).path, effective);
}

void ZoneWorkspace::setWorking(int zone, std::shared_ptr<const ZoneFile> working)
{
    if (zone < 0 || zone >= m_zones.size())
        return;
    m_zones[zone].working = std::move(working);
    m_zones[zone].stale = false;
}

std::shared_ptr<const ZoneSet> ZoneWorkspace::workingSet() const
{
    auto set = std::make_shared<ZoneSet>();
    for (const Entry& e : m_zones)
        set->add(e.working);
    return set;
}

QString ZoneWorkspace::unifiedDiff(const QDate& serialDay) const
{
    QString diff;
    for (int z = 0; z < m_zones.size(); ++z) {
        const Entry& e = m_zones[z];
        QList<QByteArray> after = e.content;
        if (serialDay.isValid() && isModified(z)) {
            // As save() writes it: the working text parsed again when it changed since, then the serial raised.
            ZoneFile working = e.stale ? parseWorking(*e.disk, e.content, e.options) : *e.working;
            ZoneEditor editor(working);
            quint32 oldSerial = 0, newSerial = 0;
            if (editor.bumpSoaSerial(&oldSerial, &newSerial, serialDay)) {
                for (int f = 0; f < after.size(); ++f)
                    after[f] = editor.content(f);
            }
        }
        for (int f = 0; f < after.size(); ++f) {
            const QByteArray& before = e.disk->files()[f].content;
            if (after[f] != before)
                diff += caa::unifiedDiff(e.disk->pathInZoneFolder(f), before, after[f]);
        }
    }
    return diff;
}

Fix ZoneWorkspace::caaChanges() const
{
    Fix fix;
    fix.code = QStringLiteral("zone-changes");
    for (int z = 0; z < m_zones.size(); ++z) {
        if (!isModified(z))
            continue;
        QList<CaaKey> before = caaRecords(*m_zones[z].disk);
        QList<CaaKey> after = caaRecords(*m_zones[z].working);
        // Multisets: a record present on both sides cancels out once.
        for (qsizetype i = after.size() - 1; i >= 0; --i) {
            const qsizetype j = before.indexOf(after[i]);
            if (j >= 0) {
                before.removeAt(j);
                after.removeAt(i);
            }
        }
        auto list = [&](RecordEdit::Kind kind, const QList<CaaKey>& keys) {
            for (const CaaKey& k : keys) {
                RecordEdit e;
                e.kind = kind;
                e.owner = k.owner;
                e.ttl = k.ttl;
                (kind == RecordEdit::RemoveRecord ? e.before : e.after) = k.record;
                e.location.zone = z;
                fix.edits.append(e);
            }
        };
        list(RecordEdit::RemoveRecord, before);
        list(RecordEdit::AddRecord, after);
    }
    return fix;
}

QString ZoneWorkspace::changedOnDisk(int zone) const
{
    if (zone < 0 || zone >= m_zones.size())
        return {};
    for (const ZoneSourceFile& f : m_zones[zone].disk->files()) {
        const QFileInfo info(f.path);
        if (!info.exists())
            return f.path;
        // The size first (cheap), then the bytes: a change within the same millisecond keeps the time, and an
        // editor may write the same size.
        if (info.size() != f.sizeOnDisk)
            return f.path;
        QFile file(f.path);
        if (!file.open(QIODevice::ReadOnly) || file.readAll() != f.content)
            return f.path;
    }
    return {};
}

QList<QByteArray> ZoneWorkspace::contentWithBumpedSerial(int zone, quint32* oldSerial, quint32* newSerial,
                                                         const QDate& today) const
{
    const Entry& e = m_zones[zone];
    ZoneEditor editor(*e.working);
    if (!editor.bumpSoaSerial(oldSerial, newSerial, today))
        return e.content;
    // The working zone was parsed from the working text, so the editor's text is that text with the serial raised.
    QList<QByteArray> out;
    for (int f = 0; f < e.content.size(); ++f)
        out.append(editor.content(f));
    return out;
}

ZoneWorkspace::SaveResult ZoneWorkspace::save(int zone, const QDate& today, const QString& backupSuffix)
{
    SaveResult result;
    if (zone < 0 || zone >= m_zones.size()) {
        result.error = QStringLiteral("no such zone");
        return result;
    }
    Entry& e = m_zones[zone];
    if (e.stale) {
        e.working = std::make_shared<const ZoneFile>(parseWorking(*e.disk, e.content, e.options));
        e.stale = false;
    }
    if (!isModified(zone)) {
        result.ok = true;
        return result;
    }
    ZoneEditor writer(*e.disk);
    const QList<QByteArray> texts = contentWithBumpedSerial(zone, &result.oldSerial, &result.newSerial, today);
    for (int f = 0; f < texts.size(); ++f)
        writer.setContent(f, texts[f]);
    ZoneEditor::SaveOptions options;
    options.backupSuffix = backupSuffix;
    const ZoneEditor::Result r = writer.save(options);
    if (!r.ok) {
        result.error = r.error;
        result.conflict = r.conflict;
        return result;
    }
    for (int f : r.changedFiles)
        result.savedPaths.append(e.disk->files()[f].path);
    result.ok = true;
    return result;
}

ZoneWorkspace::SaveResult ZoneWorkspace::saveAs(int zone, const QString& path, const QDate& today)
{
    SaveResult result;
    if (zone < 0 || zone >= m_zones.size()) {
        result.error = QStringLiteral("no such zone");
        return result;
    }
    Entry& e = m_zones[zone];
    for (int f = 1; f < e.content.size(); ++f) {
        if (e.content[f] != e.disk->files()[f].content) {
            result.error = QStringLiteral("the edits are in the included file %1, which Save As does not write; "
                                          "save in place, or copy the folder first")
                               .arg(QDir::toNativeSeparators(e.disk->files()[f].path));
            return result;
        }
    }
    if (e.stale) {
        e.working = std::make_shared<const ZoneFile>(parseWorking(*e.disk, e.content, e.options));
        e.stale = false;
    }
    QByteArray text = e.content.value(0);
    if (isModified(zone))
        text = contentWithBumpedSerial(zone, &result.oldSerial, &result.newSerial, today).value(0);
    // A new file takes the original zone's mode and owner (a zone readable by the name server stays so).
    QString why;
    if (!writeWholeFile(path, text, &why, e.disk->files().first().path)) {
        result.error = QStringLiteral("cannot save %1: %2").arg(QDir::toNativeSeparators(path), why);
        return result;
    }
    result.savedPaths.append(path);
    result.ok = true;
    return result;
}

} // namespace caa
