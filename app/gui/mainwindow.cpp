#include "mainwindow.h"

#include "batchmodel.h"
#include "batchpage.h"
#include "caa/acmeerror.h"
#include "caa/dnsmessage.h"
#include "caa/dnssource.h"
#include "caa/filewriter.h"
#include "caa/namelist.h"
#include "climbmodel.h"
#include "climbview.h"
#include "evidencebundle.h"
#include "fixcard.h"
#include "icons.h"
#include "issuerdiffview.h"
#include "messagecatalogue.h"
#include "nameanswers.h"
#include "plainpasteedit.h"
#include "reportdocument.h"
#include "settingsdialog.h"
#include "statuscolors.h"
#include "verdictgridmodel.h"
#include "zonesession.h"
#include "zoneworkspacepage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <functional>

namespace caa {

namespace {

QWidget* panel(const QString& title, QWidget* parent, QVBoxLayout** layout)
{
    auto* box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Base);
    auto* l = new QVBoxLayout(box);
    if (!title.isEmpty()) {
        auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
        QFont f = heading->font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        heading->setFont(f);
        l->addWidget(heading);
    }
    *layout = l;
    return box;
}

QString findingLabel(const QString& code)
{
    if (code == QLatin1String(code::IssuerTrailingDot))
        return MessageCatalogue::tr("trailing dot: not allowed in CAA issuer names");
    if (code == QLatin1String(code::IssuerCase))
        return MessageCatalogue::tr("letter case: Let's Encrypt compares exactly");
    if (code == QLatin1String(code::IssuerQuoted))
        return MessageCatalogue::tr("quote characters inside the value");
    if (code == QLatin1String(code::IssuerWhitespace))
        return MessageCatalogue::tr("white space inside the name");
    if (code == QLatin1String(code::IssuerPastedRecord))
        return MessageCatalogue::tr("a whole record pasted into the value");
    if (code == QLatin1String(code::IssuerUnknownCa))
        return MessageCatalogue::tr("not a known CA identifier: a typo?");
    return MessageCatalogue::tr("differs");
}

} // namespace

