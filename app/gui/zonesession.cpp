#include "zonesession.h"

#include "caa/caprofile.h"
#include "caa/domainname.h"
#include "caa/zoneset.h"
#include "messagecatalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPromise>
#include <QThreadPool>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace caa {

qint64 ZoneSession::syncBytes = 2 << 20;

// One edit, undoable: its byte splices go in and out of the workspace's text; the zones are parsed again after each.
class ZoneSpliceCommand : public QUndoCommand
{
public:
    ZoneSpliceCommand(ZoneSession* session, const QString& title, const QList<ZoneSplice>& splices, int changes)
        : QUndoCommand(title)
        , m_session(session)
        , m_splices(splices)
        , m_changes(changes)
    {
    }
    void redo() override { m_session->applySplices(m_splices, false); }
    void undo() override { m_session->applySplices(m_splices, true); }
    int changes() const { return m_changes; }

private:
    ZoneSession* m_session;
    QList<ZoneSplice> m_splices;
    int m_changes = 1;
};

ZoneSession::ZoneSession(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_profiles = { CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org")) };
    connect(&m_job, &QFutureWatcher<Result>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_job.progressText()); });
    connect(&m_job, &QFutureWatcher<Result>::finished, this, [this] {
        if (m_jobGeneration != m_generation) { // a job cancelled and replaced by a newer one: nothing to say
            Q_EMIT busyChanged(m_job.isRunning());
            return;
        }
        Result r;
        if (m_job.isCanceled() || m_job.future().resultCount() == 0) {
            r.cancelled = true;
            r.generation = m_generation;
        } else {
            r = m_job.result();
        }
        finish(r);
        Q_EMIT busyChanged(m_job.isRunning()); // finish() may have started the next job
        if (m_reparseAgain) {
            m_reparseAgain = false;
            scheduleReparse();
        }
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ZoneSession::onFileChanged);
}

ZoneSession::~ZoneSession()
{
    m_job.cancel();
    m_job.waitForFinished(); // the worker holds copies only; it stops at its next progress report
}

QStringList ZoneSession::paths() const
{
    QStringList out;
    for (int z = 0; z < m_workspace.zoneCount(); ++z)
        out.append(m_workspace.diskZone(z)->files().value(0).path);
    return out;
}

QString ZoneSession::displayNames() const
{
    QStringList names;
    for (const QString& p : paths())
        names.append(QFileInfo(p).fileName());
    return names.join(QStringLiteral(", "));
}

SummaryData ZoneSession::auditHeading() const
{
    SummaryData s;
    s.title = tr("Zone audit of %1").arg(displayNames());
    s.profiles = m_audit ? m_audit->profiles() : m_profiles;
    if (isModified())
        s.facts.append(tr("With %n unsaved edit(s): the verdicts are of the edited text, the SHA-256 of the file on "
                          "disk.",
                          nullptr, editCount()));
    return s;
}

QList<std::shared_ptr<const ZoneFile>> ZoneSession::diskZones() const
{
    QList<std::shared_ptr<const ZoneFile>> zones;
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        if (const auto disk = m_workspace.diskZone(z))
            zones.append(disk);
    }
    return zones;
}

void ZoneSession::addAuditRows(SummaryData* s, const ZoneAudit& audit,
                               const QList<std::shared_ptr<const ZoneFile>>& diskZones)
{
    // The files first, with the SHA-256 of what is on disk (hashing a big file takes a while: here, in the worker).
    QStringList files;
    for (const auto& zone : diskZones) {
        if (!zone->files().isEmpty())
            files.append(tr("Zone file %1, SHA-256 %2")
                             .arg(QDir::toNativeSeparators(zone->files().first().path),
                                  QString::fromLatin1(zone->files().first().sha256Hex())));
    }
    s->facts = files + s->facts;
    if (audit.namesWithoutCaa() > 0)
        s->facts.append(tr("%n name(s) have no CAA records at or above them in these files: their verdicts depend on "
                           "zones not loaded, and they are not listed.",
                           nullptr, int(std::min<qsizetype>(audit.namesWithoutCaa(), INT_MAX))));
    // One cause per group of names that share their relevant records: sentences are made once per group.
    const QList<ZoneAudit::Group>& groups = audit.groups();
    QList<int> causes(groups.size(), -1);
    QList<QList<int>> outcomes(groups.size());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        outcomes[g] = SummaryData::outcomesOf(groups[g].verdicts);
        causes[g] = s->addCause(SummaryData::causeOf(groups[g].verdicts, s->profiles));
    }
    s->rows.reserve(s->rows.size() + audit.rowCount());
    for (qsizetype i = 0; i < audit.rowCount(); ++i) {
        const quint32 g = audit.row(i).group;
        s->addRow(audit.name(i), outcomes[g], groups[g].relevantName, causes[g]);
    }
}

