#include "caa/zoneeditor.h"

#include "caa/filewriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace caa {

namespace {

QByteArray lineEnding(const ZoneSourceFile& file)
{
    return file.crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

// The owner token as written at the start of a record's line.
QByteArray ownerToken(const QByteArray& content, qint64 begin)
{
    qint64 end = begin;
    while (end < content.size() && content[end] != ' ' && content[end] != '\t' && content[end] != '\r'
           && content[end] != '\n' && content[end] != '(' && content[end] != ';')
        ++end;
    return content.mid(begin, end - begin);
}

QByteArray renderRecordLine(const RecordEdit& e)
{
    return e.owner.toLatin1() + ". " + QByteArray::number(e.ttl) + " IN CAA " + e.after.toPresentation().toLatin1();
}

} // namespace

ZoneEditor::ZoneEditor(const ZoneFile& zone)
    : m_zone(zone)
{
    for (const ZoneSourceFile& f : zone.files()) {
        m_content.append(f.content);
        m_shifts.append(QList<QPair<qint64, qint64>>());
    }
}

void ZoneEditor::setContent(int fileIndex, const QByteArray& content)
{
    if (fileIndex < 0 || fileIndex >= m_content.size())
        return;
    m_content[fileIndex] = content;
    m_shifts[fileIndex].clear();
}

qint64 ZoneEditor::mapOffset(int file, qint64 original) const
{
    qint64 mapped = original;
    for (const auto& shift : m_shifts[file]) {
        if (shift.first <= original)
            mapped += shift.second;
    }
    return mapped;
}

void ZoneEditor::recordShift(int file, qint64 original, qint64 delta)
{
    if (delta != 0)
        m_shifts[file].append({ original, delta });
}

bool ZoneEditor::isModified(int fileIndex) const
{
    return m_content.value(fileIndex) != m_zone.files().value(fileIndex).content;
}

ZoneEditor::Result ZoneEditor::apply(const QList<RecordEdit>& edits)
{
    Result total;
    total.ok = true;
    // Several fixes applied at once may write the same record (a replaced issuer and records moved from a doubled
    // owner both give `@ CAA 0 issue "letsencrypt.org"`): it is written once.
    QSet<QString> written;
    // The zone's CAA records that the batch leaves in place count as written already.
    // Only the owners the batch adds to are looked at (an edit of a large zone is not a pass over every record).
    QSet<QPair<qint64, int>> touched;
    QSet<QByteArray> addedOwners;
    for (const RecordEdit& e : edits) {
        if (e.kind != RecordEdit::AddRecord)
            touched.insert({ e.location.begin, e.location.fileIndex });
        else
            addedOwners.insert(e.owner.toLower().toUtf8());
    }
    for (qsizetype i = 0; !addedOwners.isEmpty() && i < m_zone.recordCount(); ++i) {
        const ZoneRecord& r = m_zone.record(i);
        if (r.type == rrtype::CAA && !touched.contains({ qint64(r.begin), int(r.file) })
            && addedOwners.contains(m_zone.nameView(r.owner).toByteArray()))
            written.insert(m_zone.ownerOf(i) + u'\n' + m_zone.caa(i).toPresentation());
    }
    for (const RecordEdit& e : edits) {
        if (e.kind != RecordEdit::RemoveRecord) {
            const QString key = e.owner.toLower() + u'\n' + e.after.toPresentation();
            if (e.kind == RecordEdit::AddRecord && written.contains(key))
                continue;
            written.insert(key);
        }
        Result r = applyOne(e);
        if (!r.ok)
            return r;
        for (int f : r.changedFiles) {
            if (!total.changedFiles.contains(f))
                total.changedFiles.append(f);
        }
    }
    return total;
}

ZoneEditor::Result ZoneEditor::applyOne(const RecordEdit& e)
{
    Result result;
    const SourceLocation& loc = e.location;
    if (!loc.isValid() || loc.fileIndex >= m_content.size()) {
        result.error = QStringLiteral("the record did not come from this zone file");
        return result;
    }
    const int file = loc.fileIndex;
    const QByteArray& original = m_zone.files()[file].content;
    if (loc.end > original.size() || loc.rdataEnd > original.size()) {
        result.error = QStringLiteral("the record's position is outside the file");
        return result;
    }
    // Find the record this location names, for its flags and its successor.
    qsizetype recordIndex = -1;
    for (qsizetype i = 0; i < m_zone.recordCount(); ++i) {
        const ZoneRecord& r = m_zone.record(i);
        if (r.file == file && r.begin == loc.begin && r.rdataBegin == loc.rdataBegin) {
            recordIndex = i;
            break;
        }
    }
    if (recordIndex < 0) {
        result.error = QStringLiteral("no record at %1 line %2").arg(m_zone.files()[file].path).arg(loc.line);
        return result;
    }
    QByteArray& content = m_content[file];
    const QByteArray eol = lineEnding(m_zone.files()[file]);

    switch (e.kind) {
    case RecordEdit::ReplaceRecord: {
        const qint64 begin = mapOffset(file, loc.rdataBegin);
        const qint64 end = mapOffset(file, loc.rdataEnd);
        const QByteArray current = content.mid(begin, end - begin);
        if (current != original.mid(loc.rdataBegin, loc.rdataEnd - loc.rdataBegin)) {
            result.error = QStringLiteral("the record at line %1 was already changed").arg(loc.line);
            return result;
        }
        QByteArray replacement = e.after.toPresentation().toLatin1();
        // Keep parentheses balanced when the old RDATA opened one that closes after it.
        const qsizetype opens = current.count('('), closes = current.count(')');
        for (qsizetype k = closes; k < opens; ++k)
            replacement.prepend("( ");
        for (qsizetype k = opens; k < closes; ++k)
            replacement.append(" )");
        content.replace(begin, end - begin, replacement);
        recordShift(file, loc.rdataEnd, replacement.size() - current.size());
        break;
    }
    case RecordEdit::RemoveRecord: {
        qint64 origEnd = loc.end;
        if (original.mid(origEnd, 2) == "\r\n")
            origEnd += 2;
        else if (original.mid(origEnd, 1) == "\n")
            origEnd += 1;
        const qint64 begin = mapOffset(file, loc.begin);
        const qint64 end = mapOffset(file, origEnd);
        if (content.mid(begin, end - begin) != original.mid(loc.begin, origEnd - loc.begin)) {
            result.error = QStringLiteral("the record at line %1 was already changed").arg(loc.line);
            return result;
        }
        QByteArray insertion;
        const ZoneRecord& removed = m_zone.record(recordIndex);
        // The next record may inherit its owner from this line: write that owner on it explicitly.
        if ((removed.flags & ZoneRecord::OwnerExplicit) && recordIndex + 1 < m_zone.recordCount()) {
            const ZoneRecord& next = m_zone.record(recordIndex + 1);
            if (next.file == file && !(next.flags & ZoneRecord::OwnerExplicit) && next.begin == origEnd)
                insertion = ownerToken(original, loc.begin);
        }
        content.replace(begin, end - begin, insertion);
        recordShift(file, origEnd, insertion.size() - (end - begin));
        break;
    }
    case RecordEdit::AddRecord: {
        const ZoneRecord& near = m_zone.record(recordIndex);
        const QString nearOwner = m_zone.name(near.owner);
        // A new line right after the anchor becomes the "previous owner" of whatever follows it. That is harmless
        // when it names the anchor's owner, or when the next record (in parse order: an $INCLUDEd file's records
        // come first, and the owner carries over an $INCLUDE) is in this file and names its own owner.
        bool nextInherits = false;
        if (recordIndex + 1 < m_zone.recordCount()) {
            const ZoneRecord& next = m_zone.record(recordIndex + 1);
            nextInherits = next.file != file || !(next.flags & ZoneRecord::OwnerExplicit);
        }
        const QByteArray line = renderRecordLine(e);
        if (nearOwner == e.owner || !nextInherits) {
            // Right after the record (its RRset stays together); the next line's inherited owner is unchanged
            // because the new line names the same owner or the next line names its own.
            qint64 origAfter = loc.end;
            QByteArray insertion;
            if (original.mid(origAfter, 2) == "\r\n") {
                origAfter += 2;
                insertion = line + eol;
            } else if (original.mid(origAfter, 1) == "\n") {
                origAfter += 1;
                insertion = line + eol;
            } else {
                insertion = eol + line + eol; // the record was on the file's last line, without a line end
            }
            const qint64 at = mapOffset(file, origAfter);
            content.insert(at, insertion);
            recordShift(file, origAfter, insertion.size());
        } else {
            QByteArray insertion;
            if (!content.isEmpty() && !content.endsWith('\n'))
                insertion = eol;
            insertion += line + eol;
            content.append(insertion);
        }
        break;
    }
    }
    result.ok = true;
    result.changedFiles.append(file);
    return result;
}

bool ZoneEditor::bumpSoaSerial(quint32* oldSerial, quint32* newSerial, const QDate& today)
{
    qsizetype soa = -1;
    for (qsizetype i = 0; i < m_zone.recordCount() && soa < 0; ++i) {
        if (m_zone.record(i).type == rrtype::SOA)
            soa = i;
    }
    if (soa < 0)
        return false;
    const ZoneRecord& r = m_zone.record(soa);
    const QByteArray& original = m_zone.files()[r.file].content;
    // The third RDATA token (mname rname SERIAL ...), skipping parentheses and comments.
    qint64 i = r.rdataBegin;
    int token = 0;
    qint64 begin = -1, end = -1;
    while (i < r.rdataEnd) {
        const char c = original[i];
        if (c == ';') {
            while (i < r.rdataEnd && original[i] != '\n')
                ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '(' || c == ')') {
            ++i;
            continue;
        }
        const qint64 start = i;
        while (i < r.rdataEnd && !QByteArrayView(" \t\r\n();").contains(original[i]))
            ++i;
        if (++token == 3) {
            begin = start;
            end = i;
            break;
        }
    }
    bool ok = false;
    const quint32 serial = original.mid(begin, end - begin).toUInt(&ok);
    if (begin < 0 || !ok)
        return false;
    quint32 next = serial + 1; // wraps modulo 2^32, as RFC 1982 allows
    const QDate date = QDate::fromString(QString::number(serial / 100), QStringLiteral("yyyyMMdd"));
    if (date.isValid() && date < today)
        next = quint32(today.toString(QStringLiteral("yyyyMMdd")).toUInt() * 100 + 1);
    const qint64 mappedBegin = mapOffset(r.file, begin);
    const qint64 mappedEnd = mapOffset(r.file, end);
    if (m_content[r.file].mid(mappedBegin, mappedEnd - mappedBegin) != original.mid(begin, end - begin))
        return false; // already changed
    const QByteArray text = QByteArray::number(next);
    m_content[r.file].replace(mappedBegin, mappedEnd - mappedBegin, text);
    recordShift(r.file, end, text.size() - (end - begin));
    *oldSerial = serial;
    *newSerial = next;
    return true;
}

QString ZoneEditor::unifiedDiff() const
{
    QString out;
    for (int i = 0; i < m_content.size(); ++i) {
        if (isModified(i))
            out += caa::unifiedDiff(m_zone.pathInZoneFolder(i), m_zone.files()[i].content, m_content[i]);
    }
    return out;
}

ZoneEditor::Result ZoneEditor::save(const SaveOptions& options)
{
    Result result;
    QList<int> modified;
    for (int i = 0; i < m_content.size(); ++i) {
        if (isModified(i))
            modified.append(i);
    }
    // Refuse before writing anything if any file changed on disk since it was read.
    for (int i : modified) {
        const ZoneSourceFile& source = m_zone.files()[i];
        QFile current(source.path);
        if (!current.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("cannot read %1 to check it before saving: %2")
                               .arg(QDir::toNativeSeparators(source.path), current.errorString());
            return result;
        }
        if (current.readAll() != source.content) {
            result.conflict = true;
            result.error = QStringLiteral("%1 changed on disk since it was read; reload it and apply the fix again")
                               .arg(QDir::toNativeSeparators(source.path));
            return result;
        }
    }
    // A file that cannot be written is said before anything is: no backup is left beside a zone that was not saved.
    for (int i : modified) {
        const QFileInfo info(m_zone.files()[i].path);
        if (!info.isWritable()) {
            result.error = QStringLiteral("%1 is read-only: nothing was saved")
                               .arg(QDir::toNativeSeparators(m_zone.files()[i].path));
            return result;
        }
    }
    for (int i : modified) {
        const ZoneSourceFile& source = m_zone.files()[i];
        QString madeBackup;
        if (!options.backupSuffix.isEmpty()) {
            const QString backup = source.path + options.backupSuffix;
            // The backup is the zone as it was, readable by whom the zone was: its mode, owner and group.
            QString why;
            if (!QFileInfo::exists(backup)) {
                if (!writeWholeFile(backup, source.content, &why, source.path)) {
                    result.error
                        = QStringLiteral("cannot write the backup %1: %2").arg(QDir::toNativeSeparators(backup), why);
                    return result;
                }
                madeBackup = backup;
            }
        }
        QString why;
        if (!writeWholeFile(source.path, m_content[i], &why)) {
            if (!madeBackup.isEmpty())
                QFile::remove(madeBackup); // the zone is as it was: its backup would only mislead
            result.error = QStringLiteral("cannot save %1: %2 (nothing in it was changed)")
                               .arg(QDir::toNativeSeparators(source.path), why);
            return result;
        }
        result.changedFiles.append(i);
    }
    result.ok = true;
    return result;
}

namespace {

QList<QByteArrayView> splitLines(const QByteArray& text, bool* finalNewline)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    // Lines keep their line end, so a last line that lacks one differs from the same text with it.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            lines.append(QByteArrayView(text).sliced(start, i + 1 - start));
            start = i + 1;
        }
    }
    *finalNewline = start == text.size();
    if (start < text.size())
        lines.append(QByteArrayView(text).sliced(start));
    return lines;
}