MainWindow::MainWindow(const QString& settingsPath, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settingsPath.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(settingsPath))
{
    buildUi();
    useLiveDns(m_settings->resolvers());
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    populateCaChooser(m_settings->lastCa());
    m_account->setText(m_settings->accountUriProduction());
    auto* completer = new QCompleter(m_settings->recentNames(), m_name);
    m_name->setCompleter(completer);
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
{ // The window's Ctrl+E (export) wins over a line edit's "end of line" (Emacs keys on X11): otherwise it does
    // nothing while the person is typing a name, where the shortcut is wanted most.
    if (event->type() == QEvent::ShortcutOverride && (watched == m_name || watched == m_account) && m_exportAction
        && m_exportAction->shortcut().matches(QKeySequence(static_cast<QKeyEvent*>(event)->keyCombination()))
            == QKeySequence::ExactMatch)
        return true; // not accepted: the shortcut map delivers it to the action

    // Refit when the window is resized, and when the diagnosis's own layout changes (cards appear a moment after they
    // are added, so the end of showDiagnosis() is too early to know their height).
    if (m_rightScroll && m_tabs
        && ((watched == m_rightSplit && event->type() == QEvent::Resize)
            || (watched == m_rightScroll->widget() && event->type() == QEvent::LayoutRequest)))
        fitDiagnosis();
    return QMainWindow::eventFilter(watched, event);
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
    SettingsDialog dialog(*m_settings, m_resolversFromCommandLine ? m_resolvers : QStringList(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save(*m_settings);
    if (m_account->text().isEmpty())
        m_account->setText(dialog.productionAccount());
    // Resolvers given on the command line stay in use unless the field was changed; timeout and tries apply now.
    QStringList resolvers = m_resolvers;
    if (dialog.resolversChanged() || !m_resolversFromCommandLine) {
        resolvers = dialog.resolvers();
        m_resolversFromCommandLine = false;
    }
    if (!m_zonesAreSource) {
        useLiveDns(resolvers);
    } else { // the zone files stay the source; batches and live comparisons use the new resolvers
        m_resolvers = resolvers;
        m_liveOptions.servers = resolvers;
        m_liveOptions.timeoutMs = m_settings->timeoutMs();
        m_liveOptions.tries = m_settings->tries();
        m_workspace->setLiveOptions(m_liveOptions);
    }
}

void MainWindow::useCommandLineResolvers(const QStringList& resolvers)
{
    m_resolversFromCommandLine = true;
    useLiveDns(resolvers);
}

bool MainWindow::checkFromError(const QString& text)
{
    AcmeError e = parseAcmeError(text);
    const bool aboutCaa = e.kind != AcmeError::Kind::Unknown || !e.ca.isEmpty();
    if (e.identifier.isEmpty()) {
        // An earlier error's reading must not stay beside a text that says something else.
        m_errorSummary->hide();
        m_fromError = AcmeError();
        m_fromErrorText.clear();
        const QString typed = m_name->text().trimmed();
        if (!aboutCaa || typed.isEmpty() || !DomainName::parse(typed).isValid()) {
            setInlineError(aboutCaa ? tr("No name found in the pasted text: type the name the certificate is for "
                                         "above, and it is checked with this error.")
                                    : tr("No name found in the pasted text. It should be what your ACME client "
                                         "printed, such as \"CAA record for example.com prevents issuance\"."));
            if (aboutCaa && !e.ca.isEmpty() && e.ca != selectedProfile().key
                && !CaDirectory::builtin().profile(e.ca).key.isEmpty())
                populateCaChooser(CaDirectory::builtin().profile(e.ca).key);
            return false;
        }
        // A CA's error that names no domain (SSL.com's "CAA record does not include ssl.com"): it is about the name
        // in the field.
        e.identifier = DomainName::parse(typed).text();
    }
    m_name->setText(e.identifier);
    m_wildcard->setChecked(e.identifier.startsWith(QLatin1String("*.")));
    m_errorSummary->setText(tr("<b>The error message:</b> %1").arg(MessageCatalogue::acmeError(e).toHtmlEscaped()));
    m_errorSummary->show();
    m_fromError = e;
    m_fromErrorText = text;
    // The CA that wrote the error is the one to check (SSL.com's text is not Let's Encrypt's decision).
    if (!e.ca.isEmpty() && e.ca != selectedProfile().key && !CaDirectory::builtin().profile(e.ca).key.isEmpty())
        populateCaChooser(CaDirectory::builtin().profile(e.ca).key);
    check();
    return true;
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
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("CAA Doctor[*]")); // [*]: the mark of unsaved zone changes
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    m_session = new ZoneSession(this);
    auto openZonesDialog = [this] {
        const QStringList files
            = QFileDialog::getOpenFileNames(this, tr("Open Zone Files"), m_settings->lastOpenFolder(),
                                            tr("Zone files (*.zone *.db *.txt *);;All files (*)"));
        if (!files.isEmpty())
            openPaths(files);
    };
    auto openListDialog = [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Check a List of Names"), m_settings->lastOpenFolder(),
            tr("Lists and certificates (*.txt *.csv *.tsv *.pem *.crt *.cer *.der *.csr);;All files (*)"));
        if (!file.isEmpty())
            startBatch(file);
    };
    fileMenu->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open Zone Files…"), QKeySequence::Open, this,
                        openZonesDialog);
    fileMenu->addAction(tr("Check a &List of Names…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                        openListDialog);
    fileMenu->addAction(tr("Use &Live DNS"), this, [this] { useLiveDns(m_resolvers); });
    fileMenu->addAction(themedIcon(QStringLiteral("document-save")), tr("&Review and Save Zone Changes…"),
                        QKeySequence::Save, this, [this] { saveZoneChanges(true); });
    auto saveAsDialog = [this] {
        if (m_session->isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Zone File As"),
            m_session->paths().value(m_workspace->currentZone() < 0 ? 0 : m_workspace->currentZone()));
        if (!path.isEmpty())
            saveZoneChangesAs(path);
    };
    fileMenu->addAction(tr("Save Zone File &As…"), QKeySequence::SaveAs, this, saveAsDialog);
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
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, [this] {
                                              if (!fixCards().isEmpty())
                                                  fixCards().first()->copyZoneLines();
                                          });
    m_copyFixAction->setObjectName(QStringLiteral("copyFix"));
    m_copyFixAction->setStatusTip(tr("Copy the corrected zone-file lines of the first fix"));
    m_copyFixAction->setEnabled(false);
    fileMenu->addSeparator();
    fileMenu->addAction(themedIcon(QStringLiteral("preferences-system")), tr("&Settings…"), QKeySequence::Preferences,
                        this, &MainWindow::editSettings);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto* checkMenu = menuBar()->addMenu(tr("&Check"));
    checkMenu->addAction(themedIcon(QStringLiteral("system-search")), tr("&Check"),
                         QKeySequence(Qt::CTRL | Qt::Key_Return), this, &MainWindow::check);
    checkMenu->addAction(themedIcon(QStringLiteral("edit-paste")), tr("&Paste an Error"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this] {
                             // The clipboard replaces what the field held; the field checks it (see buildUi).
                             m_pasteError->setPlainText(QApplication::clipboard()->text());
                             m_pasteError->setFocus();
                         });
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(themedIcon(QStringLiteral("help-about")), tr("&About CAA Doctor"), this, &MainWindow::about);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Three pages: one name's diagnosis, the zone workspace, and batch checks of lists.
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    auto* central = new QWidget(m_pages);
    auto* outer = new QVBoxLayout(central);

    // The question: name, CA, wildcard, source, Check.
    auto* form = new QHBoxLayout;
    auto labelled = [&](const QString& label, QWidget* w, int stretch) {
        auto* col = new QVBoxLayout;
        auto* l = new QLabel(label, central);
        l->setBuddy(w);
        col->addWidget(l);
        col->addWidget(w);
        form->addLayout(col, stretch);
    };
    m_name = new QLineEdit(central);
    m_name->installEventFilter(this); // Ctrl+E: see eventFilter()
    m_name->setPlaceholderText(tr("www.example.com, *.example.com or a URL"));
    m_name->setAccessibleName(tr("Name on the certificate"));
    m_name->setClearButtonEnabled(true);
    connect(m_name, &QLineEdit::returnPressed, this, &MainWindow::check);
    m_name->setMinimumWidth(180);
    labelled(tr("&Name"), m_name, 4);
    m_ca = new QComboBox(central);
    m_ca->setEditable(true);
    m_ca->setInsertPolicy(QComboBox::NoInsert);
    m_ca->setAccessibleName(tr("Certificate authority"));
    m_ca->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ca->setMinimumContentsLength(20);
    m_ca->completer()->setFilterMode(Qt::MatchContains);
    m_ca->completer()->setCompletionMode(QCompleter::PopupCompletion);
    labelled(tr("Certificate &authority"), m_ca, 2);
    m_wildcard = new QCheckBox(tr("&Wildcard (*.name)"), central);
    auto* wildCol = new QVBoxLayout;
    wildCol->addStretch();
    wildCol->addWidget(m_wildcard);
    form->addLayout(wildCol);
    m_source = new QComboBox(central);
    m_source->setAccessibleName(tr("Where the records come from"));
    // Long resolver lists and file names must not widen the window past a laptop screen; the tooltip has it all.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(18);
    connect(m_source, &QComboBox::activated, this, [this](int index) {
        const QString choice = m_source->itemData(index).toString();
        if (choice == QLatin1String("system") || choice == QLatin1String("settings"))
            m_resolversFromCommandLine = false; // chosen here: the command line's resolvers are left
        if (choice == QLatin1String("system"))
            useLiveDns({});
        else if (choice == QLatin1String("settings"))
            useLiveDns(m_settings->resolvers());
        else if (choice == QLatin1String("zones")) {
            m_source->setCurrentIndex(0);
            const QStringList files
                = QFileDialog::getOpenFileNames(this, tr("Open Zone Files"), m_settings->lastOpenFolder());
            if (!files.isEmpty())
                openZoneFiles(files);
        }
    });
    labelled(tr("&Source"), m_source, 3);
    m_check = new QPushButton(tr("Check"), central);
    m_check->setDefault(true);
    m_check->setAccessibleName(tr("Check"));
    connect(m_check, &QPushButton::clicked, this, &MainWindow::checkOrCancel);
    auto* checkCol = new QVBoxLayout;
    checkCol->addStretch();
    checkCol->addWidget(m_check);
    form->addLayout(checkCol);
    outer->addLayout(form);
    // Optional RFC 8657 inputs: which account asks and how it validates.
    auto* more = new QHBoxLayout;
    m_account = new QLineEdit(central);
    m_account->installEventFilter(this);
    m_account->setPlaceholderText(
        tr("your ACME account URL (optional), https://acme-v02.api.letsencrypt.org/acme/acct/…"));
    m_account->setAccessibleName(tr("ACME account URI"));
    auto* accountLabel = new QLabel(tr("Acc&ount URI"), central);
    accountLabel->setBuddy(m_account);
    more->addWidget(accountLabel);
    more->addWidget(m_account, 3);
    m_method = new QComboBox(central);
    m_method->setAccessibleName(tr("Validation method"));
    m_method->addItem(tr("any method"), QString());
    for (const char* method : { "http-01", "dns-01", "tls-alpn-01", "dns-account-01", "dns-persist-01" })
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    auto* methodLabel = new QLabel(tr("Validation &method"), central);
    methodLabel->setBuddy(m_method);
    more->addWidget(methodLabel);
    more->addWidget(m_method);
    more->addStretch();
    outer->addLayout(more);
    // A changed question is answered at once from the data on show (same name), or the old verdict is greyed.
    connect(m_method, &QComboBox::currentIndexChanged, this, &MainWindow::rejudgeShown);
    connect(m_wildcard, &QCheckBox::toggled, this, &MainWindow::rejudgeShown);
    connect(m_account, &QLineEdit::textChanged, this, &MainWindow::rejudgeShown);
    connect(m_name, &QLineEdit::textChanged, this, &MainWindow::rejudgeShown);
    connect(m_ca, &QComboBox::currentTextChanged, this, &MainWindow::rejudgeShown);
    // The zone workspace decides for the CA chosen from the list at once (a typed identifier: when checked).
    connect(m_ca, &QComboBox::currentIndexChanged, this, &MainWindow::updateAuditProfiles);
    // A long name chosen shows from its start ("oogle Trust Services" otherwise: the field scrolls to the end).
    connect(m_ca, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ca->lineEdit())
            m_ca->lineEdit()->setCursorPosition(0);
    });
    // What the ACME client printed: pasted here, it is read as soon as the typing stops, and a name found is checked.
    auto* pasteRow = new QHBoxLayout;
    auto* pasteLabel = new QLabel(tr("ACME &error"), central);
    m_pasteError = new PlainPasteEdit(central);
    m_pasteError->setAccessibleName(tr("Error message from the ACME client"));
    m_pasteError->setPlaceholderText(tr("Paste what your ACME client printed (certbot, acme.sh, lego, Caddy, win-acme, "
                                        "or the problem JSON): the name and the kind of failure are taken from it."));
    m_pasteError->setTabChangesFocus(true);
    m_pasteError->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_pasteError->setFixedHeight(m_pasteError->fontMetrics().lineSpacing() * 2
                                 + 2 * (m_pasteError->frameWidth() + int(m_pasteError->document()->documentMargin())));
    pasteLabel->setBuddy(m_pasteError);
    pasteLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    pasteRow->addWidget(pasteLabel);
    pasteRow->addWidget(m_pasteError, 1);
    outer->addLayout(pasteRow);
    m_pasteTimer = new QTimer(this);
    m_pasteTimer->setSingleShot(true);
    m_pasteTimer->setInterval(300);
    connect(m_pasteError, &QPlainTextEdit::textChanged, m_pasteTimer, qOverload<>(&QTimer::start));
    connect(m_pasteTimer, &QTimer::timeout, this, [this] {
        const QString text = m_pasteError->toPlainText().trimmed();
        if (text == m_lastPastedError)
            return;
        m_lastPastedError = text;
        if (text.isEmpty()) {
            m_errorSummary->hide();
            setInlineError({});
            return;
        }
        checkFromError(text);
    });
    m_error = new QLabel(central);
    m_error->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors(palette()).error.name()));
    m_error->hide();
    outer->addWidget(m_error);
    m_pendingBar = new QFrame(central);
    auto* pendingLayout = new QHBoxLayout(m_pendingBar);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    m_pendingLabel = new QLabel(m_pendingBar);
    pendingLayout->addWidget(m_pendingLabel, 1);
    auto* review = new QPushButton(tr("Review and Save…"), m_pendingBar);
    connect(review, &QPushButton::clicked, this, [this] { saveZoneChanges(true); });
    pendingLayout->addWidget(review);
    auto* undo = new QPushButton(tr("Undo"), m_pendingBar);
    connect(undo, &QPushButton::clicked, m_session->undoStack(), &QUndoStack::undo);
    pendingLayout->addWidget(undo);
    m_pendingBar->hide();
    outer->addWidget(m_pendingBar);
    m_errorSummary = new QLabel(central);
    m_errorSummary->setWordWrap(true);
    m_errorSummary->setTextFormat(Qt::RichText);
    m_errorSummary->hide();
    outer->addWidget(m_errorSummary);

    auto* split = new QSplitter(Qt::Horizontal, central);
    // Left: the tree climb.
    QVBoxLayout* leftLayout = nullptr;
    QWidget* left = panel(tr("Tree climb"), split, &leftLayout);
    auto* climbHelp = new QLabel(tr("RFC 8659 §3: every name from the certificate name up to the top-level domain; the "
                                    "first one with CAA records decides."),
                                 left);
    climbHelp->setWordWrap(true);
    climbHelp->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    leftLayout->addWidget(climbHelp);
    m_climbModel = new ClimbModel(this);
    m_climb = new ClimbView(left);
    m_climb->setModel(m_climbModel);
    auto* climbScroll = new QScrollArea(left);
    climbScroll->setWidgetResizable(true);
    climbScroll->setFrameShape(QFrame::NoFrame);
    climbScroll->setWidget(m_climb);
    leftLayout->addWidget(climbScroll, 1);
    connect(m_climb, &ClimbView::currentRowChanged, this, &MainWindow::showRung);
    split->addWidget(left);

    // Right: verdict, issuer diff, fixes, notes, records.
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    QVBoxLayout* verdictLayout = nullptr;
    m_verdictBox = panel(QString(), right, &verdictLayout);
    m_verdictBox->setObjectName(QStringLiteral("verdict"));
    // Panels keep their natural height; the tabs below take what is left (word-wrapped labels squeezed otherwise).
    m_verdictBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* headlineRow = new QHBoxLayout;
    m_headline = new QLabel(tr("Enter a name and press Check."), m_verdictBox);
    m_headline->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_headline->setWordWrap(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setAccessibleName(tr("Verdict"));
    headlineRow->addWidget(m_headline, 1);
    m_action = new QLabel(m_verdictBox);
    m_action->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_action->hide();
    headlineRow->addWidget(m_action, 0, Qt::AlignTop);
    verdictLayout->addLayout(headlineRow);
    m_reason = new QLabel(m_verdictBox);
    m_reason->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    verdictLayout->addWidget(m_reason);
    m_rule = new QLabel(right);
    m_rule->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    rightLayout->addWidget(m_verdictBox);

    QVBoxLayout* diffLayout = nullptr;
    m_diffBox = panel(tr("Issuer value"), right, &diffLayout);
    m_diffBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_diff = new IssuerDiffView(m_diffBox);
    diffLayout->addWidget(m_diff);
    m_diffBox->hide();
    rightLayout->addWidget(m_diffBox);

    m_fixBox = panel(tr("Fix"), right, &m_fixLayout);
    m_fixBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* providerNote
        = new QLabel(tr("In a DNS provider's web form, Flags, Tag and Value usually go in fields of their own, "
                        "without quotes: “Copy as ▸ Web form fields for” writes them the way your provider names "
                        "them (Cloudflare, Route 53, DigitalOcean, Hetzner, …), with its known pitfalls."),
                     m_fixBox);
    providerNote->setWordWrap(true);
    providerNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_fixLayout->addWidget(providerNote);
    m_fixBox->hide();
    rightLayout->addWidget(m_fixBox);

    m_notes = new QLabel(right);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::RichText);
    m_notes->hide();
    rightLayout->addWidget(m_notes);
    // How the CA decides is background: below the fix, so that the verdict, the diff and the first fix fit at once.
    m_rule->setParent(right);
    rightLayout->addWidget(m_rule);

    m_tabs = new QTabWidget(right);
    m_tabs->setMinimumHeight(130);
    m_records = new QStandardItemModel(0, 6, this);
    m_records->setHorizontalHeaderLabels({ tr("Owner"), tr("TTL"), tr("Flags"), tr("Tag"), tr("Value"), tr("Line") });
    m_recordsView = new QTableView(m_tabs);
    m_recordsView->setTabKeyNavigation(false); // Tab leaves the table (arrows move within it)
    m_recordsView->setModel(m_records);
    m_recordsView->horizontalHeader()->setStretchLastSection(false);
    m_recordsView->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_recordsView->verticalHeader()->hide();
    m_recordsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_recordsView, tr("Records"));
    m_raw = new QPlainTextEdit(m_tabs);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_raw, tr("Selected name"));
    auto* nsPage = new QWidget(m_tabs);
    auto* nsLayout = new QVBoxLayout(nsPage);
    m_nameservers = new QStandardItemModel(0, 7, this);
    m_nameservers->setHorizontalHeaderLabels(
        { tr("Name"), tr("Nameserver"), tr("Address"), tr("UDP"), tr("TCP"), tr("Serial"), tr("ms") });
    auto* nsView = new QTableView(nsPage);
    nsView->setTabKeyNavigation(false);
    nsView->setModel(m_nameservers);
    nsView->verticalHeader()->hide();
    nsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    nsView->horizontalHeader()->setStretchLastSection(true);
    nsLayout->addWidget(nsView, 1);
    m_nsFindings = new QLabel(tr("Live checks ask every authoritative nameserver directly."), nsPage);
    m_nsFindings->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_nsFindings->setWordWrap(true);
    nsLayout->addWidget(m_nsFindings);
    m_tabs->addTab(nsPage, tr("Nameservers"));
    // Every CA at once, for the name and its wildcard, from the same climb.
    auto* gridPage = new QWidget(m_tabs);
    auto* gridLayout = new QVBoxLayout(gridPage);
    m_grid = new VerdictGridModel(this);
    QList<CaProfile> common;
    for (const char* key : { "letsencrypt.org", "pki.goog", "sectigo.com", "digicert.com", "ssl.com", "globalsign.com",
                             "amazon.com", "buypass.com" }) {
        const CaProfile p = CaDirectory::builtin().profile(QString::fromLatin1(key));
        if (!p.key.isEmpty())
            common.append(p);
    }
    m_grid->setProfiles(common);
    auto* gridView = new QTableView(gridPage);
    gridView->setTabKeyNavigation(false);
    gridView->setModel(m_grid);
    gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    gridView->verticalHeader()->hide();
    gridView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    gridView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    gridView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    gridView->setAccessibleName(tr("Verdicts of several CAs for the name and its wildcard"));
    gridLayout->addWidget(gridView, 1);
    auto* addRow = new QHBoxLayout;
    auto* addCa = new QLineEdit(gridPage);
    addCa->setPlaceholderText(tr("Add a CA: its CAA identifier, e.g. harica.gr"));
    addCa->setCompleter(new QCompleter(CaDirectory::builtin().allIdentifiers(), addCa));
    connect(addCa, &QLineEdit::returnPressed, this, [this, addCa] {
        const CaProfile p = CaDirectory::builtin().profile(addCa->text());
        if (p.key.isEmpty()) {
            setInlineError(tr("“%1” is not a CAA identifier.").arg(addCa->text()));
            return;
        }
        m_grid->addProfile(p);
        addCa->clear();
    });
    addRow->addWidget(addCa);
    gridLayout->addLayout(addRow);
    m_tabs->addTab(gridPage, tr("All CAs"));
    rightLayout->addStretch(1);

    // The diagnosis scrolls on its own; the tabs sit below it in a splitter, so neither squeezes the other.
    auto* rightSplit = new QSplitter(Qt::Vertical, split);
    m_rightSplit = rightSplit;
    // Until the person drags it, the divider follows the diagnosis: all of it visible, the tabs get the rest.
    connect(rightSplit, &QSplitter::splitterMoved, this, [this] { m_userMovedSplit = true; });
    rightSplit->installEventFilter(this); // refit when the window is resized
    auto* rightScroll = new QScrollArea(rightSplit);
    m_rightScroll = rightScroll;
    rightScroll->setObjectName(QStringLiteral("diagnosisScroll"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setWidget(right);
    right->installEventFilter(this);
    rightSplit->addWidget(rightScroll);
    m_tabs->setParent(rightSplit);
    rightSplit->addWidget(m_tabs);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 1);
    rightSplit->setSizes({ 560, 200 }); // the diagnosis first; the tabs are details
    split->addWidget(rightSplit);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 420, 860 }); // the climb needs less width than the verdict's sentences
    outer->addWidget(split, 1);
    m_pages->addTab(central, tr("&Diagnosis"));
    m_workspace = new ZoneWorkspacePage(m_session, m_pages);
    m_pages->addTab(m_workspace, tr("&Zone Workspace"));
    m_batch = new BatchPage(m_pages);
    m_pages->addTab(m_batch, tr("&Batch"));
    setCentralWidget(m_pages);
    setAcceptDrops(true);
    auto checkName = [this](const QString& name) {
        m_name->setText(name);
        m_wildcard->setChecked(false);
        m_pages->setCurrentIndex(0);
        check();
    };
    connect(m_workspace, &ZoneWorkspacePage::checkRequested, this, [this, checkName](const QString& name) {
        if (!m_zonesAreSource && !m_session->isEmpty())
            zonesChanged(true); // the workspace's files answer for the names in them
        checkName(name);
    });
    connect(m_workspace, &ZoneWorkspacePage::openRequested, this, openZonesDialog);
    connect(m_workspace, &ZoneWorkspacePage::saveRequested, this, [this] { saveZoneChanges(true); });
    connect(m_workspace, &ZoneWorkspacePage::saveAsRequested, this, saveAsDialog);
    connect(m_batch, &BatchPage::openRequested, this, openListDialog);
    auto showCopied = [this](const QString& what) {
        statusBar()->showMessage(tr("Copied the %1.").arg(what), 4000);
    };
    connect(m_workspace, &ZoneWorkspacePage::copied, this, showCopied);
    connect(m_batch, &BatchPage::copied, this, showCopied);
    connect(m_batch, &BatchPage::checkRequested, this, [this, checkName](const QString& name) {
        if (m_zonesAreSource)
            useLiveDns(m_resolvers); // the batch was checked live: so is its detail
        checkName(name);
    });
    connect(m_session, &ZoneSession::loaded, this, &MainWindow::updateReportActions);
    connect(m_session, &ZoneSession::workingChanged, this, &MainWindow::updateReportActions);
    connect(m_batch, &BatchPage::finished, this, &MainWindow::updateReportActions);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateReportActions);
    updateReportActions();
    connect(m_session, &ZoneSession::loaded, this, [this] { zonesChanged(true); });
    connect(m_session, &ZoneSession::workingChanged, this, [this] { zonesChanged(false); });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updatePending);
    connect(m_session, &ZoneSession::changedOnDisk, this, [this](const QString& path) {
        if (!m_session->isModified()) { // nothing of ours to lose: follow the disk
            statusBar()->showMessage(tr("%1 changed on disk: reloaded.").arg(QFileInfo(path).fileName()), 6000);
            m_session->reload();
            return;
        }
        m_workspace->showChangedOnDisk(path);
    });
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(16);
    connect(m_refresh, &QTimer::timeout, this, &MainWindow::showDiagnosis);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    statusBar()->addWidget(m_status, 1);
    // The first time (no saved geometry): 1280×820, or less on a smaller screen.
    QSize size(1280, 820);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size.expandedTo(minimumSizeHint()));
}

