#pragma once

#include "caa/caprofile.h"
#include "caa/diagnosis.h"
#include "caa/dnsclient.h"
#include "caa/evaluator.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace caa {

class ClimbModel;
class ClimbView;
class DiagnosisSession;
class FixCard;
class IssuerDiffView;
class NameserversModel;
struct NsMatrix;
class RecordsModel;
class Settings;
class VerdictGridModel;
class WhoIssuesPanel;
class ZoneSession;

// The Diagnosis tab: the question (name, CA, wildcard, source, account, method, a pasted ACME error), the tree
// climb, the verdict, the issuer diff, the fix cards and the detail tabs (records, the selected name's answers, the
// nameservers, every CA at once). It shows what its DiagnosisSession holds and asks it to check; results appear as
// the answers arrive.
class DiagnosisPage : public QWidget
{
    Q_OBJECT
public:
    DiagnosisPage(DiagnosisSession* session, ZoneSession* zones, Settings* settings, QWidget* parent = nullptr);
    ~DiagnosisPage() override;

    void setName(const QString& name);
    void check();
    // A name as a list or a zone has it (the wildcard box cleared), checked at once.
    void checkName(const QString& name);
    // Check, or cancel the check that is running (the same button).
    void checkOrCancel();
    // Takes what an ACME client printed, explains it above the verdict and checks the name it names.
    bool checkFromError(const QString& text);
    // The zone files were saved: the name on show is checked again once they are read back.
    void checkAgainAfterSave();

    void useLiveDns(const QStringList& resolvers);
    // --resolver: used until the person changes the resolvers in Settings (which shows them meanwhile).
    void useCommandLineResolvers(const QStringList& resolvers);
    QStringList resolversInUse() const { return m_resolvers; }
    bool resolversFromCommandLine() const { return m_resolversFromCommandLine; }
    // New settings: live DNS through `resolvers` (or, while zone files are the source, for batches and live
    // comparisons), with the settings' timeout and tries.
    void applySettings(const QStringList& resolvers, bool fromCommandLine);
    // The zone files' own problems and the name checked again (ZoneSession::loaded); `loaded` false: an edit.
    void zonesChanged(bool loaded);

    // Reopens an evidence bundle offline: the same diagnosis, made again from its messages; false (the page says
    // why) when the file is not a usable bundle.
    bool openEvidence(const QString& path);

    CaProfile selectedProfile() const;
    // The zone workspace decides for the chosen CA and the ones chosen lately.
    void updateAuditProfiles();
    // Applies a fix to the loaded zone files (undoable); the name is checked again at once.
    void applyFix(const Fix& fix);
    // Edit ▸ Copy Fix: the corrected zone-file lines of the first fix.
    void copyFirstFix();

    QString inlineError() const;
    void setInlineError(const QString& message);
    // Tells that the question row changed and the verdict on show is judged again, or greyed until Check.
    void rejudgeShown();