// A line as the diff shows it: without its '\n', but with a CR of a CRLF file, which patch and git apply compare.
QString display(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    return QString::fromUtf8(line);
}

struct Op
{
    char kind; // ' ', '-', '+'
    qsizetype ai, bi;
};

// The shortest edit script (Myers, "An O(ND) Difference Algorithm"), after the common head and tail: unchanged lines
// are never shown as changed. False when more than `maxEdits` lines differ (the caller falls back).
bool shortestEdit(const QList<QByteArrayView>& a, const QList<QByteArrayView>& b, qsizetype maxEdits, QList<Op>* ops)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail, m = b.size() - head - tail;
    const qsizetype limit = std::min(n + m, maxEdits);
    const qsizetype offset = limit + 1;
    QList<qsizetype> v(2 * offset + 1, 0);
    QList<QList<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= limit && found < 0; ++d) {
        trace.append(v.mid(offset - d, 2 * d + 1)); // diagonals -d..d, as they stood before this round
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                         : v[offset + k - 1] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a[head + x] == b[head + y]) {
                ++x;
                ++y;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;
    // Back from the end: each step of d one insertion or deletion, after a run of equal lines.
    QList<Op> middle;
    qsizetype x = n, y = m;
    for (qsizetype d = found; d > 0; --d) {
        const QList<qsizetype>& pv = trace[d]; // diagonal k at pv[k + d]
        const qsizetype k = x - y;
        const bool down = k == -d || (k != d && pv[k - 1 + d] < pv[k + 1 + d]);
        const qsizetype prevK = down ? k + 1 : k - 1;
        const qsizetype prevX = pv[prevK + d], prevY = prevX - prevK;
        while (x > (down ? prevX : prevX + 1) && y > (down ? prevY + 1 : prevY)) {
            --x;
            --y;
            middle.append({ ' ', head + x, head + y });
        }
        if (down)
            middle.append({ '+', head + prevX, head + --y });
        else
            middle.append({ '-', head + --x, head + prevY });
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        middle.append({ ' ', head + x, head + y });
    }
    ops->clear();
    for (qsizetype i = 0; i < head; ++i)
        ops->append({ ' ', i, i });
    for (qsizetype i = middle.size() - 1; i >= 0; --i)
        ops->append(middle[i]);
    for (qsizetype i = 0; i < tail; ++i)
        ops->append({ ' ', head + n + i, head + m + i });
    return true;
}

} // namespace