QList<FixCard*> MainWindow::fixCards() const
{
    return m_fixBox->findChildren<FixCard*>();
}

QString MainWindow::inlineError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MainWindow::setInlineError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    keepLabelsNarrow();
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

void MainWindow::keepLabelsNarrow()
{
    // A word longer than the window (a 300-character name, a long record) must not make a label ask for that width:
    // the window would grow past the screen. Such labels wrap where they can and clip the rest (their text can still
    // be selected and copied whole); the window keeps its size.
    QList<QLabel*> labels { m_error };
    for (QWidget* area : { m_rightScroll ? m_rightScroll->widget() : nullptr, static_cast<QWidget*>(m_tabs) }) {
        if (area)
            labels += area->findChildren<QLabel*>();
    }
    for (QLabel* label : std::as_const(labels)) {
        if (label && label->minimumWidth() == 0)
            label->setMinimumWidth(1);
    }
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
    m_checkWhenLoaded = false;
    m_workspace->setOtherProblems({}); // those of the files opened before
    updateAuditProfiles(); // the files are audited for the chosen CA from the start
    m_session->open(paths); // small files: loaded (and zonesChanged() called) before this returns
    if (m_session->isBusy()) {
        m_pages->setCurrentWidget(m_workspace);
        m_status->setText(tr("Reading %1…").arg(QFileInfo(paths.first()).fileName()));
        return true;
    }
    const QStringList open = m_session->paths();
    return std::any_of(paths.begin(), paths.end(), [&](const QString& p) { return open.contains(p); });
}

