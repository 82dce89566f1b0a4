#pragma once

#include "caa/batchrunner.h"
#include "caa/dnsclient.h"
#include "caa/zonefile.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace caa {

class LiveBatch;
class ProblemsModel;
class ZoneNamesModel;
class ZoneSession;
class ZoneTextView;

// The zone workspace: the loaded zone files' text (CAA records tinted, problems marked), every name with or
// inheriting CAA with each CA's verdict, the lint findings with quick fixes, the pending changes, and a comparison
// with live DNS. CAA records are edited here (what if?), each edit undoable and checked again at once.
class ZoneWorkspacePage : public QWidget
{
    Q_OBJECT
public:
    ZoneWorkspacePage(ZoneSession* session, QWidget* parent = nullptr);
    ~ZoneWorkspacePage() override;

    void setLiveOptions(const DnsClientOptions& options) { m_liveOptions = options; }
    // Shows a file's line (zone index, file index, 1-based line).
    void showLine(int zone, int file, int line);
    // Puts the record on the current line into the editor (a CAA record), or explains why not.
    void editCurrentLine();
    bool applyRecordText(const QString& text); // replaces the record being edited
    bool addRecordAfter(const QString& text);
    bool removeRecord();
    bool applyQuickFix(int problemRow);
    // Every quick fix at once, one undo step; returns how many were applied.
    int applyAllQuickFixes();
    void compareWithLive();
    void cancelLive();
    QString exportChanges(int provider) const; // -1: zone lines; else ProviderForms::Provider
    void showChangedOnDisk(const QString& path);

    // For tests and accessibility tools.
    ZoneNamesModel* namesModel() const { return m_names; }
    QTableView* namesView() const { return m_namesView; }
    QString summaryText() const;
    // What else was wrong with the files opened together with these (a folder, a missing file): said in the banner
    // with the zones' own problems, until other files are opened.
    void setOtherProblems(const QStringList& problems);
    QString bannerText() const; // empty when the banner is hidden
    ProblemsModel* problemsModel() const { return m_problems; }
    ZoneTextView* textView() const { return m_text; }
    QLineEdit* recordEdit() const { return m_recordEdit; }
    QString recordWhereText() const; // which record the editor holds, or how to choose one
    QLabel* recordError() const { return m_recordError; }
    QLineEdit* filterEdit() const { return m_filter; }
    QLabel* summary() const { return m_summary; }
    QLabel* banner() const { return m_banner; }
    QWidget* diskBanner() const { return m_diskBanner; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPlainTextEdit* changesView() const { return m_changes; }
    int currentZone() const { return m_zone; }
    int currentFile() const { return m_file; }

Q_SIGNALS:
    void checkRequested(const QString& name);
    void openRequested();
    void saveRequested();
    void saveAsRequested();
    void liveFinished();
    void changesShown(); // the diff of the pending changes is in changesView()
    void copied(const QString& what);

private:
    void refresh(); // after a load or an edit
    void showFile(int zone, int file);
    void updateSummary();
    void updateChanges();
    void updateBusy(bool busy);
    // `checkOwnerKept`: refuse a new owner when the following lines inherit this record's owner.
    bool validateRecord(const QString& text, QString* error, bool checkOwnerKept,
                        std::shared_ptr<ZoneFile>* parsed = nullptr) const;
    bool writeRecord(const QString& text, bool insertAfter);
    qsizetype recordAtLine(int zone, int file, int line) const;
    void liveItem(const BatchRunner::Item& item);
    void finishLive();

    ZoneSession* m_session;
    LiveBatch* m_live; // the comparison with live DNS
    ZoneNamesModel* m_names;
    ProblemsModel* m_problems;
    QTableView* m_namesView;
    QTableView* m_problemsView;
    QTabWidget* m_bottomTabs;
    QPlainTextEdit* m_changes;
    ZoneTextView* m_text;
    QComboBox* m_fileBox;
    QLineEdit* m_filter;
    QCheckBox* m_problemsOnly;
    QLabel* m_summary;
    QLabel* m_banner;
    QWidget* m_diskBanner;
    QLabel* m_diskLabel;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_cancel;
    QWidget* m_busyRow;
    QLineEdit* m_recordEdit;
    QLabel* m_recordError;
    static QString kEditorHint();
    QStringList m_otherProblems;
    QLabel* m_recordWhere;
    QPushButton* m_applyRecord;
    QPushButton* m_removeRecord;
    QPushButton* m_addRecord;
    QPushButton* m_saveButton;
    QPushButton* m_fixAll;
    QPushButton* m_liveButton;
    QToolButton* m_exportButton;
    QTimer* m_filterTimer;
    QFutureWatcher<QString> m_diffWatcher;
    QPair<int, bool> m_namesShape { -1, false };
    bool m_problemsSized = false;
    int m_zone = -1;
    int m_file = -1;
    qsizetype m_editRecord = -1;
    int m_editZone = -1;
    DnsClientOptions m_liveOptions;
    QBuffer m_liveInput;
    QTimer* m_liveRefresh;
    int m_liveSame = 0, m_liveDiffer = 0, m_liveFailed = 0, m_liveTotal = 0;
    bool m_liveStopped = false; // Stop Comparing was pressed
};

} // namespace caa