QStringList ZoneSession::problemTexts() const
{
    QStringList out;
    for (const Problem& p : m_problems)
        out.append(p.path.isEmpty() ? p.message : tr("%1: %2").arg(QDir::toNativeSeparators(p.path), p.message));
    return out;
}

int ZoneSession::editCount() const
{
    // Changes, not undo steps: "Apply All 4 Quick Fixes" is one step and four unsaved edits.
    int count = 0;
    for (int i = 0; i < m_undo->index(); ++i) {
        const auto* command = dynamic_cast<const ZoneSpliceCommand*>(m_undo->command(i));
        count += command ? command->changes() : 1;
    }
    return count;
}

ZoneSession::Result ZoneSession::run(const Job& job, const Report& report)
{
    Result result;
    result.kind = job.kind;
    result.generation = job.generation;
    auto say = [&](int percent, const QString& what) {
        if (report && !report(percent, what)) {
            result.cancelled = true;
            return false;
        }
        return true;
    };
    // Reading takes 0–60 %, indexing 60–70 %, the audit 70–95 %, lint the rest.
    if (job.kind == Job::Open) {
        qint64 total = 0, before = 0;
        for (const QString& p : job.paths)
            total += std::max<qint64>(1, QFileInfo(p).size());
        for (const QString& path : job.paths) {
            const QString name = QFileInfo(path).fileName();
            if (!say(int(60 * before / total), QCoreApplication::translate("caa::ZoneSession", "Reading %1").arg(name)))
                return result;
            ZoneLoadOptions options;
            const qint64 size = std::max<qint64>(1, QFileInfo(path).size());
            options.progress = [&](qint64 done, qint64) {
                return say(int(60 * (before + done) / total),
                           QCoreApplication::translate("caa::ZoneSession", "Reading %1").arg(name));
            };
            // BIND takes a zone's origin from named.conf, so many zone files have no $ORIGIN: the file's name says it.
            QString named;
            auto zone = std::make_shared<ZoneFile>(ZoneFile::loadNamed(path, options, &named));
            if (result.cancelled)
                return result;
            if (!named.isEmpty()) {
                options.origin = named;
                result.problems.append({ path,
                                         QCoreApplication::translate("caa::ZoneSession",
                                                                     "no $ORIGIN in the file: the zone is taken to be "
                                                                     "%1, from the file name")
                                             .arg(named) });
            }
            before += size;
            if (zone->openFailed()) {
                result.problems.append({ path, zone->errors().value(0).message });
                continue;
            }
            if (zone->recordCount() == 0 && !zone->errors().isEmpty()) {
                // Nothing usable (binary data, another kind of file): not worth replacing what is open.
                // The file is named once (the problem is shown after its path): its line and column, or the
                // included file's own place.
                const ZoneError& first = zone->errors().first();
                const QString where = first.fileIndex == 0 && first.line <= 0 ? first.message
                    : first.fileIndex == 0 ? QCoreApplication::translate("caa::ZoneSession", "line %1, column %2: %3")
                                                 .arg(first.line)
                                                 .arg(first.column)
                                                 .arg(first.message)
                                           : zone->describeError(first);
                result.problems.append(
                    { path,
                      QCoreApplication::translate("caa::ZoneSession", "no records could be read (%1)").arg(where) });
                continue;
            }
            result.disk.append(zone);
            options.progress = nullptr;
            result.options.append(options);
        }
        // Two files of the same zone (a copy, or the zone as two providers host it): lookups use the first.
        for (const auto& [z, earlier] : repeatedZones(result.disk))
            result.problems.append(
                { result.disk[z]->files().value(0).path,
                  QCoreApplication::translate("caa::ZoneSession",
                                              "this is the zone %1 again, as in %2: its names are checked in "
                                              "%2 only (open it on its own to check this file)")
                      .arg(result.disk[z]->origin(),
                           QFileInfo(result.disk[earlier]->files().value(0).path).fileName()) });
        result.working = result.disk;
    } else if (job.kind == Job::Reparse) {
        // The edits are made here, on copies: a big zone's text is tens of megabytes, too much to copy on the GUI
        // thread for every keystroke's worth of change.
        QList<QList<QByteArray>> contents = job.contents;
        ZoneWorkspace::applyTo(&contents, job.splices, false);
        for (int z = 0; z < job.disk.size(); ++z) {
            bool touched = false;
            for (const ZoneSplice& sp : job.splices)
                touched = touched || sp.zone == z;
            if (!touched) {
                result.working.append(job.working.value(z));
                result.contents.append(QList<QByteArray>());
                continue;
            }
            if (!say(10 + 50 * z / int(job.disk.size()),
                     QCoreApplication::translate("caa::ZoneSession", "Parsing the edits")))
                return result;
            result.working.append(std::make_shared<const ZoneFile>(
                ZoneWorkspace::parseWorking(*job.disk[z], contents[z], job.options.value(z))));
            result.contents.append(contents[z]);
        }
        result.disk = job.disk;
    } else {
        result.working = job.working;
    }
    if (result.working.isEmpty())
        return result;
    for (int z = 0; z < result.working.size(); ++z) {
        QList<std::shared_ptr<const TextLayout>> layouts;
        const bool parsed = job.kind == Job::Open || !result.contents.value(z).isEmpty();
        for (int f = 0; parsed && f < result.working[z]->files().size(); ++f)
            layouts.append(TextLayout::build(result.working[z]->files()[f].content, result.working[z].get(), f));
        result.layouts.append(layouts);
    }
    if (!say(60, QCoreApplication::translate("caa::ZoneSession", "Indexing names")))
        return result;
    auto set = std::make_shared<ZoneSet>();
    for (const auto& z : std::as_const(result.working))
        set->add(z);
    set->prepare(); // from here on the set is only read, by this thread and the window's
    result.set = set;
    result.audit = ZoneAudit::run(set, job.profiles, [&](qint64 done, qint64 total) {
        return say(70 + int(25 * done / std::max<qint64>(1, total)),
                   QCoreApplication::translate("caa::ZoneSession", "Checking every name"));
    });
    if (result.cancelled)
        return result;
    if (!say(95, QCoreApplication::translate("caa::ZoneSession", "Looking for mistakes")))
        return result;
    for (int z = 0; z < result.working.size(); ++z)
        result.findings += lintZone(*result.working[z], z, CaDirectory::builtin());
    return result;
}