void MainWindow::zonesChanged(bool loaded)
{
    if (loaded) {
        if (m_session->isEmpty()) {
            setInlineError(m_session->problemTexts().join(QLatin1Char('\n')));
            m_checkWhenLoaded = false;
            updatePending();
            return;
        }
        m_zonesAreSource = true;
    }
    if (!m_zonesAreSource || m_session->isEmpty() || !m_session->workingSet())
        return;
    m_runner.reset();
    m_dns = std::make_unique<ZoneSource>(m_session->workingSet());
    const QString names = m_session->displayNames();
    setSourceChoices(tr("Zone files: %1").arg(names));
    m_status->setText(tr("Offline: answers come from %1").arg(names));
    updatePending();
    if (loaded) {
        // Syntax errors do not stop the check, but the person must know records may be missing from it.
        QStringList errors;
        for (int z = 0; z < m_session->workspace().zoneCount(); ++z) {
            const auto zone = m_session->workspace().diskZone(z);
            for (const ZoneError& e : zone->errors())
                errors.append(zone->describeError(e));
        }
        QStringList problems = m_session->problemTexts();
        if (!errors.isEmpty())
            problems.prepend(tr("The zone files have errors; records on those lines are missing from every check "
                                "(the Zone Workspace lists them):\n%1")
                                 .arg(errors.mid(0, 8).join(QLatin1Char('\n'))));
        setInlineError(problems.join(QLatin1Char('\n')));
        if (m_checkWhenLoaded) {
            m_checkWhenLoaded = false;
            check();
        } else if (!m_evidence && !m_name->text().trimmed().isEmpty() && m_climbModel->rowCount() > 0) {
            check(); // other files answer now: the verdict on show was made from the ones before
        }
        return;
    }
    // An edit was parsed: the name on show is checked again against the edited zones.
    if (!m_name->text().trimmed().isEmpty() && m_climbModel->rowCount() > 0)
        check();
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
        setInlineError((problems + (zonesOpened ? m_session->problemTexts() : QStringList())).join(QLatin1Char('\n')));
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
    const CaProfile profile = selectedProfile();
    return m_batch->start(list, QFileInfo(path).fileName(), m_liveOptions,
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

void MainWindow::useLiveDns(const QStringList& resolvers)
{
    DnsClientOptions options;
    options.servers = resolvers;
    options.timeoutMs = m_settings->timeoutMs();
    options.tries = m_settings->tries();
    m_liveOptions = options;
    auto live = std::make_unique<LiveSource>(options);
    m_resolvers = resolvers;
    if (!live->isValid()) {
        setSourceChoices(tr("Live DNS (unavailable)"));
        setInlineError(live->errorString());
    } else {
        setSourceChoices(resolvers.isEmpty() ? tr("Live DNS — system resolver %1").arg(live->details().join(u' '))
                                             : tr("Live DNS — resolver %1").arg(live->details().join(u' ')));
        m_status->setText(tr("Live DNS through %1").arg(live->details().join(QStringLiteral(", "))));
    }
    m_zonesAreSource = false;
    m_runner.reset();
    m_dns = std::move(live);
    if (m_workspace)
        m_workspace->setLiveOptions(options);
}

void MainWindow::setSourceChoices(const QString& current)
{
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(current, QStringLiteral("current"));
    m_source->setToolTip(current);
    m_source->insertSeparator(1);
    m_source->addItem(tr("Live DNS — the system's resolver"), QStringLiteral("system"));
    if (!m_settings->resolvers().isEmpty())
        m_source->addItem(
            tr("Live DNS — %1 (from the settings)").arg(m_settings->resolvers().join(QStringLiteral(", "))),
            QStringLiteral("settings"));
    m_source->addItem(tr("Zone files…"), QStringLiteral("zones"));
    m_source->setCurrentIndex(0);
}

void MainWindow::checkOrCancel()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        m_refresh->stop();
        m_check->setText(tr("Check"));
        m_status->setText(tr("Cancelled."));
        return;
    }
    check();
}

