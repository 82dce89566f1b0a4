#include "mainwindow.h"

#include "batchmodel.h"
#include "batchpage.h"
#include "caa/filewriter.h"
#include "caa/namelist.h"
#include "diagnosissession.h"
#include "evidencebundle.h"
#include "icons.h"
#include "reportdocument.h"
#include "settingsdialog.h"
#include "verdictgridmodel.h"
#include "zonesession.h"
#include "zoneworkspacepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <functional>

namespace caa {

MainWindow::MainWindow(const QString& settingsPath, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settingsPath.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(settingsPath))
{
    setWindowTitle(tr("CAA Doctor[*]")); // [*]: the mark of unsaved zone changes
    m_session = new ZoneSession(this);
    m_diagnosisSession = new DiagnosisSession(m_session, this);
    buildPages();
    buildMenus();
    m_diagnosis->useLiveDns(m_settings->resolvers());
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
}

MainWindow::~MainWindow()
{
    // The session goes before the pages and this window are gone: it must not tell them anything on the way out.
    if (m_export) { // a report being written is finished, not left as a temporary file
        m_export->disconnect();
        m_export->waitForFinished();
    }
    m_session->undoStack()->disconnect();
    m_session->disconnect();
    m_session->cancel();
    m_diagnosisSession->disconnect();
    m_diagnosisSession->cancel();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session->isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Zone Changes"),
            tr("The zone files have %n unsaved edit(s). Save them before closing?", "", m_session->editCount()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel
            || (answer == QMessageBox::Save && (!saveZoneChanges(true) || m_session->isModified()))) {
            event->ignore(); // nothing is lost: the window stays, with the edits
            return;
        }
    }
    m_settings->setWindow(saveGeometry(), saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The window's Ctrl+E (export) wins over a line edit's "end of line" (Emacs keys on X11): otherwise it does
    // nothing while the person is typing a name, where the shortcut is wanted most.
    if (event->type() == QEvent::ShortcutOverride
        && (watched == m_diagnosis->nameEdit() || watched == m_diagnosis->accountEdit()) && m_exportAction
        && m_exportAction->shortcut().matches(QKeySequence(static_cast<QKeyEvent*>(event)->keyCombination()))
            == QKeySequence::ExactMatch)
        return true; // not accepted: the shortcut map delivers it to the action
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildMenus()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto openListDialog = [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Check a List of Names"), m_settings->lastOpenFolder(),
            tr("Lists and certificates (*.txt *.csv *.tsv *.pem *.crt *.cer *.der *.csr);;All files (*)"));
        if (!file.isEmpty())
            startBatch(file);
    };
    connect(m_batch, &BatchPage::openRequested, this, openListDialog);
    fileMenu->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open Zone Files…"), QKeySequence::Open, this,
                        &MainWindow::openZonesDialog);
    fileMenu->addAction(tr("Check a &List of Names…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                        openListDialog);
    fileMenu->addAction(tr("Use &Live DNS"), this, [this] { useLiveDns(m_diagnosis->resolversInUse()); });
    fileMenu->addAction(themedIcon(QStringLiteral("document-save")), tr("&Review and Save Zone Changes…"),
                        QKeySequence::Save, this, [this] { saveZoneChanges(true); });
    fileMenu->addAction(tr("Save Zone File &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    fileMenu->addSeparator();
    m_exportAction = fileMenu->addAction(tr("&Export PDF Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                         &MainWindow::exportReportDialog);
    m_printAction = fileMenu->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printReport);
    m_evidenceAction = fileMenu->addAction(tr("Save E&vidence Bundle…"), this, &MainWindow::saveEvidenceDialog);
    fileMenu->addAction(tr("Open Evidence &Bundle…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Open Evidence Bundle"), reportFileSuggestion({}),
                                                          tr("Evidence bundles (*.json);;All files (*)"));
        if (!file.isEmpty())
            openEvidence(file);
    });
    auto* paperMenu = fileMenu->addMenu(tr("Report Pape&r"));
    m_paperGroup = new QActionGroup(this);
    const QList<std::pair<QString, QString>> papers {
        { QString(), tr("As the Locale Has It (%1)").arg(ReportDocument::defaultPageSize().name()) },
        { QStringLiteral("a4"), tr("A4") },
        { QStringLiteral("letter"), tr("US Letter") },
    };
    for (const auto& [key, label] : papers) {
        QAction* action = paperMenu->addAction(label, this, [this, key = key] { setReportPageSize(key); });
        action->setCheckable(true);
        action->setData(key);
        action->setChecked(m_settings->reportPageSize() == key);
        m_paperGroup->addAction(action);
    }
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_session->undoStack()->createUndoAction(this, tr("&Undo")));
    editMenu->actions().last()->setShortcut(QKeySequence::Undo);
    editMenu->addAction(m_session->undoStack()->createRedoAction(this, tr("&Redo")));
    editMenu->actions().last()->setShortcut(QKeySequence::Redo);
    editMenu->addSeparator();
    m_copyFixAction = editMenu->addAction(themedIcon(QStringLiteral("edit-copy")), tr("Copy &Fix"),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_diagnosis,
                                          &DiagnosisPage::copyFirstFix);
    m_copyFixAction->setObjectName(QStringLiteral("copyFix"));
    m_copyFixAction->setStatusTip(tr("Copy the corrected zone-file lines of the first fix"));
    m_copyFixAction->setEnabled(false);
    connect(m_diagnosis, &DiagnosisPage::fixesShown, m_copyFixAction, &QAction::setEnabled);
    fileMenu->addSeparator();
    fileMenu->addAction(themedIcon(QStringLiteral("preferences-system")), tr("&Settings…"), QKeySequence::Preferences,
                        this, &MainWindow::editSettings);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto* checkMenu = menuBar()->addMenu(tr("&Check"));
    checkMenu->addAction(themedIcon(QStringLiteral("system-search")), tr("&Check"),
                         QKeySequence(Qt::CTRL | Qt::Key_Return), m_diagnosis, &DiagnosisPage::check);
    checkMenu->addAction(themedIcon(QStringLiteral("edit-paste")), tr("&Paste an Error"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this] {
                             // The clipboard replaces what the field held; the field checks it.
                             m_diagnosis->pasteErrorEdit()->setPlainText(QApplication::clipboard()->text());
                             m_diagnosis->pasteErrorEdit()->setFocus();
                         });
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(themedIcon(QStringLiteral("help-about")), tr("&About CAA Doctor"), this, &MainWindow::about);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateReportActions();
}

void MainWindow::buildPages()
{
    // Three pages: one name's diagnosis, the zone workspace, and batch checks of lists.
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_diagnosis = new DiagnosisPage(m_diagnosisSession, m_session, m_settings.get(), m_pages);
    m_pages->addTab(m_diagnosis, tr("&Diagnosis"));
    m_workspace = new ZoneWorkspacePage(m_session, m_pages);
    m_pages->addTab(m_workspace, tr("&Zone Workspace"));
    m_batch = new BatchPage(m_pages);
    m_pages->addTab(m_batch, tr("&Batch"));
    setCentralWidget(m_pages);
    setAcceptDrops(true);
    m_diagnosis->nameEdit()->installEventFilter(this); // Ctrl+E: see eventFilter()
    m_diagnosis->accountEdit()->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    statusBar()->addWidget(m_status, 1);

    connect(m_diagnosis, &DiagnosisPage::statusChanged, m_status, &QLabel::setText);
    connect(m_diagnosis, &DiagnosisPage::message, statusBar(), &QStatusBar::showMessage);
    connect(m_diagnosis, &DiagnosisPage::subjectChanged, this,
            [this](const QString& subject) { setWindowTitle(tr("CAA Doctor — %1[*]").arg(subject)); });
    connect(m_diagnosis, &DiagnosisPage::reportStateChanged, this, &MainWindow::updateReportActions);
    connect(m_diagnosis, &DiagnosisPage::checkFinished, this, &MainWindow::checkFinished);
    connect(m_diagnosis, &DiagnosisPage::matrixFinished, this, &MainWindow::matrixFinished);
    connect(m_diagnosis, &DiagnosisPage::openZonesRequested, this, [this] {
        const QStringList files
            = QFileDialog::getOpenFileNames(this, tr("Open Zone Files"), m_settings->lastOpenFolder());
        if (!files.isEmpty())
            openZoneFiles(files);
    });
    connect(m_diagnosis, &DiagnosisPage::saveRequested, this, [this] { saveZoneChanges(true); });
    connect(m_diagnosisSession, &DiagnosisSession::liveOptionsChanged, m_workspace, &ZoneWorkspacePage::setLiveOptions);

    auto checkName = [this](const QString& name) {
        m_pages->setCurrentWidget(m_diagnosis);
        m_diagnosis->checkName(name);
    };
    connect(m_workspace, &ZoneWorkspacePage::checkRequested, this, [this, checkName](const QString& name) {
        if (!m_diagnosisSession->zonesAreSource() && !m_session->isEmpty())
            m_diagnosis->zonesChanged(true); // the workspace's files answer for the names in them
        checkName(name);
    });
    connect(m_workspace, &ZoneWorkspacePage::openRequested, this, &MainWindow::openZonesDialog);
    connect(m_workspace, &ZoneWorkspacePage::saveRequested, this, [this] { saveZoneChanges(true); });
    connect(m_workspace, &ZoneWorkspacePage::saveAsRequested, this, &MainWindow::saveAsDialog);
    connect(m_workspace, &ZoneWorkspacePage::copied, this, &MainWindow::showCopied);
    connect(m_batch, &BatchPage::copied, this, &MainWindow::showCopied);
    connect(m_batch, &BatchPage::checkRequested, this, [this, checkName](const QString& name) {
        if (m_diagnosisSession->zonesAreSource())
            useLiveDns(m_diagnosis->resolversInUse()); // the batch was checked live: so is its detail
        checkName(name);
    });
    connect(m_session, &ZoneSession::loaded, this, &MainWindow::updateReportActions);
    connect(m_session, &ZoneSession::workingChanged, this, &MainWindow::updateReportActions);
    connect(m_batch, &BatchPage::finished, this, &MainWindow::updateReportActions);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateReportActions);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updatePending);
    connect(m_session, &ZoneSession::loaded, this, &MainWindow::updatePending);
    connect(m_session, &ZoneSession::changedOnDisk, this, [this](const QString& path) {
        if (!m_session->isModified()) { // nothing of ours to lose: follow the disk
            statusBar()->showMessage(tr("%1 changed on disk: reloaded.").arg(QFileInfo(path).fileName()), 6000);
            m_session->reload();
            return;
        }
        m_workspace->showChangedOnDisk(path);
    });
    // The first time (no saved geometry): 1280×820, or less on a smaller screen.
    QSize size(1280, 820);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size.expandedTo(minimumSizeHint()));
}

