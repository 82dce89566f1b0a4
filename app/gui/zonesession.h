#pragma once

#include "caa/lint.h"
#include "caa/zoneaudit.h"
#include "caa/zoneworkspace.h"
#include "summarydata.h"
#include "textlayout.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <memory>

class QFileSystemWatcher;
class QUndoStack;

namespace caa {

// The window's zone files: as read, with their unsaved edits (undoable), and what was worked out from them (the
// audit of every name, the lint findings). Reading, parsing again after an edit and auditing run in a worker thread
// with progress and cancel; small files (under syncBytes in all) are done before the call returns, as that is faster
// than a round trip through a thread.
class ZoneSession : public QObject
{
    Q_OBJECT
public:
    explicit ZoneSession(QObject* parent = nullptr);
    ~ZoneSession() override;

    struct Problem
    {
        QString path;
        QString message;
    };

    // Reads the files; the zones already loaded are replaced once at least one of them loads (else they stay).
    void open(const QStringList& paths);
    void cancel();
    bool isBusy() const { return m_job.isRunning(); }
    bool isEmpty() const { return m_workspace.zoneCount() == 0; }
    void clear();
    void setProfiles(const QList<CaProfile>& profiles); // the CAs the audit decides for; audits again
    const QList<CaProfile>& profiles() const { return m_profiles; }

    const ZoneWorkspace& workspace() const { return m_workspace; }
    QUndoStack* undoStack() const { return m_undo; }
    std::shared_ptr<const ZoneSet> workingSet() const { return m_set; }
    std::shared_ptr<const ZoneAudit> audit() const { return m_audit; }
    const QList<LintFinding>& findings() const { return m_findings; }
    const QList<Problem>& openProblems() const { return m_problems; }
    QStringList problemTexts() const; // "FILE: what", for the window
    QStringList paths() const; // the main files
    QString displayNames() const; // their file names, comma-separated
    // The zone audit as a summary report's data, in two steps: the title, CAs and unsaved edits (here), then the
    // files with their SHA-256, every audited name and the causes with their fixes. That step reads only the audit
    // and the disk zones (immutable), so it can run in a worker: a million-record zone has 242,720 names.
    SummaryData auditHeading() const;
    static void addAuditRows(SummaryData* summary, const ZoneAudit& audit,
                             const QList<std::shared_ptr<const ZoneFile>>& diskZones);
    QList<std::shared_ptr<const ZoneFile>> diskZones() const; // as read from disk, without the edits

    // Each edit is one undoable step; the zones are parsed again and audited, then workingChanged().
    // Refused (false, `error`) while an earlier edit is still being parsed.
    // `changes`: how many changes the person made with this one step (fixes applied at once count each).
    bool applyEdits(const QString& title, const QList<RecordEdit>& edits, QString* error, int changes = 1);
    bool replaceRecord(int zone, qsizetype record, const QByteArray& text, QString* error); // empty text: remove
    bool insertAfter(int zone, qsizetype record, const QByteArray& text, QString* error);
    int editCount() const;
    // Unsaved edits, including ones still being parsed.
    bool isModified() const { return isStale() || m_workspace.isModified(); }
    // Edits are waiting to be parsed: the working zones are not up to date with the undo history yet.
    bool isStale() const { return m_reparsing || !m_pending.isEmpty() || !m_workspace.staleZones().isEmpty(); }
    // A file's text layout for ZoneTextView (made with the parse).
    std::shared_ptr<const TextLayout> layout(int zone, int file) const { return m_layouts.value(zone).value(file); }

    // Writes every modified zone (serial raised, backup, atomic), then reads them again.
    ZoneWorkspace::SaveResult save();
    // One zone's edited text to another file, which then becomes that zone's file.
    ZoneWorkspace::SaveResult saveAs(int zone, const QString& path);
    void reload(); // from disk: the edits are dropped

    static qint64 syncBytes;

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(int percent, const QString& what);
    void loaded(); // open() finished: new zones, or openProblems() says why not
    void workingChanged(); // an edit, undo or redo has been parsed and audited
    void auditChanged(); // the profiles changed
    void changedOnDisk(const QString& path); // a loaded file's bytes changed under us

public:
    // The work done off the GUI thread, on copies.
    struct Job
    {
        enum Kind
        {
            Open,
            Reparse,
            Audit,
        };
        Kind kind = Open;
        quint64 generation = 0;
        QStringList paths; // Open
        QList<std::shared_ptr<const ZoneFile>> disk; // Reparse
        QList<std::shared_ptr<const ZoneFile>> working; // Reparse (fresh ones), Audit
        QList<QList<QByteArray>> contents; // Reparse: every zone's text before the splices
        QList<ZoneSplice> splices; // Reparse: the edits to make, in order
        QList<ZoneLoadOptions> options;
        QList<CaProfile> profiles;
    };
    struct Result
    {
        Job::Kind kind = Job::Open;
        quint64 generation = 0;
        bool cancelled = false;
        QList<std::shared_ptr<const ZoneFile>> disk;
        QList<ZoneLoadOptions> options; // Open: how each zone was read (an origin taken from the file name)
        QList<std::shared_ptr<const ZoneFile>> working;
        QList<QList<QByteArray>> contents; // Reparse: the zones' new texts (empty for a zone not edited)
        QList<QList<std::shared_ptr<const TextLayout>>> layouts; // per zone, per file; empty when unchanged
        std::shared_ptr<const ZoneSet> set;
        std::shared_ptr<const ZoneAudit> audit;
        QList<LintFinding> findings;
        QList<Problem> problems;
    };
    using Report = std::function<bool(int percent, const QString& what)>; // false: cancel
    static Result run(const Job& job, const Report& report);

private:
    void start(Job job, qint64 bytes);
    void finish(Result result);
    void scheduleReparse();
    void watchFiles();
    void onFileChanged(const QString& path);
    bool pushSplices(const QString& title, const QList<ZoneSplice>& splices, int changes = 1);
    friend class ZoneSpliceCommand;
    void applySplices(const QList<ZoneSplice>& splices, bool undo);

    ZoneWorkspace m_workspace;
    QList<CaProfile> m_profiles;
    QUndoStack* m_undo;
    std::shared_ptr<const ZoneSet> m_set;
    std::shared_ptr<const ZoneAudit> m_audit;
    QList<LintFinding> m_findings;
    QList<Problem> m_problems;
    QFutureWatcher<Result> m_job;
    quint64 m_generation = 0;
    bool m_reparseAgain = false;
    bool m_reparsing = false; // a Reparse job is running
    quint64 m_jobGeneration = 0; // the generation of the job m_job watches (a cancelled one may still report)
    Job::Kind m_runningKind = Job::Open;
    QList<ZoneSplice> m_pending; // edits (undo: reversed) not handed to a worker yet
    QList<QList<std::shared_ptr<const TextLayout>>> m_layouts;
    bool m_savedAwaitingReload = false; // our own save changed the files: not a change "on disk" to report
    QFileSystemWatcher* m_watcher;
};

} // namespace caa