void MainWindow::populateCaChooser(const QString& currentKey)
{
    struct Entry
    {
        QString label, key;
    };
    QList<Entry> entries { { tr("Let's Encrypt (letsencrypt.org)"), QStringLiteral("letsencrypt.org") } };
    for (const CaInfo& ca : CaDirectory::builtin().cas()) {
        if (!ca.platform && ca.identifiers.first() != QLatin1String("letsencrypt.org"))
            entries.append({ QStringLiteral("%1 (%2)").arg(ca.name, ca.identifiers.first()), ca.identifiers.first() });
    }
    entries.append({ tr("RFC 8659, read strictly"), QStringLiteral("rfc8659") });
    // The CAs chosen lately lead the list, most recent first, above a separator; each is listed once.
    QList<Entry> recent;
    for (const QString& key : m_settings->recentCas()) {
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.key == key; });
        if (it != entries.end()) {
            recent.append(*it);
            entries.erase(it);
        }
    }
    const QSignalBlocker blocker(m_ca);
    m_ca->clear();
    for (const Entry& e : std::as_const(recent))
        m_ca->addItem(e.label, e.key);
    if (!recent.isEmpty())
        m_ca->insertSeparator(m_ca->count());
    for (const Entry& e : std::as_const(entries))
        m_ca->addItem(e.label, e.key);
    const int current = m_ca->findData(currentKey);
    if (current >= 0)
        m_ca->setCurrentIndex(current);
    else // an identifier typed by hand stays as typed
        m_ca->setEditText(currentKey);
    // The list shows the CAs' whole names (the field itself stays narrow), up to the screen's width.
    int widest = 0;
    for (int i = 0; i < m_ca->count(); ++i)
        widest = std::max(widest, m_ca->fontMetrics().horizontalAdvance(m_ca->itemText(i)));
    const int limit = screen() ? screen()->availableGeometry().width() - 40 : 1000;
    m_ca->view()->setMinimumWidth(std::min(limit,
                                           widest + m_ca->view()->verticalScrollBar()->sizeHint().width()
                                               + 4 * m_ca->fontMetrics().averageCharWidth()));
}

void MainWindow::setName(const QString& name)
{
    m_name->setText(name);
}

CaProfile MainWindow::selectedProfile() const
{
    const int index = m_ca->findText(m_ca->currentText());
    const QString key = index >= 0 ? m_ca->itemData(index).toString() : m_ca->currentText().trimmed();
    return CaDirectory::builtin().profile(key);
}