void MainWindow::showCopied(const QString& what)
{
    statusBar()->showMessage(tr("Copied the %1.").arg(what), 4000);
}

void MainWindow::openZonesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open Zone Files"), m_settings->lastOpenFolder(),
                                                            tr("Zone files (*.zone *.db *.txt *);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::saveAsDialog()
{
    if (m_session->isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Zone File As"),
        m_session->paths().value(m_workspace->currentZone() < 0 ? 0 : m_workspace->currentZone()));
    if (!path.isEmpty())
        saveZoneChangesAs(path);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About CAA Doctor"),
        tr("<h3>CAA Doctor %1</h3>"
           "<p>Explains why a certificate authority refuses to issue because of DNS CAA records (RFC 8659), the way "
           "each CA decides, and how to fix it.</p>"
           "<p>Qt %2 · c-ares %3</p>"
           "<p>CA identifiers: the Common CA Database (CCADB) CAA identifier report, used under "
           "CDLA-Permissive-2.0.</p>")
            .arg(QStringLiteral(CAA_VERSION), QString::fromLatin1(qVersion()), DnsClient::caresVersion()));
}

void MainWindow::editSettings()
{
    const bool fromCommandLine = m_diagnosis->resolversFromCommandLine();
    SettingsDialog dialog(*m_settings, fromCommandLine ? m_diagnosis->resolversInUse() : QStringList(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save(*m_settings);
    if (m_diagnosis->accountEdit()->text().isEmpty())
        m_diagnosis->accountEdit()->setText(dialog.productionAccount());
    // Resolvers given on the command line stay in use unless the field was changed; timeout and tries apply now.
    if (dialog.resolversChanged() || !fromCommandLine)
        m_diagnosis->applySettings(dialog.resolvers(), false);
    else
        m_diagnosis->applySettings(m_diagnosis->resolversInUse(), true);
}

void MainWindow::showStandingNote(const QString& note)
{
    if (!m_standingNote) {
        m_standingNote = new QLabel(this);
        m_standingNote->setObjectName(QStringLiteral("standingNote"));
        m_standingNote->setTextFormat(Qt::PlainText);
        m_standingNote->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
        statusBar()->addPermanentWidget(m_standingNote);
    }
    m_standingNote->setToolTip(note);
    m_standingNote->setText(fontMetrics().elidedText(note, Qt::ElideMiddle, 520));
}

QString MainWindow::standingNote() const
{
    return m_standingNote ? m_standingNote->toolTip() : QString();
}

void MainWindow::rememberFolderOf(const QString& path)
{
    // The next Open dialog starts where this file was (a folder dropped is remembered as itself).
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return;
    m_settings->setLastOpenFolder(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

bool MainWindow::openZoneFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return false;
    if (m_session->isModified()) {
        const auto answer
            = QMessageBox::question(this, tr("Unsaved Zone Changes"),
                                    tr("The zone files have %n unsaved edit(s). Save them before opening other files?",
                                       "", m_session->editCount()),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel
            || (answer == QMessageBox::Save && (!saveZoneChanges(true) || m_session->isModified())))
            return false; // nothing is lost: the edits stay
    }
    m_diagnosisSession->checkWhenZonesLoad(false);
    m_workspace->setOtherProblems({}); // those of the files opened before
    m_diagnosis->updateAuditProfiles(); // the files are audited for the chosen CA from the start
    m_session->open(paths); // small files: loaded (and zonesChanged() called) before this returns
    if (m_session->isBusy()) {
        m_pages->setCurrentWidget(m_workspace);
        m_status->setText(tr("Reading %1…").arg(QFileInfo(paths.first()).fileName()));
        return true;
    }
    const QStringList open = m_session->paths();
    return std::any_of(paths.begin(), paths.end(), [&](const QString& p) { return open.contains(p); });
}

void MainWindow::openPaths(const QStringList& paths)
{
    rememberFolderOf(paths.value(0));
    QStringList zones, problems;
    QString list;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            problems.append(
                tr("%1 is a folder: open the zone files in it, not the folder.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        if (!info.exists()) {
            problems.append(tr("%1: no such file.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QFile file(path);
        QByteArray head;
        if (file.open(QIODevice::ReadOnly))
            head = file.read(64 * 1024);
        if (looksLikeEvidenceBundle(head)) {
            openEvidence(path);
            continue;
        }
        if (sniffDroppedFile(path, head) == DroppedFile::NameList) {
            if (!list.isEmpty())
                problems.append(tr("One list is checked at a time: %1 is, %2 is not.")
                                    .arg(QFileInfo(list).fileName(), QFileInfo(path).fileName()));
            else
                list = path;
        } else
            zones.append(path); // unreadable files too: the loader says why
    }
    const bool zonesOpened = !zones.isEmpty() && openZoneFiles(zones);
    if (zonesOpened) {
        m_pages->setCurrentWidget(m_workspace); // every name of the files, their problems and their text
        m_workspace->setOtherProblems(problems); // the page on show says what else was wrong, with the zones' own
    }
    if (!list.isEmpty())
        startBatch(list);
    if (!problems.isEmpty()) // the Diagnosis tab says all of it too, once each
        m_diagnosis->setInlineError(
            (problems + (zonesOpened ? m_session->problemTexts() : QStringList())).join(QLatin1Char('\n')));
}

bool MainWindow::startBatch(const QString& path)
{
    rememberFolderOf(path);
    QFile file(path);
    NameList list;
    if (!file.open(QIODevice::ReadOnly))
        list.error = tr("cannot open: %1").arg(file.errorString());
    else if (file.size() > 64 * 1024 * 1024)
        list.error = tr("the file is %1 MB; lists over 64 MB are not read").arg(file.size() >> 20);
    else
        list = readNameList(file.readAll(), QFileInfo(path).fileName());
    m_pages->setCurrentWidget(m_batch);
    const CaProfile profile = m_diagnosis->selectedProfile();
    return m_batch->start(list, QFileInfo(path).fileName(), m_diagnosisSession->liveOptions(),
                          profile.key.isEmpty() ? CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org"))
                                                : profile);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

int MainWindow::pendingFixCount() const
{
    return m_session->editCount();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_session->undoStack();
}

void MainWindow::updatePending()
{
    setWindowModified(m_session->isModified());
}

QString MainWindow::pendingDiff() const
{
    return m_session->workspace().unifiedDiff();
}

bool MainWindow::saveZoneChanges(bool review)
{
    if (!m_session->isModified())
        return false;
    if (review) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Save Zone Changes"));
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("These lines change. Only the records you edited are changed; the original "
                                        "is kept as FILE.orig, and the SOA serial goes up so secondaries transfer the "
                                        "zone."),
                                     &dialog));
        // What save() writes, the raised SOA serial included, as the sentence above promises.
        auto* text = new QPlainTextEdit(m_session->workspace().unifiedDiff(QDate::currentDate()), &dialog);
        text->setObjectName(QStringLiteral("saveReviewDiff"));
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(text, 1);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(820, 460);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    const ZoneWorkspace::SaveResult saved = m_session->save();
    if (!saved.ok) {
        m_diagnosis->setInlineError(tr("Nothing more was saved: %1").arg(saved.error));
        if (review) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Save"),
                            saved.conflict ? tr("The file changed on disk since it was opened; saving would overwrite "
                                                "that change. Your edits are still here: save them to another file.")
                                           : tr("The file cannot be written (%1). Your edits are still here: save "
                                                "them to another file.")
                                                 .arg(saved.error),
                            QMessageBox::Cancel, this);
            QPushButton* saveAs = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
            box.exec();
            if (box.clickedButton() == saveAs) {
                // The zone that could not be saved, under a new name beside it.
                const int zone = std::max(0, saved.zone);
                const QFileInfo file(m_session->paths().value(zone));
                const QString suggestion
                    = file.dir().filePath(tr("%1-edited.%2")
                                              .arg(file.completeBaseName(),
                                                   file.suffix().isEmpty() ? QStringLiteral("zone") : file.suffix()));
                const QString path = QFileDialog::getSaveFileName(this, tr("Save Zone File As"), suggestion);
                if (!path.isEmpty())
                    return saveZoneChangesAs(path, zone);
            }
        }
        return false;
    }
    statusBar()->showMessage(
        tr("Saved. The originals are kept as .orig files; the SOA serial is now %1.").arg(saved.newSerial), 6000);
    m_diagnosis->checkAgainAfterSave();
    return true;
}

bool MainWindow::saveZoneChangesAs(const QString& path, int zone)
{
    if (zone < 0)
        zone = std::max(0, m_workspace->currentZone());
    const ZoneWorkspace::SaveResult saved = m_session->saveAs(zone, path);
    if (!saved.ok) {
        m_diagnosis->setInlineError(tr("Not saved: %1").arg(saved.error));
        return false;
    }
    statusBar()->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

QString MainWindow::demoCopy(const QString& shipped, const QString& folder, QString* error)
{
    QFile source(shipped);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("The demo zone %1 cannot be read: %2").arg(QDir::toNativeSeparators(shipped), source.errorString());
        return {};
    }
    const QByteArray bytes = source.readAll();
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString copy = QDir(folder).filePath(QFileInfo(shipped).fileName());
    QFile::remove(copy + QStringLiteral(".orig")); // a fresh demo: no backup of an earlier one's edits
    if (!writeWholeFile(copy, bytes, error))
        return {};
    return copy;
}

MainWindow::ReportKind MainWindow::reportKind() const
{
    if (m_pages->currentWidget() == m_workspace)
        return m_session->audit() && !m_session->isBusy() ? ReportKind::ZoneAudit : ReportKind::None;
    if (m_pages->currentWidget() == m_batch)
        return m_batch->model()->isEmpty() ? ReportKind::None : ReportKind::Batch;
    return m_diagnosisSession->hasFinished() ? ReportKind::Diagnosis : ReportKind::None;
}

void MainWindow::updateReportActions()
{
    const ReportKind kind = reportKind();
    const bool any = kind != ReportKind::None && !isExporting();
    m_exportAction->setEnabled(any);
    m_printAction->setEnabled(any);
    m_evidenceAction->setEnabled(m_diagnosisSession->hasFinished());
    const QString what = kind == ReportKind::Batch ? tr("the batch summary")
        : kind == ReportKind::ZoneAudit            ? tr("the zone audit summary")
        : kind == ReportKind::Diagnosis            ? tr("the diagnosis")
                                                   : tr("nothing yet: check a name first");
    m_exportAction->setStatusTip(tr("Export a PDF report of %1").arg(what));
    m_printAction->setStatusTip(tr("Print %1").arg(what));
}

std::optional<Diagnosis> MainWindow::reportDiagnosis() const
{
    return m_diagnosisSession->reportDiagnosis();
}

bool MainWindow::showsEvidence() const
{
    return m_diagnosisSession->showsEvidence();
}

namespace {

// A save dialog that adds the suffix itself, so that its "replace the existing file?" question is about the file
// that will really be written.
QString saveFileName(QWidget* parent, const QString& title, const QString& suggestion, const QString& filter,
                     const QString& suffix)
{
    QFileDialog dialog(parent, title, QFileInfo(suggestion).absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(QFileInfo(suggestion).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

// What the page on show reports, taken from the window here; the returned function makes the document and may run
// in a worker (the audit of a million-record zone took half a second to tabulate on the window's thread). Empty:
// nothing yet.
std::function<ReportDocument()> makeReport(MainWindow::ReportKind kind, const std::optional<Diagnosis>& diagnosis,
                                           const VerdictGridModel* grid, BatchPage* batch, ZoneSession* session)
{
    switch (kind) {
    case MainWindow::ReportKind::Diagnosis: {
        if (!diagnosis)
            return {};
        // The other CAs of the window's grid, on the same records.
        QList<ReportDocument::OtherCa> others;
        for (const CaProfile& p : grid->profiles()) {
            bool asked = false;
            for (const CaProfile& q : diagnosis->profiles)
                asked = asked || q.key == p.key;
            if (!asked)
                others.append({ p, diagnosis->verdictFor(p, diagnosis->request.name.isWildcard()) });
        }
        return [d = *diagnosis, others] {
            return ReportDocument::forDiagnosis(d, others);
        };
    }
    case MainWindow::ReportKind::Batch:
        return [summary = batch->reportData()] {
            return ReportDocument::forSummary(summary, QDateTime::currentDateTimeUtc());
        };
    case MainWindow::ReportKind::ZoneAudit: {
        if (!session->audit())
            return {};
        return [heading = session->auditHeading(), audit = session->audit(), disks = session->diskZones()] {
            SummaryData summary = heading;
            ZoneSession::addAuditRows(&summary, *audit, disks);
            return ReportDocument::forSummary(summary, QDateTime::currentDateTimeUtc());
        };
    }
    case MainWindow::ReportKind::None:
        break;
    }
    return {};
}

} // namespace

bool MainWindow::exportReport(const QString& path, QString* error)
{
    QString problem;
    const auto report = makeReport(reportKind(), reportDiagnosis(), m_diagnosis->verdictGrid(), m_batch, m_session);
    bool ok = false;
    int pages = 0;
    if (!report)
        problem = tr("There is nothing to report on this page yet: check a name first.");
    else
        ok = report().writePdf(path, reportPageSize(), &problem, &pages);
    if (ok)
        statusBar()->showMessage(tr("Exported %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)),
                                 8000);
    if (error)
        *error = problem;
    return ok;
}

bool MainWindow::isExporting() const
{
    return m_export && m_export->isRunning();
}

bool MainWindow::startExport(const QString& path)
{
    if (isExporting())
        return false;
    auto report = makeReport(reportKind(), reportDiagnosis(), m_diagnosis->verdictGrid(), m_batch, m_session);
    if (!report)
        return false;
    if (!m_export) {
        m_export = new QFutureWatcher<ExportResult>(this);
        connect(m_export, &QFutureWatcher<ExportResult>::finished, this, [this] {
            const ExportResult result = m_export->result();
            updateReportActions();
            if (result.error.isEmpty())
                statusBar()->showMessage(
                    tr("Exported %1 (%n page(s)).", nullptr, result.pages).arg(QDir::toNativeSeparators(result.path)),
                    8000);
            else
                statusBar()->clearMessage();
            Q_EMIT reportWritten(result.path, result.error);
        });
    }
    const QPageSize paper = reportPageSize();
    m_export->setFuture(QtConcurrent::run([report = std::move(report), path, paper] {
        ExportResult result;
        result.path = path;
        report().writePdf(path, paper, &result.error, &result.pages);
        return result;
    }));
    statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    updateReportActions();
    return true;
}

bool MainWindow::saveEvidence(const QString& path, QString* error)
{
    const std::optional<Diagnosis> d = reportDiagnosis();
    QString problem;
    if (!d) {
        problem = tr("There is no finished diagnosis to save.");
    } else {
        const QByteArray bundle = writeEvidenceBundle(*d);
        QString why;
        if (QFileInfo(path).isDir())
            problem = tr("%1 is a folder.").arg(QDir::toNativeSeparators(path));
        else if (!writeWholeFile(path, bundle, &why))
            problem = tr("Cannot write %1: %2. Nothing was written.").arg(QDir::toNativeSeparators(path), why);
    }
    if (problem.isEmpty())
        statusBar()->showMessage(tr("Saved the evidence bundle %1.").arg(QDir::toNativeSeparators(path)), 8000);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool MainWindow::openEvidence(const QString& path)
{
    m_pages->setCurrentWidget(m_diagnosis);
    return m_diagnosis->openEvidence(path);
}

QPageSize MainWindow::reportPageSize() const
{
    return ReportDocument::pageSize(m_settings->reportPageSize());
}

void MainWindow::setReportPageSize(const QString& size)
{
    m_settings->setReportPageSize(size);
    m_settings->sync();
    for (QAction* action : m_paperGroup->actions())
        action->setChecked(action->data().toString() == m_settings->reportPageSize());
}

QString MainWindow::reportFileSuggestion(const QString& suffix) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    if (suffix.isEmpty())
        return dir;
    QString base;
    switch (reportKind()) {
    case ReportKind::Batch:
        base = QStringLiteral("caa-batch");
        break;
    case ReportKind::ZoneAudit:
        base = QStringLiteral("caa-zone-audit");
        break;
    case ReportKind::Diagnosis:
    case ReportKind::None:
        base = QStringLiteral("caa-")
            + (m_diagnosisSession->shown() ? m_diagnosisSession->shown()->request.name.text()
                                           : QStringLiteral("report"));
        break;
    }
    base += QDateTime::currentDateTimeUtc().toString(QStringLiteral("-yyyyMMdd-HHmm"));
    return QDir(dir).filePath(base + suffix);
}

void MainWindow::exportReportDialog()
{
    if (reportKind() == ReportKind::None)
        return;
    const QString path = saveFileName(this, tr("Export PDF Report"), reportFileSuggestion(QStringLiteral(".pdf")),
                                      tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return; // cancelled: nothing written, nothing said
    if (!startExport(path))
        return;
    // The outcome arrives later; a failure is told once, in a box, since the person asked for this file.
    auto* context = new QObject(this);
    connect(this, &MainWindow::reportWritten, context, [this, context](const QString&, const QString& error) {
        context->deleteLater();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Report Not Exported"), error);
    });
}

void MainWindow::saveEvidenceDialog()
{
    const QString path
        = saveFileName(this, tr("Save Evidence Bundle"), reportFileSuggestion(QStringLiteral(".caa-evidence.json")),
                       tr("Evidence bundles (*.json)"), QStringLiteral("json"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveEvidence(path, &error))
        QMessageBox::warning(this, tr("Evidence Bundle Not Saved"), error);
}

void MainWindow::printReport()
{
    const auto makeDocument
        = makeReport(reportKind(), reportDiagnosis(), m_diagnosis->verdictGrid(), m_batch, m_session);
    if (!makeDocument)
        return;
    const ReportDocument report = makeDocument();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(reportPageSize());
    printer.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(report.title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(report.title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* device) { report.render(device); });
    dialog.exec();
}

} // namespace caa