namespace {
QString formatHunks(const QString& path, const QList<QByteArrayView>& a, const QList<QByteArrayView>& b, bool nlA,
                    bool nlB, const QList<Op>& ops, int context);
} // namespace

QString unifiedDiff(const QString& path, const QByteArray& before, const QByteArray& after, int context)
{
    bool nlA = true, nlB = true;
    const QList<QByteArrayView> a = splitLines(before, &nlA);
    const QList<QByteArrayView> b = splitLines(after, &nlB);
    QList<Op> ops;
    if (shortestEdit(a, b, 1000, &ops))
        return formatHunks(path, a, b, nlA, nlB, ops, context);
    // Very many changes: walk both sides and re-synchronise after each difference (not the shortest script, but
    // linear in the files' size).
    ops.clear();
    qsizetype i = 0, j = 0;
    auto matchRun = [&](qsizetype x, qsizetype y) {
        for (int k = 0; k < 3; ++k) {
            if (x + k >= a.size() || y + k >= b.size())
                return x + k >= a.size() && y + k >= b.size();
            if (a[x + k] != b[y + k])
                return false;
        }
        return true;
    };
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ops.append({ ' ', i++, j++ });
            continue;
        }
        qsizetype di = a.size() - i, dj = b.size() - j; // default: the rest differs
        bool found = false;
        // Look at most 2000 lines ahead, and never past the end of both files.
        const qsizetype reach = std::min<qsizetype>(2000, (a.size() - i) + (b.size() - j));
        for (qsizetype s = 1; s <= reach && !found; ++s) {
            for (qsizetype x = 0; x <= s; ++x) {
                const qsizetype y = s - x;
                if (i + x > a.size() || j + y > b.size())
                    continue;
                if (matchRun(i + x, j + y)) {
                    di = x;
                    dj = y;
                    found = true;
                    break;
                }
            }
        }
        for (qsizetype k = 0; k < di; ++k)
            ops.append({ '-', i++, j });
        for (qsizetype k = 0; k < dj; ++k)
            ops.append({ '+', i, j++ });
    }
    return formatHunks(path, a, b, nlA, nlB, ops, context);
}