void MainWindow::check()
{
    NameError error;
    Request request;
    request.name = DomainName::parse(m_name->text(), &error);
    if (!request.name.isValid()) {
        // A long input is shown by its ends (the field holds it all); a fault of the whole name has no position.
        const QString typed = m_name->text();
        const QString shown = typed.size() > 64 ? typed.left(30) + QStringLiteral("…") + typed.right(30) : typed;
        const bool whole = error.code == NameError::NameTooLong || error.code == NameError::Empty
            || error.code == NameError::WildcardAlone;
        setInlineError(whole ? tr("“%1” is not a name a certificate can have: %2.").arg(shown, describe(error))
                             : tr("“%1” is not a name a certificate can have: %2 (at character %3).")
                                   .arg(shown, describe(error), QString::number(error.begin + 1)));
        m_name->setFocus();
        if (error.end > error.begin)
            m_name->setSelection(int(error.begin), int(error.end - error.begin));
        return;
    }
    if (m_wildcard->isChecked() && !request.name.isWildcard())
        request.name = DomainName::parse(QStringLiteral("*.") + request.name.text());
    request.accountUri = m_account->text().trimmed();
    if (!request.accountUri.isEmpty() && !isAccountUri(request.accountUri)) {
        setInlineError(tr("“%1” is not an ACME account URL: it looks like "
                          "https://acme-v02.api.letsencrypt.org/acme/acct/123456789.")
                           .arg(request.accountUri));
        m_account->setFocus();
        return;
    }
    request.validationMethod = m_method->currentData().toString();
    const CaProfile profile = selectedProfile();
    if (!request.accountUri.isEmpty() && !profile.isAccountOfThisCa(request.accountUri)) {
        setInlineError(tr("“%1” is not a %2 account URL: they look like %3.")
                           .arg(request.accountUri, profile.displayName, profile.exampleAccountUri()));
        m_account->setFocus();
        return;
    }
    m_stale = false;
    if (!profile.key.isEmpty()) { // the chosen CA leads the grid, then the ones chosen lately
        QStringList leaders = m_settings->recentCas();
        leaders.removeAll(profile.key);
        leaders.prepend(profile.key);
        QList<CaProfile> profiles = m_grid->profiles();
        profiles.erase(std::remove_if(profiles.begin(), profiles.end(),
                                      [&](const CaProfile& p) { return leaders.contains(p.key); }),
                       profiles.end());
        for (auto key = leaders.crbegin(); key != leaders.crend(); ++key) {
            const CaProfile p = *key == profile.key ? profile : CaDirectory::builtin().profile(*key);
            if (!p.key.isEmpty())
                profiles.prepend(p);
        }
        m_grid->setProfiles(profiles);
    }
    if (profile.key.isEmpty()) {
        setInlineError(tr("“%1” is not a CA this program knows: pick one from the list or type its CAA identifier.")
                           .arg(m_ca->currentText()));
        return;
    }
    // A typo of a known identifier is checked as a private CA's, and said so (issue 12 item 15).
    const QString suggestion = m_ca->findText(m_ca->currentText()) >= 0
        ? QString()
        : CaDirectory::builtin().suggestionFor(m_ca->currentText());
    setInlineError(suggestion.isEmpty()
                       ? QString()
                       : tr("“%1” is not a CA identifier in the CCADB list, so it is checked as a private CA's. Did "
                            "you mean %2?")
                             .arg(m_ca->currentText().trimmed(), suggestion));
    if (!m_dns)
        return;
    m_settings->addRecentName(m_name->text().trimmed());
    const QStringList recentBefore = m_settings->recentCas();
    m_settings->setLastCa(profile.key);
    if (m_settings->recentCas() != recentBefore) // the chooser's order changes only when a new CA leads
        populateCaChooser(profile.key);
    m_matrix.reset();
    m_nameservers->removeRows(0, m_nameservers->rowCount());
    m_tabs->setTabText(2, tr("Nameservers")); // no count of another name's findings
    if (m_zonesAreSource && m_session->isBusy()) {
        m_checkWhenLoaded = true; // checked as soon as the files are read
        m_status->setText(tr("%1 is checked when the zone files are read.").arg(request.name.displayText()));
        return;
    }
    if (m_evidenceBanner) { // a fresh check replaces the reopened evidence
        m_errorSummary->hide();
        m_evidenceBanner = false;
    }
    m_evidence.reset();
    updateAuditProfiles();
    m_nsFindings->setText(request.name.isIpAddress()
                              ? tr("An IP address has no nameservers to ask: CAA applies to domain names only.")
                              : !m_zonesAreSource ? tr("Asking every authoritative nameserver directly…")
                                                  : tr("Zone files have no nameservers to ask: check live DNS for "
                                                       "this."));
    m_runner = std::make_unique<ClimbRunner>(m_dns.get());
    m_runner->setLookForDoubledOwners(true);
    // The pasted error belongs to the name it named; a name typed since is a check of its own.
    if (!m_fromErrorText.isEmpty() && DomainName::parse(m_fromError.identifier).text() == request.name.text())
        m_runner->setFromError(m_fromError, m_fromErrorText);
    if (!m_zonesAreSource && !request.name.isIpAddress())
        startMatrix(request);
    // Answers can arrive by the hundred in one pass: repaint at most once per frame (16 ms), never per answer.
    auto scheduleRefresh = [this] {
        if (!m_refresh->isActive())
            m_refresh->start();
    };
    connect(m_runner.get(), &ClimbRunner::nodeAnswered, this, scheduleRefresh);
    connect(m_runner.get(), &ClimbRunner::verdictsChanged, this, scheduleRefresh);
    connect(m_runner.get(), &ClimbRunner::finished, this, [this] {
        m_refresh->stop();
        showDiagnosis();
        m_check->setText(tr("Check"));
        const Diagnosis& d = m_runner->diagnosis();
        if (d.request.name.isIpAddress())
            m_status->setText(tr("%1 is an IP address: nothing to look up").arg(d.request.name.displayText()));
        else if (d.climb.resolverUnreachable)
            m_status->setText(tr("%1 answered none of the %2 queries")
                                  .arg(d.sourceDetails.join(QStringLiteral(", ")))
                                  .arg(d.climb.nodes.size()));
        else
            m_status->setText(tr("%1 names asked at once · answered in %2 ms · %3")
                                  .arg(d.climb.nodes.size())
                                  .arg(d.elapsedMs)
                                  .arg(d.sourceKind == QLatin1String("zone")
                                           ? tr("from zone files")
                                           : d.sourceDetails.join(QStringLiteral(", "))));
        if (d.request.name.isIpAddress())
            showRung(-1);
        updateReportActions();
        Q_EMIT checkFinished();
        if (m_matrix) {
            if (d.climb.resolverUnreachable) { // nothing can be found through a resolver that does not answer
                m_runner->skipMatrix(QString::fromLatin1(code::ResolverUnreachable));
                m_matrix.reset();
                m_nsFindings->setText(tr("Not asked: the resolver answered nothing, so no nameserver could be "
                                         "found through it."));
            } else {
                d.informMatrix(*m_matrix);
            }
        }
    });
    m_check->setText(tr("Cancel"));
    setWindowTitle(tr("CAA Doctor — %1[*]").arg(request.name.displayText()));
    m_runner->start(request, { profile });
    showDiagnosis();
    updateReportActions(); // nothing to export or save until this check is finished
}

const Diagnosis* MainWindow::shownDiagnosis() const
{
    if (m_evidence)
        return m_evidence.get();
    return m_runner ? &m_runner->diagnosis() : nullptr;
}

void MainWindow::showDiagnosis()
{
    if (!shownDiagnosis())
        return;
    const Diagnosis& d = *shownDiagnosis();
    m_climbModel->setDiagnosis(d);
    m_climb->setPlaceholderText(d.request.name.isIpAddress()
                                    ? tr("%1 is an IP address: there is no DNS name to climb and no nameserver to "
                                         "ask. CAA applies to domain names only (RFC 8659), so no CAA record can "
                                         "stop a CA from issuing for it.")
                                          .arg(d.request.name.displayText())
                                    : QString());
    const Verdict& v = d.verdicts.first();
    const CaProfile& p = d.profiles.first();
    const StatusColors colors(palette());
    const QColor accent = v.outcome == Outcome::Permit ? colors.ok
        : v.outcome == Outcome::Forbid                 ? colors.error
        : v.outcome == Outcome::Error                  ? colors.warning
                                                       : palette().color(QPalette::Mid);
    m_verdictBox->setStyleSheet(
        QStringLiteral("QFrame#verdict { border: 1px solid palette(mid); border-left: 6px solid %1; "
                       "background: palette(base); }")
            .arg(accent.name()));
    m_headline->setText(MessageCatalogue::verdictHeadline(v, p.displayName, d.request.name.displayText()));
    m_headline->setStyleSheet(QStringLiteral("color: %1;").arg(accent.name()));
    // A question changed since: the old answer stays readable but grey, and says what it answers.
    for (QWidget* w : std::initializer_list<QWidget*> { m_verdictBox, m_diffBox, m_fixBox, m_notes })
        w->setEnabled(!m_stale);
    if (m_stale) {
        m_headline->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_headline->setText(
            tr("%1 (out of date: press Check)")
                .arg(MessageCatalogue::verdictHeadline(v, p.displayName, d.request.name.displayText())));
    }
    if (v.outcome == Outcome::Pending) {
        m_action->hide();
        m_reason->setText(tr("Waiting for the answers…"));
        m_rule->clear();
        m_diffBox->hide();
        m_fixBox->hide();
        m_notes->hide();
        return;
    }
    m_action->setText(MessageCatalogue::verdictAction(v));
    m_action->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid %1; border-radius: 9px; padding: 2px 10px; "
                       "color: %1; background: %2; }")
            .arg(accent.name(), StatusColors::tint(accent, palette().color(QPalette::Base), 0.12).name()));
    m_action->show();
    QString reason;
    if (!v.findings.isEmpty())
        reason = MessageCatalogue::finding(v.findings.first(), p.displayName);
    if (!v.caErrorText.isEmpty())
        // The error the CA would give, as it would word it: predicted from the records, not quoted from anyone.
        reason += QStringLiteral("\n\n") + tr("%1 would report: %2").arg(p.displayName, v.caErrorText);
    m_reason->setText(reason);
    m_rule->setText(tr("How %1 decides: %2").arg(p.displayName, MessageCatalogue::decisionRule(p)));

    // The issuer diff: every finding that points at characters of a value (of the climb the verdict comes from).
    const Climb verdictClimb = d.climbFor(v);
    QList<IssuerDiffView::Row> rows;
    for (const Finding& f : v.findings) {
        if (f.highlight.isEmpty() || f.node < 0 || f.record < 0 || !f.args.contains(QStringLiteral("expected"))
            || f.node >= verdictClimb.nodes.size() || f.record >= verdictClimb.nodes[f.node].records.size())
            continue;
        const CaaRecord& rec = verdictClimb.nodes[f.node].records[f.record].rdata;
        IssuerDiffView::Row row;
        row.found = QString::fromLatin1(rec.value);
        row.expected = f.args.value(QStringLiteral("expected")).toString();
        row.highlight = f.highlight;
        row.label = findingLabel(f.code);
        row.expectedNote = tr("%1's CAA identifier (CCADB)").arg(p.displayName);
        rows.append(row);
    }
    m_diff->setRows(rows);
    m_diffBox->setVisible(!rows.isEmpty());

    // Fix cards.
    for (FixCard* card : fixCards())
        delete card;
    for (const Fix& fix : v.fixes) {
        bool canApply = m_zonesAreSource && !m_evidence && !fix.edits.isEmpty();
        for (const RecordEdit& e : fix.edits)
            canApply = canApply && e.location.isValid() && e.location.zone >= 0
                && e.location.zone < m_session->workspace().zoneCount();
        auto* card = new FixCard(fix, canApply, m_fixBox);
        connect(card, &FixCard::applyRequested, this, &MainWindow::applyFix);
        connect(card, &FixCard::copied, this,
                [this](const QString& what) { statusBar()->showMessage(tr("Copied the %1.").arg(what), 4000); });
        m_fixLayout->insertWidget(m_fixLayout->count() - 1, card); // above the provider note
    }
    m_fixBox->setVisible(!v.fixes.isEmpty());
    // Cards made now would come last in the Tab order (after the detail tables): put them where they are seen.
    QWidget* previous = m_rightScroll;
    for (FixCard* card : fixCards()) {
        for (QWidget* button : card->focusOrder()) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
    }
    m_copyFixAction->setEnabled(!v.fixes.isEmpty());
    keepLabelsNarrow();

    // Notes: the other findings, briefly.
    QStringList notes;
    for (qsizetype i = 1; i < v.findings.size(); ++i) {
        const Finding& f = v.findings[i];
        if (f.highlight.isEmpty() || !f.args.contains(QStringLiteral("expected")))
            notes.append(
                QStringLiteral("<li>%1</li>").arg(MessageCatalogue::finding(f, p.displayName).toHtmlEscaped()));
    }
    m_notes->setText(notes.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(notes.join(QString())));
    m_notes->setVisible(!notes.isEmpty());

    m_grid->setDiagnosis(d);

    // The records of the relevant set.
    m_records->removeRows(0, m_records->rowCount());
    if (v.relevantNode >= 0 && v.relevantNode < verdictClimb.nodes.size()) {
        for (const CaaResourceRecord& r : verdictClimb.nodes[v.relevantNode].records) {
            QList<QStandardItem*> items {
                new QStandardItem(r.owner),
                new QStandardItem(QString::number(r.ttl)),
                new QStandardItem(QString::number(r.rdata.flags)),
                new QStandardItem(QString::fromLatin1(r.rdata.tag)),
                new QStandardItem(QString::fromLatin1(quoteCharacterString(r.rdata.value))),
                new QStandardItem(r.location.isValid() ? QString::number(r.location.line) : QString()),
            };
            m_records->appendRow(items);
        }
    }
    m_recordsView->resizeColumnsToContents();
    if (m_climb->currentRow() < 0 && v.relevantNode >= 0)
        m_climb->setCurrentRow(v.relevantNode);
}

