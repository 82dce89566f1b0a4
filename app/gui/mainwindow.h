#pragma once

#include "caa/climbrunner.h"
#include "caa/nsmatrix.h"
#include "caa/settings.h"
#include "caa/zoneeditor.h"
#include "caa/zonefile.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPageSize>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace caa {

class BatchPage;
class ClimbModel;
class ClimbView;
class FixCard;
class IssuerDiffView;
class VerdictGridModel;
class ZoneSession;
class ZoneWorkspacePage;

// The diagnosis window: name, CA and source on top; the tree climb on the left; the verdict, the issuer diff, the fix
// cards and the records on the right. Results appear as the answers arrive.
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
    void useLiveDns(const QStringList& resolvers);
    // --resolver: used until the person changes the resolvers in Settings (which shows them meanwhile).
    void useCommandLineResolvers(const QStringList& resolvers);
    QStringList resolversInUse() const { return m_resolvers; }
    // A note that stays at the right of the status bar (where the demo's copy is), elided, whole in its tooltip.
    void showStandingNote(const QString& note);
    QString standingNote() const;
    Settings* settingsStore() const { return m_settings.get(); }
    void setName(const QString& name);
    void check();
    // Takes what an ACME client printed, explains it above the verdict and checks the name it names.
    bool checkFromError(const QString& text);
    // Fixes applied to the loaded zone files but not saved yet (undoable); the name is checked again at once.
    void applyFix(const Fix& fix);
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
    void checkOrCancel();

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
    bool showsEvidence() const { return m_evidence != nullptr; }
    // The paper of reports: "a4", "letter", or empty for the locale's (kept in the settings).
    QPageSize reportPageSize() const;
    void setReportPageSize(const QString& size);
    // Print… : the print preview dialog (modal) for the page on show.
    void printReport();
    // The diagnosis on show (a finished check's or a reopened bundle's), with the nameserver matrix and the zone
    // files' SHA-256; none while nothing is complete.
    std::optional<Diagnosis> reportDiagnosis() const;

    // For tests and accessibility tools.
    QAction* exportReportAction() const { return m_exportAction; }
    QAction* printAction() const { return m_printAction; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* checkButton() const { return m_check; }
    ClimbModel* climbModel() const { return m_climbModel; }
    ClimbView* climbView() const { return m_climb; }
    QLabel* headline() const { return m_headline; }
    QLabel* nameserverNote() const { return m_nsFindings; }
    QLabel* statusLabel() const { return m_status; }
    IssuerDiffView* issuerDiff() const { return m_diff; }
    QList<FixCard*> fixCards() const;
    QStandardItemModel* recordsModel() const { return m_records; }
    QString inlineError() const;
    QLabel* errorSummary() const { return m_errorSummary; }
    QPlainTextEdit* pasteErrorEdit() const { return m_pasteError; }
    QPlainTextEdit* selectedNameView() const { return m_raw; }
    QStandardItemModel* nameserversModel() const { return m_nameservers; }
    VerdictGridModel* verdictGrid() const { return m_grid; }
    QLineEdit* accountEdit() const { return m_account; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* caBox() const { return m_ca; }
    QScrollArea* diagnosisArea() const { return m_rightScroll; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QTabWidget* pages() const { return m_pages; }
    ZoneWorkspacePage* workspacePage() const { return m_workspace; }
    BatchPage* batchPage() const { return m_batch; }

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
    void buildUi();
    void updatePending();
    void zonesChanged(bool loaded); // the session loaded files, or an edit was parsed
    void updateAuditProfiles();
    void startMatrix(const Request& request);
    // The CA, account, method or wildcard changed: the data on show is judged again at once for the same name, or
    // the verdict is marked as out of date until Check.
    void rejudgeShown();
    void setSourceChoices(const QString& current);
    void about();
    void showDiagnosis();
    void showRung(int row);
    void setInlineError(const QString& message);
    CaProfile selectedProfile() const;
    void populateCaChooser(const QString& currentKey);
    void fitDiagnosis(); // the divider between the diagnosis and the tabs, until the person moves it
    const Diagnosis* shownDiagnosis() const;
    bool hasFinishedDiagnosis() const; // shown and complete, not a check still running
    void showMatrixTable(const NsMatrix& matrix);
    void updateReportActions();
    void exportReportDialog();
    void saveEvidenceDialog();
    QString reportFileSuggestion(const QString& suffix) const;

    QLineEdit* m_name = nullptr;
    QComboBox* m_ca = nullptr;
    QCheckBox* m_wildcard = nullptr;
    QComboBox* m_source = nullptr;
    QLineEdit* m_account = nullptr;
    QComboBox* m_method = nullptr;
    QLabel* m_errorSummary = nullptr;
    QPlainTextEdit* m_pasteError = nullptr;
    QTimer* m_pasteTimer = nullptr; // reads the pasted error once typing stops
    QString m_lastPastedError;
    AcmeError m_fromError; // the last pasted error, for the check of the name it names
    QString m_fromErrorText;
    bool m_stale = false; // the verdict on show no longer answers the question row
    QStandardItemModel* m_nameservers = nullptr;
    QLabel* m_nsFindings = nullptr;
    VerdictGridModel* m_grid = nullptr;
    std::unique_ptr<NsMatrixRunner> m_matrix;
    DnsClientOptions m_liveOptions;
    void keepLabelsNarrow();
    QLabel* m_standingNote = nullptr;
    void rememberFolderOf(const QString& path);
    bool m_resolversFromCommandLine = false;
    QAction* m_copyFixAction = nullptr;
    std::unique_ptr<Settings> m_settings;
    ZoneSession* m_session = nullptr;
    QTabWidget* m_pages = nullptr;
    ZoneWorkspacePage* m_workspace = nullptr;
    BatchPage* m_batch = nullptr;
    bool m_checkWhenLoaded = false;
    bool m_zonesAreSource = false;
    QWidget* m_pendingBar = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QTimer* m_refresh = nullptr; // at most one refresh per frame while answers arrive
    QPushButton* m_check = nullptr;
    QLabel* m_error = nullptr;
    ClimbView* m_climb = nullptr;
    ClimbModel* m_climbModel = nullptr;
    QWidget* m_verdictBox = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_action = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_rule = nullptr;
    QWidget* m_diffBox = nullptr;
    IssuerDiffView* m_diff = nullptr;
    QWidget* m_fixBox = nullptr;
    QVBoxLayout* m_fixLayout = nullptr;
    QLabel* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_rightSplit = nullptr;
    QScrollArea* m_rightScroll = nullptr;
    bool m_userMovedSplit = false;
    QStandardItemModel* m_records = nullptr;
    QTableView* m_recordsView = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QLabel* m_status = nullptr;

    QStringList m_resolvers;
    std::unique_ptr<DnsSource> m_dns;
    std::unique_ptr<ClimbRunner> m_runner;
    std::unique_ptr<Diagnosis> m_evidence; // a reopened evidence bundle, on show instead of a check
    bool m_evidenceBanner = false;
    QAction* m_exportAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_evidenceAction = nullptr;
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