namespace {

QString formatHunks(const QString& path, const QList<QByteArrayView>& a, const QList<QByteArrayView>& b, bool nlA,
                    bool nlB, const QList<Op>& ops, int context)
{
    QString out;
    out += QStringLiteral("--- a/%1\n+++ b/%1\n").arg(QDir::fromNativeSeparators(path));
    qsizetype k = 0;
    while (k < ops.size()) {
        while (k < ops.size() && ops[k].kind == ' ')
            ++k;
        if (k >= ops.size())
            break;
        qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;
        // extend the hunk while changes are within 2*context of each other
        while (end < ops.size()) {
            if (ops[end].kind != ' ') {
                ++end;
                continue;
            }
            qsizetype run = end;
            while (run < ops.size() && ops[run].kind == ' ')
                ++run;
            if (run < ops.size() && run - end <= 2 * context) {
                end = run;
                continue;
            }
            end = std::min(run, end + context);
            break;
        }
        qsizetype aStart = ops[start].ai, bStart = ops[start].bi, aCount = 0, bCount = 0;
        QString body;
        for (qsizetype m = start; m < end; ++m) {
            const Op& op = ops[m];
            if (op.kind == ' ') {
                body += QLatin1Char(' ') + display(a[op.ai]) + QLatin1Char('\n');
                ++aCount;
                ++bCount;
            } else if (op.kind == '-') {
                body += QLatin1Char('-') + display(a[op.ai]) + QLatin1Char('\n');
                if (op.ai == a.size() - 1 && !nlA)
                    body += QStringLiteral("\\ No newline at end of file\n");
                ++aCount;
            } else {
                body += QLatin1Char('+') + display(b[op.bi]) + QLatin1Char('\n');
                if (op.bi == b.size() - 1 && !nlB)
                    body += QStringLiteral("\\ No newline at end of file\n");
                ++bCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(aCount ? aStart + 1 : aStart)
                   .arg(aCount)
                   .arg(bCount ? bStart + 1 : bStart)
                   .arg(bCount);
        out += body;
        k = end;
    }
    return out;
}

} // namespace

} // namespace caa
