#pragma once

#include "caa/diagnosis.h"
#include "diagnosispage.h"
#include "settings.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPageSize>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QTabWidget;
class QUndoStack;

namespace caa {

class BatchPage;
class DiagnosisSession;
class ZoneSession;
class ZoneWorkspacePage;

// The shell: the menus, the three tabs (Diagnosis, Zone Workspace, Batch), drag and drop, reports and evidence
// bundles, settings and the window's state. Each tab is a page of its own over a session object that holds its state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // --demo: a writable copy of the shipped example (`shipped` may be read-only, in a package), in `folder`, replaced
    // on each start; its path, or empty with *error set.
    static QString demoCopy(const QString& shipped, const QString& folder, QString* error);
    // `settingsPath`: an INI file of its own (tests); empty: the user's settings.
    explicit MainWindow(const QString& settingsPath = QString(), QWidget* parent = nullptr);
    ~MainWindow() override;

    // Zone files as the source (offline) and in the zone workspace; errors are shown in the window, never as a storm
    // of dialogs. Small files are in when this returns; big ones load in the background. False when none of them
    // could be opened (the window says why).
    bool openZoneFiles(const QStringList& paths);
    // What was dropped or given on the command line: zone files go to the workspace, lists of names and
    // certificates to a batch check, folders are explained.
    void openPaths(const QStringList& paths);
    // A list of names (or certificates) checked live in the Batch tab.
    bool startBatch(const QString& path);
    void useLiveDns(const QStringList& resolvers) { m_diagnosis->useLiveDns(resolvers); }
    // --resolver: used until the person changes the resolvers in Settings (which shows them meanwhile).
    void useCommandLineResolvers(const QStringList& resolvers) { m_diagnosis->useCommandLineResolvers(resolvers); }
    QStringList resolversInUse() const { return m_diagnosis->resolversInUse(); }
    // A note that stays at the right of the status bar (where the demo's copy is), elided, whole in its tooltip.
    void showStandingNote(const QString& note);
    QString standingNote() const;
    Settings* settingsStore() const { return m_settings.get(); }
    void setName(const QString& name) { m_diagnosis->setName(name); }
    void check() { m_diagnosis->check(); }
    // Takes what an ACME client printed, explains it above the verdict and checks the name it names.
    bool checkFromError(const QString& text) { return m_diagnosis->checkFromError(text); }
    // Fixes applied to the loaded zone files but not saved yet (undoable); the name is checked again at once.
    void applyFix(const Fix& fix) { m_diagnosis->applyFix(fix); }
    int pendingFixCount() const;
    QString pendingDiff() const;
    // Writes the pending edits (atomically, with a backup and a raised SOA serial), reloads and checks again.
    // `review`: show the diff and ask first; a file changed on disk then offers Save As.
    bool saveZoneChanges(bool review);
    // One zone's edited text to another file (`zone` < 0: the one on show in the workspace).
    bool saveZoneChangesAs(const QString& path, int zone = -1);
    QUndoStack* undoStack() const;
    ZoneSession* zoneSession() const { return m_session; }
    // The settings dialog (modal): resolvers, timeouts, ACME accounts.
    void editSettings();
    // Check, or cancel the check that is running (the same button).
    void checkOrCancel() { m_diagnosis->checkOrCancel(); }

    // Reports. Export PDF and Print follow the page on show: one name's diagnosis in full, or the summary of the
    // batch or of the zone audit (one row per name, details after).
    enum class ReportKind
    {
        None, // nothing to report on this page yet
        Diagnosis,
        Batch,
        ZoneAudit,
    };
    ReportKind reportKind() const;
    // Writes the PDF of the page on show (all or nothing); false with *error in words.
    bool exportReport(const QString& path, QString* error = nullptr);
    // The same in a worker thread (a summary of thousands of names takes seconds): the window stays responsive,
    // and reportWritten() tells the outcome. False when there is nothing to report or an export is running.
    bool startExport(const QString& path);
    bool isExporting() const;
    // The diagnosis on show as an evidence bundle (JSON: the CLI schema plus the raw DNS messages).
    bool saveEvidence(const QString& path, QString* error = nullptr);
    // Reopens a bundle offline: the same diagnosis, made again from its messages; false (the window says why) when
    // the file is not a usable bundle.
    bool openEvidence(const QString& path);
    bool showsEvidence() const;
    // The paper of reports: "a4", "letter", or empty for the locale's (kept in the settings).
    QPageSize reportPageSize() const;
    void setReportPageSize(const QString& size);
    // Print… : the print preview dialog (modal) for the page on show.
    void printReport();
    // The diagnosis on show (a finished check's or a reopened bundle's), with the nameserver matrix and the zone
    // files' SHA-256; none while nothing is complete.
    std::optional<Diagnosis> reportDiagnosis() const;