void ZoneSession::start(Job job, qint64 bytes)
{
    job.generation = ++m_generation;
    job.profiles = m_profiles;
    if (m_job.isRunning()) {
        m_job.cancel();
        m_job.waitForFinished();
    }
    m_runningKind = job.kind;
    m_reparsing = job.kind == Job::Reparse;
    if (bytes < syncBytes) {
        finish(run(job, {}));
        return;
    }
    Q_EMIT busyChanged(true);
    m_jobGeneration = job.generation;
    m_job.setFuture(QtConcurrent::run([job](QPromise<Result>& promise) {
        promise.setProgressRange(0, 100);
        Result r = run(job, [&promise](int percent, const QString& what) {
            promise.setProgressValueAndText(percent, what);
            return !promise.isCanceled();
        });
        if (!r.cancelled)
            promise.addResult(std::move(r));
    }));
}

void ZoneSession::finish(Result r)
{
    if (r.generation != m_generation)
        return; // superseded
    if (r.kind == Job::Reparse || (r.cancelled && m_runningKind == Job::Reparse))
        m_reparsing = false;
    if (r.cancelled) {
        if (r.kind == Job::Open) {
            m_savedAwaitingReload = false;
            m_problems = { { QString(), tr("Loading was cancelled; the zones loaded before are still open.") } };
            Q_EMIT loaded();
        }
        return;
    }
    if (r.kind == Job::Open) {
        m_savedAwaitingReload = false;
        m_problems = r.problems;
        if (r.disk.isEmpty()) {
            Q_EMIT loaded();
            return;
        }
        m_workspace.clear();
        for (int z = 0; z < r.disk.size(); ++z)
            m_workspace.add(r.disk[z], r.options.value(z));
        m_undo->clear();
    } else if (r.kind == Job::Reparse) {
        for (int z = 0; z < r.working.size() && z < m_workspace.zoneCount(); ++z) {
            if (r.contents.value(z).isEmpty())
                continue;
            m_workspace.setContent(z, r.contents[z]);
            m_workspace.setWorking(z, r.working[z]);
        }
    }
    // The layouts go with the texts just set (also when another parse follows at once).
    if (r.kind == Job::Open)
        m_layouts.clear();
    for (int z = 0; z < r.layouts.size(); ++z) {
        if (m_layouts.size() <= z)
            m_layouts.resize(z + 1);
        if (!r.layouts[z].isEmpty())
            m_layouts[z] = r.layouts[z];
    }
    if (r.kind == Job::Reparse && !m_pending.isEmpty()) { // edited again while this was parsed
        scheduleReparse();
        return;
    }
    // The old index and audit of a big zone take a good fraction of a second to free: once the window has let go of
    // them (the signals below), the last references are dropped in a worker thread.
    auto oldSet = std::exchange(m_set, r.set);
    auto oldAudit = std::exchange(m_audit, r.audit);
    m_findings = r.findings;
    watchFiles();
    if (r.kind == Job::Open)
        Q_EMIT loaded();
    else if (r.kind == Job::Reparse)
        Q_EMIT workingChanged();
    else
        Q_EMIT auditChanged();
    // The CAs changed while the edits were parsed: decide for the new ones.
    if (m_audit) {
        QStringList have, want;
        for (const CaProfile& p : m_audit->profiles())
            have.append(p.key);
        for (const CaProfile& p : std::as_const(m_profiles))
            want.append(p.key);
        if (have != want)
            setProfiles(m_profiles);
    }
    if (oldSet || oldAudit)
        QThreadPool::globalInstance()->start([oldSet = std::move(oldSet), oldAudit = std::move(oldAudit)]() mutable {
            oldAudit.reset();
            oldSet.reset();
        });
}