void MainWindow::fitDiagnosis()
{
    if (m_userMovedSplit)
        return;
    const QList<int> sizes = m_rightSplit->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    QWidget* content = m_rightScroll->widget();
    if (total <= 0 || !content || !content->layout())
        return;
    // The height the scroll area gives its content at the width it has without a scroll bar (the same measure
    // QScrollArea takes), so that once fitted no scroll bar appears and takes width away.
    QScrollBar* bar = m_rightScroll->verticalScrollBar();
    const int width = m_rightScroll->viewport()->width() + (bar->isVisible() ? bar->width() : 0);
    const int needed = std::max(content->heightForWidth(width), content->minimumSizeHint().height())
        + 2 * m_rightScroll->frameWidth();
    const int diagnosis = std::clamp(needed, total / 3, total - m_tabs->minimumHeight());
    if (diagnosis != sizes.value(0))
        m_rightSplit->setSizes({ diagnosis, total - diagnosis });
}

void MainWindow::applyFix(const Fix& fix)
{
    QString error;
    if (!m_session->applyEdits(MessageCatalogue::fixTitle(fix), fix.edits, &error))
        setInlineError(tr("This fix cannot be applied: %1").arg(error));
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
    const bool modified = m_session->isModified();
    const int count = m_session->editCount();
    m_pendingLabel->setText(tr("%n edit(s) to the zone files, not saved yet.", "", count));
    m_pendingBar->setVisible(modified);
    setWindowModified(modified);
}

void MainWindow::updateAuditProfiles()
{
    // The workspace decides for the chosen CA and the ones chosen lately (three at most: the table stays readable).
    QList<CaProfile> profiles { selectedProfile() };
    for (const QString& key : m_settings->recentCas()) {
        if (profiles.size() >= 3)
            break;
        const CaProfile p = CaDirectory::builtin().profile(key);
        if (!p.key.isEmpty()
            && std::none_of(profiles.begin(), profiles.end(), [&](const CaProfile& q) { return q.key == p.key; }))
            profiles.append(p);
    }
    QStringList before, after;
    for (const CaProfile& p : m_session->profiles())
        before.append(p.key);
    for (const CaProfile& p : profiles)
        after.append(p.key);
    if (before != after)
        m_session->setProfiles(profiles);
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
        setInlineError(tr("Nothing more was saved: %1").arg(saved.error));
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
    m_checkWhenLoaded = !m_name->text().trimmed().isEmpty();
    if (!m_session->isBusy() && m_checkWhenLoaded) {
        m_checkWhenLoaded = false;
        check();
    }
    return true;
}