    // For the window, tests and accessibility tools.
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* checkButton() const { return m_check; }
    ClimbModel* climbModel() const { return m_climbModel; }
    ClimbView* climbView() const { return m_climb; }
    QLabel* headline() const { return m_headline; }
    QLabel* nameserverNote() const { return m_nsFindings; }
    IssuerDiffView* issuerDiff() const { return m_diff; }
    QList<FixCard*> fixCards() const { return m_cards; }
    RecordsModel* recordsModel() const { return m_records; }
    NameserversModel* nameserversModel() const { return m_nameservers; }
    VerdictGridModel* verdictGrid() const { return m_grid; }
    QLabel* errorSummary() const { return m_errorSummary; }
    QPlainTextEdit* pasteErrorEdit() const { return m_pasteError; }
    QPlainTextEdit* selectedNameView() const { return m_raw; }
    QLineEdit* accountEdit() const { return m_account; }
    QComboBox* methodBox() const { return m_method; }
    QComboBox* caBox() const { return m_ca; }
    QComboBox* sourceBox() const { return m_source; }
    QScrollArea* diagnosisArea() const { return m_rightScroll; }
    QTabWidget* detailTabs() const { return m_tabs; }
    QTableView* recordsView() const { return m_recordsView; }
    WhoIssuesPanel* whoIssuesPanel() const { return m_who; }
    QLabel* whoIssuesNote() const { return m_whoNote; }
    // Reads a certificate file (PEM or DER, leaf or chain) as the certificate in use; false (the page says why) when
    // it holds none.
    bool useCertificateFile(const QString& path);

Q_SIGNALS:
    void checkFinished();
    void matrixFinished();
    // What the status bar says about the source and the check.
    void statusChanged(const QString& text);
    // A passing message ("Copied the zone-file line.").
    void message(const QString& text, int timeoutMs);
    // The name on show ("www.example.com", with " (evidence)" for a bundle), for the window title.
    void subjectChanged(const QString& subject);
    // Something that decides what can be exported or saved changed.
    void reportStateChanged();
    void fixesShown(bool any);
    // The person chose "Zone files…" as the source; the unsaved-changes question belongs to the window.
    void openZonesRequested();
    void saveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QLayout* buildQuestion();
    QWidget* buildClimbPanel(QWidget* parent);
    QWidget* buildDiagnosisPanel(QWidget* parent);
    QTabWidget* buildDetailTabs(QWidget* parent);
    void showDiagnosis();
    void showVerdict(const Diagnosis& d);
    void showFixCards(const Verdict& v);
    void showWhoIssues();
    void chooseCertificateFile();
    void showRung(int row);
    void showMatrix(const NsMatrix& matrix);
    void checkFinishedRunning();
    void showCancelled();
    void matrixFinishedRunning();
    void updatePending();
    // `isSource` false: the answers on show come from elsewhere (a bundle) than the source in use.
    void setSourceChoices(const QString& current, bool isSource = true);
    void populateCaChooser(const QString& currentKey);
    void pastedErrorChanged();
    void fitDiagnosis(); // the divider between the diagnosis and the tabs, until the person moves it
    void keepLabelsNarrow();
    DnsClientOptions optionsFor(const QStringList& resolvers) const;

    DiagnosisSession* m_session;
    ZoneSession* m_zones;
    Settings* m_settings;
    QStringList m_resolvers;
    bool m_resolversFromCommandLine = false;
    bool m_stale = false; // the verdict on show no longer answers the question row
    bool m_evidenceBanner = false;
    bool m_userMovedSplit = false;
    QString m_lastPastedError;
    QString m_sourceText;
    bool m_doubleClickOnCheck = false;

    QLineEdit* m_name = nullptr;
    QComboBox* m_ca = nullptr;
    QCheckBox* m_wildcard = nullptr;
    QComboBox* m_source = nullptr;
    QPushButton* m_check = nullptr;
    QLineEdit* m_account = nullptr;
    QComboBox* m_method = nullptr;
    QPlainTextEdit* m_pasteError = nullptr;
    QTimer* m_pasteTimer = nullptr; // reads the pasted error once typing stops
    QLabel* m_error = nullptr;
    QWidget* m_pendingBar = nullptr;
    QLabel* m_pendingLabel = nullptr;
    QLabel* m_errorSummary = nullptr;
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
    QList<FixCard*> m_cards;
    QLabel* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_rightSplit = nullptr;
    QScrollArea* m_rightScroll = nullptr;
    RecordsModel* m_records = nullptr;
    QTableView* m_recordsView = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    NameserversModel* m_nameservers = nullptr;
    QLabel* m_nsFindings = nullptr;
    VerdictGridModel* m_grid = nullptr;
    WhoIssuesPanel* m_who = nullptr;
    QLabel* m_whoNote = nullptr; // in the verdict box: who issues in fact is refused (see the panel)
};

} // namespace caa