void ZoneSession::open(const QStringList& paths)
{
    // Edits waiting for a parse belong to the zones being replaced (their offsets mean nothing in the new files).
    m_pending.clear();
    m_reparseAgain = false;
    Job job;
    job.kind = Job::Open;
    job.paths = paths;
    qint64 bytes = 0;
    for (const QString& p : paths)
        bytes += QFileInfo(p).size();
    start(job, bytes);
}

void ZoneSession::cancel()
{
    // Only reading files is cancelled: a parse of edits must finish, or the text would not match the undo history.
    if (m_runningKind == Job::Open)
        m_job.cancel();
}

void ZoneSession::clear()
{
    m_job.cancel();
    ++m_generation;
    m_pending.clear();
    m_reparseAgain = false;
    m_reparsing = false;
    m_layouts.clear();
    m_workspace.clear();
    m_undo->clear();
    m_set.reset();
    m_audit.reset();
    m_findings.clear();
    watchFiles();
}

void ZoneSession::setProfiles(const QList<CaProfile>& profiles)
{
    m_profiles = profiles;
    // While files are read or edits parsed, the job's end compares its CAs with these and audits again if needed.
    if (isEmpty() || m_job.isRunning())
        return;
    if (isStale()) {
        scheduleReparse();
        return;
    }
    Job job;
    job.kind = Job::Audit;
    for (int z = 0; z < m_workspace.zoneCount(); ++z)
        job.working.append(m_workspace.workingZone(z));
    qint64 bytes = 0;
    for (const auto& z : std::as_const(job.working))
        bytes += z->files().value(0).content.size();
    start(job, bytes);
}

void ZoneSession::scheduleReparse()
{
    if (m_job.isRunning()) {
        m_reparseAgain = true;
        return;
    }
    if (m_pending.isEmpty())
        return;
    Job job;
    job.kind = Job::Reparse;
    job.splices = std::exchange(m_pending, {});
    qint64 bytes = 0;
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        job.disk.append(m_workspace.diskZone(z));
        job.working.append(m_workspace.workingZone(z));
        job.options.append(m_workspace.loadOptions(z));
        job.contents.append(m_workspace.contents(z)); // shared, not copied
        for (const ZoneSplice& sp : std::as_const(job.splices)) {
            if (sp.zone == z) {
                bytes += m_workspace.content(z, 0).size();
                break;
            }
        }
    }
    start(job, bytes);
}

void ZoneSession::applySplices(const QList<ZoneSplice>& splices, bool undo)
{
    // Undoing is the reverse splices in reverse order; the worker applies them with the next parse.
    if (undo) {
        for (qsizetype i = splices.size() - 1; i >= 0; --i) {
            ZoneSplice s = splices[i];
            std::swap(s.removed, s.inserted);
            m_pending.append(s);
        }
    } else {
        m_pending += splices;
    }
    scheduleReparse();
}

bool ZoneSession::pushSplices(const QString& title, const QList<ZoneSplice>& splices, int changes)
{
    if (splices.isEmpty())
        return false;
    m_undo->push(new ZoneSpliceCommand(this, title, splices, changes));
    return true;
}

bool ZoneSession::applyEdits(const QString& title, const QList<RecordEdit>& edits, QString* error, int changes)
{
    if (isStale()) {
        *error = tr("The previous edit is still being read; try again in a moment.");
        return false;
    }
    QList<ZoneSplice> splices;
    if (!m_workspace.makeSplices(edits, &splices, error))
        return false;
    if (splices.isEmpty()) {
        *error = tr("The change is already in the zone file.");
        return false;
    }
    return pushSplices(title, splices, changes);
}