bool MainWindow::saveZoneChangesAs(const QString& path, int zone)
{
    if (zone < 0)
        zone = std::max(0, m_workspace->currentZone());
    const ZoneWorkspace::SaveResult saved = m_session->saveAs(zone, path);
    if (!saved.ok) {
        setInlineError(tr("Not saved: %1").arg(saved.error));
        return false;
    }
    statusBar()->showMessage(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void MainWindow::showMatrixTable(const NsMatrix& m)
{
    m_nameservers->removeRows(0, m_nameservers->rowCount());
    for (const NsMatrixRow& row : m.rows()) {
        const NsProbe& p = *row.udp;
        const QString serial = row.server && row.server->serialKnown ? QString::number(row.server->serial) : QString();
        m_nameservers->appendRow({ new QStandardItem(p.name), new QStandardItem(p.nsName), new QStandardItem(p.address),
                                   new QStandardItem(MessageCatalogue::probeState(&p)),
                                   new QStandardItem(MessageCatalogue::probeState(row.tcp)), new QStandardItem(serial),
                                   new QStandardItem(QString::number(p.latencyMs)) });
    }
    QStringList lines;
    for (const Finding& f : m.findings)
        lines.append(QStringLiteral("• ") + MessageCatalogue::finding(f));
    m_nsFindings->setText(lines.isEmpty() ? tr("Every authoritative nameserver answers the same, for CAA too.")
                                          : lines.join(QLatin1Char('\n')));
    if (!m.findings.isEmpty())
        m_tabs->setTabText(2, tr("Nameservers (%1)").arg(m.findings.size()));
}

void MainWindow::rejudgeShown()
{
    const Diagnosis* shown = shownDiagnosis();
    if (!shown || !hasFinishedDiagnosis())
        return;
    Request request;
    request.name = DomainName::parse(m_name->text());
    if (request.name.isValid() && m_wildcard->isChecked() && !request.name.isWildcard() && !request.name.isIpAddress())
        request.name = DomainName::parse(QStringLiteral("*.") + request.name.text());
    request.accountUri = m_account->text().trimmed();
    request.validationMethod = m_method->currentData().toString();
    const CaProfile profile = selectedProfile();
    const bool asked = request.name == shown->request.name && request.accountUri == shown->request.accountUri
        && request.validationMethod == shown->request.validationMethod && shown->profiles.size() == 1
        && shown->profiles.first().key == profile.key;
    if (asked && !m_stale)
        return;
    bool judged = asked;
    const bool usable = request.name.isValid() && !profile.key.isEmpty()
        && (request.accountUri.isEmpty() || isAccountUri(request.accountUri));
    if (!asked && usable) {
        if (m_evidence) {
            if (request.name.text() == m_evidence->request.name.text()) {
                m_evidence->request = request;
                m_evidence->profiles = { profile };
                m_evidence->verdicts = QList<Verdict>(1);
                m_evidence->settle();
                judged = true;
            }
        } else if (m_runner) {
            judged = m_runner->rejudge(request, { profile });
        }
    }
    m_stale = !judged;
    showDiagnosis();
    if (m_stale)
        m_status->setText(tr("The verdict on show is for %1: press Check for the question above.")
                              .arg(shown->request.name.displayText()));
    else
        m_status->setText(tr("Judged again from the same answers: no new lookup was needed."));
}

void MainWindow::startMatrix(const Request& request)
{
    m_matrix = std::make_unique<NsMatrixRunner>(m_liveOptions);
    m_matrix->setTimeoutMs(std::min(m_liveOptions.timeoutMs, 3000));
    connect(m_matrix.get(), &NsMatrixRunner::finished, this, [this] {
        if (m_runner && !m_evidence) {
            // The servers' own answers may change a verdict (a failing or stale resolver, servers that disagree).
            m_runner->attachMatrix(m_matrix->matrix());
            showMatrixTable(m_runner->diagnosis().nsMatrix);
            showDiagnosis();
            showRung(m_climb->currentRow()); // the servers' answers join the resolver's
            updateReportActions();
        } else {
            showMatrixTable(m_matrix->matrix());
        }
        Q_EMIT matrixFinished();
    });
    m_tabs->setTabText(2, tr("Nameservers"));
    m_matrix->startAhead(request.name);
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

void MainWindow::showRung(int row)
{
    const Diagnosis* d = shownDiagnosis();
    if (d && d->climb.nodes.isEmpty()) { // an IP address: no name was looked up
        m_raw->setPlainText(tr("%1 is an IP address: no DNS name was looked up.").arg(d->request.name.displayText()));
        return;
    }
    if (!d || row < 0 || row >= d->climb.nodes.size()) {
        m_raw->setPlainText(tr("Select a name in the tree climb to see how your resolver and each nameserver "
                               "answered it."));
        return;
    }
    m_raw->setPlainText(nameAnswersText(*d, row));
}

bool MainWindow::hasFinishedDiagnosis() const
{
    // A check still running may have names pending: never half a diagnosis.
    const Diagnosis* d = shownDiagnosis();
    return d && d->isComplete() && (m_evidence || !m_runner || !m_runner->isRunning());
}

MainWindow::ReportKind MainWindow::reportKind() const
{
    if (m_pages->currentWidget() == m_workspace)
        return m_session->audit() && !m_session->isBusy() ? ReportKind::ZoneAudit : ReportKind::None;
    if (m_pages->currentWidget() == m_batch)
        return m_batch->model()->isEmpty() ? ReportKind::None : ReportKind::Batch;
    return hasFinishedDiagnosis() ? ReportKind::Diagnosis : ReportKind::None;
}

void MainWindow::updateReportActions()
{
    const ReportKind kind = reportKind();
    const bool any = kind != ReportKind::None && !isExporting();
    m_exportAction->setEnabled(any);
    m_printAction->setEnabled(any);
    m_evidenceAction->setEnabled(hasFinishedDiagnosis());
    const QString what = kind == ReportKind::Batch ? tr("the batch summary")
        : kind == ReportKind::ZoneAudit            ? tr("the zone audit summary")
        : kind == ReportKind::Diagnosis            ? tr("the diagnosis")
                                                   : tr("nothing yet: check a name first");
    m_exportAction->setStatusTip(tr("Export a PDF report of %1").arg(what));
    m_printAction->setStatusTip(tr("Print %1").arg(what));
}

std::optional<Diagnosis> MainWindow::reportDiagnosis() const
{
    if (!hasFinishedDiagnosis())
        return std::nullopt;
    Diagnosis d = *shownDiagnosis();
    if (!m_evidence && m_matrix && m_matrix->isRunning())
        return std::nullopt; // the verdict may still change with the servers' answers
    if (!m_evidence && d.sourceKind == QLatin1String("zone") && d.zoneFiles.isEmpty()) {
        for (int z = 0; z < m_session->workspace().zoneCount(); ++z) {
            const auto disk = m_session->workspace().diskZone(z);
            if (disk && !disk->files().isEmpty())
                d.zoneFiles.append(
                    { disk->files().first().path, QString::fromLatin1(disk->files().first().sha256Hex()) });
        }
    }
    return d;
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
    const auto report = makeReport(reportKind(), reportDiagnosis(), m_grid, m_batch, m_session);
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
    auto report = makeReport(reportKind(), reportDiagnosis(), m_grid, m_batch, m_session);
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
    m_pages->setCurrentIndex(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setInlineError(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(evidence::MaxBundleBytes + 1); // size() is 0 for pipes: read, then count
    if (bytes.size() > evidence::MaxBundleBytes) {
        setInlineError(tr("%1 is over %2 MB: too big for an evidence bundle.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(evidence::MaxBundleBytes / (1024 * 1024)));
        return false;
    }
    const EvidenceBundle bundle = readEvidenceBundle(bytes, path);
    if (!bundle.ok) {
        setInlineError(tr("%1 is not a usable evidence bundle: %2").arg(QDir::toNativeSeparators(path), bundle.error));
        return false;
    }
    setInlineError({});
    if (m_runner && m_runner->isRunning())
        m_runner->cancel();
    m_refresh->stop();
    m_check->setText(tr("Check"));
    m_matrix.reset();
    m_evidence = std::make_unique<Diagnosis>(bundle.diagnosis);
    const Diagnosis& d = *m_evidence;
    {
        const QSignalBlocker blockName(m_name);
        m_name->setText(d.request.name.text());
        m_wildcard->setChecked(d.request.name.isWildcard());
    }
    QString banner
        = tr("<b>Offline evidence</b> from %1, checked %2 UTC through %3. Nothing was asked in DNS now: the saved "
             "answers were decoded again and each CA's rules applied again.")
              .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                   d.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                   (d.sourceKind == QLatin1String("zone") ? tr("zone files %1") : tr("resolver %1"))
                       .arg(d.sourceDetails.join(QStringLiteral(", ")).toHtmlEscaped()));
    for (const QString& note : bundle.notes)
        banner += QStringLiteral("<br/>• ") + note.toHtmlEscaped();
    m_errorSummary->setText(banner);
    m_errorSummary->show();
    m_evidenceBanner = true;
    m_climb->setCurrentRow(-1);
    showDiagnosis();
    m_nameservers->removeRows(0, m_nameservers->rowCount());
    if (d.hasNsMatrix)
        showMatrixTable(d.nsMatrix);
    else
        m_nsFindings->setText(tr("The bundle has no nameserver answers."));
    setWindowTitle(tr("CAA Doctor — %1 (evidence)[*]").arg(d.request.name.displayText()));
    m_status->setText(tr("Evidence bundle %1: re-evaluated offline").arg(QDir::toNativeSeparators(path)));
    updateReportActions();
    Q_EMIT checkFinished();
    return true;
}

QPageSize MainWindow::reportPageSize() const
{
    const QString size = m_settings->reportPageSize();
    if (size == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (size == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    return ReportDocument::defaultPageSize();
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
            + (shownDiagnosis() ? shownDiagnosis()->request.name.text() : QStringLiteral("report"));
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
    const auto makeDocument = makeReport(reportKind(), reportDiagnosis(), m_grid, m_batch, m_session);
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