    DiagnosisPage* diagnosisPage() const { return m_diagnosis; }
    DiagnosisSession* diagnosisSession() const { return m_diagnosisSession; }
    // For tests and accessibility tools.
    QAction* exportReportAction() const { return m_exportAction; }
    QAction* printAction() const { return m_printAction; }
    QLabel* statusLabel() const { return m_status; }
    QTabWidget* pages() const { return m_pages; }
    ZoneWorkspacePage* workspacePage() const { return m_workspace; }
    BatchPage* batchPage() const { return m_batch; }
    // The Diagnosis page's parts, as tests written before it had a class of its own reach them.
    QLineEdit* nameEdit() const { return m_diagnosis->nameEdit(); }
    QPushButton* checkButton() const { return m_diagnosis->checkButton(); }
    ClimbModel* climbModel() const { return m_diagnosis->climbModel(); }
    ClimbView* climbView() const { return m_diagnosis->climbView(); }
    QLabel* headline() const { return m_diagnosis->headline(); }
    QLabel* nameserverNote() const { return m_diagnosis->nameserverNote(); }
    IssuerDiffView* issuerDiff() const { return m_diagnosis->issuerDiff(); }
    QList<FixCard*> fixCards() const { return m_diagnosis->fixCards(); }
    RecordsModel* recordsModel() const { return m_diagnosis->recordsModel(); }
    QString inlineError() const { return m_diagnosis->inlineError(); }
    QLabel* errorSummary() const { return m_diagnosis->errorSummary(); }
    QPlainTextEdit* pasteErrorEdit() const { return m_diagnosis->pasteErrorEdit(); }
    QPlainTextEdit* selectedNameView() const { return m_diagnosis->selectedNameView(); }
    NameserversModel* nameserversModel() const { return m_diagnosis->nameserversModel(); }
    VerdictGridModel* verdictGrid() const { return m_diagnosis->verdictGrid(); }
    QLineEdit* accountEdit() const { return m_diagnosis->accountEdit(); }
    QComboBox* methodBox() const { return m_diagnosis->methodBox(); }
    QComboBox* caBox() const { return m_diagnosis->caBox(); }
    QScrollArea* diagnosisArea() const { return m_diagnosis->diagnosisArea(); }
    QTabWidget* detailTabs() const { return m_diagnosis->detailTabs(); }

Q_SIGNALS:
    void checkFinished();
    void matrixFinished();
    void reportWritten(const QString& path, const QString& error); // error empty: written

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void buildPages();
    void updatePending();
    void about();
    void showCopied(const QString& what);
    void rememberFolderOf(const QString& path);
    void openZonesDialog();
    void saveAsDialog();
    void updateReportActions();
    void exportReportDialog();
    void saveEvidenceDialog();
    QString reportFileSuggestion(const QString& suffix) const;

    std::unique_ptr<Settings> m_settings;
    ZoneSession* m_session = nullptr;
    DiagnosisSession* m_diagnosisSession = nullptr;
    QTabWidget* m_pages = nullptr;
    DiagnosisPage* m_diagnosis = nullptr;
    ZoneWorkspacePage* m_workspace = nullptr;
    BatchPage* m_batch = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_standingNote = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_evidenceAction = nullptr;
    QAction* m_copyFixAction = nullptr;
    QActionGroup* m_paperGroup = nullptr;
    struct ExportResult
    {
        QString path;
        QString error;
        int pages = 0;
    };
    QFutureWatcher<ExportResult>* m_export = nullptr;
};

} // namespace caa