bool ZoneSession::replaceRecord(int zone, qsizetype record, const QByteArray& text, QString* error)
{
    if (isStale()) {
        *error = tr("The previous edit is still being read; try again in a moment.");
        return false;
    }
    const auto working = m_workspace.workingZone(zone);
    if (!working || record < 0 || record >= working->recordCount()) {
        *error = tr("That record is no longer in the zone.");
        return false;
    }
    const ZoneSplice s = m_workspace.replaceRecord(zone, record, text);
    if (s.removed == s.inserted) {
        *error = tr("Nothing changed.");
        return false;
    }
    return pushSplices(text.isEmpty() ? tr("Remove the record on line %1").arg(working->record(record).line)
                                      : tr("Edit the record on line %1").arg(working->record(record).line),
                       { s });
}

bool ZoneSession::insertAfter(int zone, qsizetype record, const QByteArray& text, QString* error)
{
    if (isStale()) {
        *error = tr("The previous edit is still being read; try again in a moment.");
        return false;
    }
    const auto working = m_workspace.workingZone(zone);
    if (!working || record < 0 || record >= working->recordCount() || text.isEmpty()) {
        *error = tr("That record is no longer in the zone.");
        return false;
    }
    return pushSplices(tr("Add a record after line %1").arg(working->record(record).line),
                       { m_workspace.insertAfterRecord(zone, record, text) });
}

ZoneWorkspace::SaveResult ZoneSession::save()
{
    ZoneWorkspace::SaveResult all;
    if (isStale()) {
        all.error = tr("the last edit is still being read; save again in a moment");
        return all;
    }
    // Conflicts first, for every zone: nothing is written when any file changed on disk.
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        const QString changed = m_workspace.isModified(z) ? m_workspace.changedOnDisk(z) : QString();
        if (!changed.isEmpty()) {
            all.conflict = true;
            all.zone = z;
            all.error
                = tr("%1 changed on disk since it was read; nothing was saved").arg(QDir::toNativeSeparators(changed));
            return all;
        }
    }
    all.ok = true;
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        if (!m_workspace.isModified(z))
            continue;
        ZoneWorkspace::SaveResult r = m_workspace.save(z, QDate::currentDate());
        if (!r.ok) {
            r.zone = z;
            return r; // the zones saved before stay saved; this one and the rest are untouched
        }
        all.savedPaths += r.savedPaths;
        all.oldSerial = r.oldSerial;
        all.newSerial = r.newSerial;
    }
    m_savedAwaitingReload = true;
    reload();
    return all;
}

ZoneWorkspace::SaveResult ZoneSession::saveAs(int zone, const QString& path)
{
    ZoneWorkspace::SaveResult refused;
    if (isStale()) {
        refused.error = tr("the last edit is still being read; save again in a moment");
        return refused;
    }
    // Save As never replaces a file that is open here (that would skip the backup and the conflict check).
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        for (const ZoneSourceFile& f : m_workspace.diskZone(z)->files()) {
            if (QFileInfo(f.path).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
                refused.error = tr("%1 is open here: use Save to write it, or choose another name")
                                    .arg(QDir::toNativeSeparators(path));
                return refused;
            }
        }
    }
    const ZoneWorkspace::SaveResult r = m_workspace.saveAs(zone, path, QDate::currentDate());
    if (r.ok) {
        QStringList files = paths();
        files[zone] = path;
        for (int z = 0; z < m_workspace.zoneCount(); ++z) {
            if (z != zone && m_workspace.isModified(z))
                return r; // other zones keep their edits: no reload that would drop them
        }
        open(files);
    }
    return r;
}

void ZoneSession::reload()
{
    open(paths());
}

void ZoneSession::watchFiles()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    QStringList files;
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        for (const ZoneSourceFile& f : m_workspace.diskZone(z)->files())
            files.append(f.path);
    }
    if (!files.isEmpty())
        m_watcher->addPaths(files);
}

void ZoneSession::onFileChanged(const QString& path)
{
    for (int z = 0; z < m_workspace.zoneCount(); ++z) {
        for (const ZoneSourceFile& f : m_workspace.diskZone(z)->files()) {
            if (QFileInfo(f.path).absoluteFilePath() != QFileInfo(path).absoluteFilePath())
                continue;
            if (!m_savedAwaitingReload && !m_workspace.changedOnDisk(z).isEmpty())
                Q_EMIT changedOnDisk(path);
            // A file replaced by rename (editors, QSaveFile) is no longer watched: watch the new one.
            if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
                m_watcher->addPath(path);
            return;
        }
    }
}

} // namespace caa
