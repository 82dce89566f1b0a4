#include "diagnosispage.h"

#include "caa/acmeerror.h"
#include "caa/dnsmessage.h"
#include "climbmodel.h"
#include "climbview.h"
#include "diagnosissession.h"
#include "evidencebundle.h"
#include "fixcard.h"
#include "issuerdiffview.h"
#include "messagecatalogue.h"
#include "nameanswers.h"
#include "nameserversmodel.h"
#include "plainpasteedit.h"
#include "recordsmodel.h"
#include "settings.h"
#include "statuscolors.h"
#include "verdictgridmodel.h"
#include "whoissuespanel.h"
#include "zonesession.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

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

} // namespace

DiagnosisPage::DiagnosisPage(DiagnosisSession* session, ZoneSession* zones, Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_zones(zones)
    , m_settings(settings)
{
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(buildQuestion());
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors(palette()).error.name()));
    m_error->hide();
    outer->addWidget(m_error);
    m_pendingBar = new QFrame(this);
    auto* pendingLayout = new QHBoxLayout(m_pendingBar);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    m_pendingLabel = new QLabel(m_pendingBar);
    pendingLayout->addWidget(m_pendingLabel, 1);
    auto* review = new QPushButton(tr("Review and Save…"), m_pendingBar);
    connect(review, &QPushButton::clicked, this, &DiagnosisPage::saveRequested);
    pendingLayout->addWidget(review);
    auto* undo = new QPushButton(tr("Undo"), m_pendingBar);
    connect(undo, &QPushButton::clicked, m_zones->undoStack(), &QUndoStack::undo);
    pendingLayout->addWidget(undo);
    m_pendingBar->hide();
    outer->addWidget(m_pendingBar);
    m_errorSummary = new QLabel(this);
    m_errorSummary->setWordWrap(true);
    m_errorSummary->setTextFormat(Qt::RichText);
    m_errorSummary->hide();
    outer->addWidget(m_errorSummary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildClimbPanel(split));
    // The diagnosis scrolls on its own; the tabs sit below it in a splitter, so neither squeezes the other.
    m_rightSplit = new QSplitter(Qt::Vertical, split);
    // Until the person drags it, the divider follows the diagnosis: all of it visible, the tabs get the rest.
    connect(m_rightSplit, &QSplitter::splitterMoved, this, [this] { m_userMovedSplit = true; });
    m_rightSplit->installEventFilter(this); // refit when the window is resized
    m_rightScroll = new QScrollArea(m_rightSplit);
    m_rightScroll->setObjectName(QStringLiteral("diagnosisScroll"));
    m_rightScroll->setWidgetResizable(true);
    m_rightScroll->setFrameShape(QFrame::NoFrame);
    QWidget* right = buildDiagnosisPanel(m_rightScroll);
    m_rightScroll->setWidget(right);
    right->installEventFilter(this);
    m_rightSplit->addWidget(m_rightScroll);
    m_rightSplit->addWidget(buildDetailTabs(m_rightSplit));
    m_rightSplit->setStretchFactor(0, 3);
    m_rightSplit->setStretchFactor(1, 1);
    m_rightSplit->setSizes({ 560, 200 }); // the diagnosis first; the tabs are details
    split->addWidget(m_rightSplit);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({ 420, 860 }); // the climb needs less width than the verdict's sentences
    outer->addWidget(split, 1);

    connect(m_session, &DiagnosisSession::progressed, this, &DiagnosisPage::showDiagnosis);
    connect(m_session, &DiagnosisSession::finished, this, &DiagnosisPage::checkFinishedRunning);
    connect(m_session, &DiagnosisSession::matrixFinished, this, &DiagnosisPage::matrixFinishedRunning);
    connect(m_session, &DiagnosisSession::whoChanged, this, [this] {
        showWhoIssues();
        Q_EMIT reportStateChanged();
    });
    connect(m_session, &DiagnosisSession::matrixSkipped, this, [this] {
        m_nsFindings->setText(tr("Not asked: the resolver answered nothing, so no nameserver could be found through "
                                 "it."));
    });
    connect(m_zones, &ZoneSession::loaded, this, [this] { zonesChanged(true); });
    connect(m_zones, &ZoneSession::workingChanged, this, [this] { zonesChanged(false); });
    connect(m_zones->undoStack(), &QUndoStack::indexChanged, this, &DiagnosisPage::updatePending);

    populateCaChooser(m_settings->lastCa());
    m_account->setText(m_settings->accountUriProduction());
    m_session->setReadServed(m_settings->readServedCertificate());
    m_session->setAskCt(m_settings->askCertificateTransparency());
    setAcceptDrops(true); // a certificate dropped here is the certificate in use
    m_name->setCompleter(new QCompleter(m_settings->recentNames(), m_name));
}

DiagnosisPage::~DiagnosisPage() = default;

QLayout* DiagnosisPage::buildQuestion()
{
    auto* question = new QVBoxLayout;
    // The question: name, CA, wildcard, source, Check.
    auto* form = new QHBoxLayout;
    auto labelled = [&](const QString& label, QWidget* w, int stretch) {
        auto* col = new QVBoxLayout;
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        col->addWidget(l);
        col->addWidget(w);
        form->addLayout(col, stretch);
    };
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("www.example.com, *.example.com or a URL"));
    m_name->setAccessibleName(tr("Name on the certificate"));
    m_name->setClearButtonEnabled(true);
    connect(m_name, &QLineEdit::returnPressed, this, &DiagnosisPage::check);
    m_name->setMinimumWidth(180);
    labelled(tr("&Name"), m_name, 4);
    m_ca = new QComboBox(this);
    m_ca->setEditable(true);
    m_ca->setInsertPolicy(QComboBox::NoInsert);
    m_ca->setAccessibleName(tr("Certificate authority"));
    m_ca->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ca->setMinimumContentsLength(20);
    m_ca->completer()->setFilterMode(Qt::MatchContains);
    m_ca->completer()->setCompletionMode(QCompleter::PopupCompletion);
    labelled(tr("Certificate &authority"), m_ca, 2);
    m_wildcard = new QCheckBox(tr("&Wildcard (*.name)"), this);
    auto* wildCol = new QVBoxLayout;
    wildCol->addStretch();
    wildCol->addWidget(m_wildcard);
    form->addLayout(wildCol);
    m_source = new QComboBox(this);
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
            Q_EMIT openZonesRequested();
        }
    });
    labelled(tr("&Source"), m_source, 3);
    m_check = new QPushButton(tr("Check"), this);
    m_check->setDefault(true);
    m_check->setAccessibleName(tr("Check"));
    connect(m_check, &QPushButton::clicked, this, [this] {
        // The second click of a double-click on Check is not a Cancel of the check the first one started.
        if (std::exchange(m_doubleClickOnCheck, false) && m_session->isRunning())
            return;
        checkOrCancel();
    });
    m_check->installEventFilter(this); // sees the double-click (eventFilter)
    auto* checkCol = new QVBoxLayout;
    checkCol->addStretch();
    checkCol->addWidget(m_check);
    form->addLayout(checkCol);
    question->addLayout(form);
    // Optional RFC 8657 inputs: which account asks and how it validates.
    auto* more = new QHBoxLayout;
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(
        tr("your ACME account URL (optional), https://acme-v02.api.letsencrypt.org/acme/acct/…"));
    m_account->setAccessibleName(tr("ACME account URI"));
    auto* accountLabel = new QLabel(tr("Acc&ount URI"), this);
    accountLabel->setBuddy(m_account);
    more->addWidget(accountLabel);
    more->addWidget(m_account, 3);
    m_method = new QComboBox(this);
    m_method->setAccessibleName(tr("Validation method"));
    m_method->addItem(tr("any method"), QString());
    for (const char* method : { "http-01", "dns-01", "tls-alpn-01", "dns-account-01", "dns-persist-01" })
        m_method->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    auto* methodLabel = new QLabel(tr("Validation &method"), this);
    methodLabel->setBuddy(m_method);
    more->addWidget(methodLabel);
    more->addWidget(m_method);
    more->addStretch();
    question->addLayout(more);
    // A changed question is answered at once from the data on show (same name), or the old verdict is greyed.
    connect(m_method, &QComboBox::currentIndexChanged, this, &DiagnosisPage::rejudgeShown);
    connect(m_wildcard, &QCheckBox::toggled, this, &DiagnosisPage::rejudgeShown);
    connect(m_account, &QLineEdit::textChanged, this, &DiagnosisPage::rejudgeShown);
    connect(m_name, &QLineEdit::textChanged, this, &DiagnosisPage::rejudgeShown);
    connect(m_ca, &QComboBox::currentTextChanged, this, &DiagnosisPage::rejudgeShown);
    // The zone workspace decides for the CA chosen from the list at once (a typed identifier: when checked).
    connect(m_ca, &QComboBox::currentIndexChanged, this, &DiagnosisPage::updateAuditProfiles);
    // A long name chosen shows from its start ("oogle Trust Services" otherwise: the field scrolls to the end).
    connect(m_ca, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ca->lineEdit())
            m_ca->lineEdit()->setCursorPosition(0);
    });
    // What the ACME client printed: pasted here, it is read as soon as the typing stops, and a name found is checked.
    auto* pasteRow = new QHBoxLayout;
    auto* pasteLabel = new QLabel(tr("ACME &error"), this);
    m_pasteError = new PlainPasteEdit(this);
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
    question->addLayout(pasteRow);
    m_pasteTimer = new QTimer(this);
    m_pasteTimer->setSingleShot(true);
    m_pasteTimer->setInterval(300);
    connect(m_pasteError, &QPlainTextEdit::textChanged, m_pasteTimer, qOverload<>(&QTimer::start));
    connect(m_pasteTimer, &QTimer::timeout, this, &DiagnosisPage::pastedErrorChanged);
    return question;
}

QWidget* DiagnosisPage::buildClimbPanel(QWidget* parent)
{
    QVBoxLayout* leftLayout = nullptr;
    QWidget* left = panel(tr("Tree climb"), parent, &leftLayout);
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
    connect(m_climb, &ClimbView::currentRowChanged, this, &DiagnosisPage::showRung);
    return left;
}

QWidget* DiagnosisPage::buildDiagnosisPanel(QWidget* parent)
{
    // Verdict, issuer diff, fixes, notes, and how the CA decides.
    auto* right = new QWidget(parent);
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
    m_whoNote = new QLabel(m_verdictBox);
    m_whoNote->setObjectName(QStringLiteral("whoIssuesNote"));
    m_whoNote->setWordWrap(true);
    m_whoNote->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors(palette()).error.name()));
    m_whoNote->hide();
    verdictLayout->addWidget(m_whoNote);
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

    m_who = new WhoIssuesPanel(right);
    connect(m_who, &WhoIssuesPanel::openCertificateRequested, this, &DiagnosisPage::chooseCertificateFile);
    connect(m_who, &WhoIssuesPanel::applyRequested, this, &DiagnosisPage::applyFix);
    connect(m_who, &WhoIssuesPanel::copied, this,
            [this](const QString& what) { Q_EMIT message(tr("Copied the %1.").arg(what), 4000); });
    rightLayout->addWidget(m_who);
    // How the CA decides is background: below the fix, so that the verdict, the diff and the first fix fit at once.
    m_rule = new QLabel(right);
    m_rule->setTextFormat(Qt::PlainText); // DNS data and bundles must not become markup
    m_rule->setWordWrap(true);
    m_rule->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    rightLayout->addWidget(m_rule);
    rightLayout->addStretch(1);
    return right;
}

QTabWidget* DiagnosisPage::buildDetailTabs(QWidget* parent)
{
    m_tabs = new QTabWidget(parent);
    m_tabs->setMinimumHeight(130);
    m_records = new RecordsModel(this);
    m_recordsView = new QTableView(m_tabs);
    m_recordsView->setTabKeyNavigation(false); // Tab leaves the table (arrows move within it)
    m_recordsView->setModel(m_records);
    // The value takes the width the other columns leave; they fit their contents, whatever refresh came last.
    m_recordsView->horizontalHeader()->setStretchLastSection(false);
    m_recordsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recordsView->horizontalHeader()->setSectionResizeMode(RecordsModel::Value, QHeaderView::Stretch);
    m_recordsView->verticalHeader()->hide();
    m_recordsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_recordsView, tr("Records"));
    m_raw = new QPlainTextEdit(m_tabs);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_raw, tr("Selected name"));
    auto* nsPage = new QWidget(m_tabs);
    auto* nsLayout = new QVBoxLayout(nsPage);
    m_nameservers = new NameserversModel(this);
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
    gridLayout->addWidget(addCa);
    m_tabs->addTab(gridPage, tr("All CAs"));
    return m_tabs;
}

bool DiagnosisPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_check && event->type() == QEvent::MouseButtonDblClick)
        m_doubleClickOnCheck = true;
    // Refit when the window is resized, and when the diagnosis's own layout changes (cards appear a moment after they
    // are added, so the end of showDiagnosis() is too early to know their height).
    if (m_rightScroll && m_tabs
        && ((watched == m_rightSplit && event->type() == QEvent::Resize)
            || (watched == m_rightScroll->widget() && event->type() == QEvent::LayoutRequest)))
        fitDiagnosis();
    return QWidget::eventFilter(watched, event);
}

QString DiagnosisPage::inlineError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DiagnosisPage::setInlineError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    keepLabelsNarrow();
}

void DiagnosisPage::keepLabelsNarrow()
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

DnsClientOptions DiagnosisPage::optionsFor(const QStringList& resolvers) const
{
    DnsClientOptions options;
    options.servers = resolvers;
    options.timeoutMs = m_settings->timeoutMs();
    options.tries = m_settings->tries();
    return options;
}

void DiagnosisPage::useLiveDns(const QStringList& resolvers)
{
    m_resolvers = resolvers;
    QString error;
    if (!m_session->useLiveDns(optionsFor(resolvers), &error)) {
        setSourceChoices(tr("Live DNS (unavailable)"));
        setInlineError(error);
        return;
    }
    const QStringList details = m_session->sourceDetails();
    setSourceChoices(resolvers.isEmpty() ? tr("Live DNS — system resolver %1").arg(details.join(u' '))
                                         : tr("Live DNS — resolver %1").arg(details.join(u' ')));
    Q_EMIT statusChanged(tr("Live DNS through %1").arg(details.join(QStringLiteral(", "))));
}

void DiagnosisPage::useCommandLineResolvers(const QStringList& resolvers)
{
    m_resolversFromCommandLine = true;
    useLiveDns(resolvers);
}

void DiagnosisPage::applySettings(const QStringList& resolvers, bool fromCommandLine)
{
    m_resolversFromCommandLine = fromCommandLine;
    m_session->setReadServed(m_settings->readServedCertificate());
    m_session->setAskCt(m_settings->askCertificateTransparency());
    if (!m_session->zonesAreSource()) {
        useLiveDns(resolvers);
        return;
    }
    // The zone files stay the source; batches and live comparisons use the new resolvers.
    m_resolvers = resolvers;
    m_session->setLiveOptions(optionsFor(resolvers));
}

void DiagnosisPage::setSourceChoices(const QString& current, bool isSource)
{
    if (isSource)
        m_sourceText = current; // what checks run against, shown again when a reopened bundle gives way
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

void DiagnosisPage::zonesChanged(bool loaded)
{
    if (loaded && m_zones->isEmpty()) {
        setInlineError(m_zones->problemTexts().join(QLatin1Char('\n')));
        m_session->checkWhenZonesLoad(false);
        updatePending();
        return;
    }
    if ((!loaded && !m_session->zonesAreSource()) || !m_session->useZones())
        return;
    const QString names = m_zones->displayNames();
    setSourceChoices(tr("Zone files: %1").arg(names));
    Q_EMIT statusChanged(tr("Offline: answers come from %1").arg(names));
    updatePending();
    const bool nameOnShow = !m_name->text().trimmed().isEmpty() && m_climbModel->rowCount() > 0;
    if (!loaded) { // an edit was parsed: the name on show is checked again against the edited zones
        if (nameOnShow)
            check();
        return;
    }
    // Syntax errors do not stop the check, but the person must know records may be missing from it.
    QStringList errors;
    for (int z = 0; z < m_zones->workspace().zoneCount(); ++z) {
        const auto zone = m_zones->workspace().diskZone(z);
        for (const ZoneError& e : zone->errors())
            errors.append(zone->describeError(e));
    }
    QStringList problems = m_zones->problemTexts();
    if (!errors.isEmpty())
        problems.prepend(tr("The zone files have errors; records on those lines are missing from every check (the "
                            "Zone Workspace lists them):\n%1")
                             .arg(errors.mid(0, 8).join(QLatin1Char('\n'))));
    setInlineError(problems.join(QLatin1Char('\n')));
    if (m_session->takeCheckWhenZonesLoad() || nameOnShow)
        check(); // asked for while they loaded, or other files (not a bundle any more) answer for the name on show
}

void DiagnosisPage::checkAgainAfterSave()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    if (m_zones->isBusy())
        m_session->checkWhenZonesLoad(true);
    else
        check();
}

void DiagnosisPage::checkOrCancel()
{
    if (m_session->isRunning()) {
        m_session->cancel();
        showCancelled();
        return;
    }
    check();
}

void DiagnosisPage::showCancelled()
{
    const Diagnosis* d = m_session->shown();
    m_check->setText(tr("Check"));
    m_climbModel->setCancelled(true);
    if (d && !d->verdicts.isEmpty() && d->verdicts.first().outcome == Outcome::Pending) {
        m_headline->setText(tr("Check of %1 cancelled").arg(d->request.name.displayText()));
        m_headline->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_reason->setText(tr("No verdict: the answers that arrived before you cancelled are in the tree climb; the "
                             "names marked “not answered” were still being asked. Press Check to ask again."));
    }
    if (!m_session->matrixAsked() && !m_session->zonesAreSource())
        m_nsFindings->setText(tr("Not asked: the check was cancelled."));
    Q_EMIT statusChanged(tr("Cancelled."));
}

void DiagnosisPage::pastedErrorChanged()
{
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
}

bool DiagnosisPage::checkFromError(const QString& text)
{
    AcmeError e = parseAcmeError(text);
    const bool aboutCaa = e.kind != AcmeError::Kind::Unknown || !e.ca.isEmpty();
    const CaProfile caOfError = e.ca.isEmpty() ? CaProfile() : CaDirectory::builtin().profile(e.ca);
    if (e.identifier.isEmpty()) {
        // An earlier error's reading must not stay beside a text that says something else.
        m_errorSummary->hide();
        m_session->clearFromError();
        const QString typed = m_name->text().trimmed();
        if (!aboutCaa || typed.isEmpty() || !DomainName::parse(typed).isValid()) {
            setInlineError(aboutCaa ? tr("No name found in the pasted text: type the name the certificate is for "
                                         "above, and it is checked with this error.")
                                    : tr("No name found in the pasted text. It should be what your ACME client "
                                         "printed, such as \"CAA record for example.com prevents issuance\"."));
            if (aboutCaa && !caOfError.key.isEmpty() && e.ca != selectedProfile().key)
                populateCaChooser(caOfError.key);
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
    m_session->setFromError(e, text);
    // The CA that wrote the error is the one to check (SSL.com's text is not Let's Encrypt's decision).
    if (!caOfError.key.isEmpty() && e.ca != selectedProfile().key)
        populateCaChooser(caOfError.key);
    check();
    return true;
}

void DiagnosisPage::populateCaChooser(const QString& currentKey)
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

void DiagnosisPage::setName(const QString& name)
{
    m_name->setText(name);
}

void DiagnosisPage::checkName(const QString& name)
{
    m_name->setText(name);
    m_wildcard->setChecked(false);
    check();
}

CaProfile DiagnosisPage::selectedProfile() const
{
    const int index = m_ca->findText(m_ca->currentText());
    const QString key = index >= 0 ? m_ca->itemData(index).toString() : m_ca->currentText().trimmed();
    return CaDirectory::builtin().profile(key);
}

void DiagnosisPage::check()
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
        setInlineError(
            whole ? tr("“%1” is not a name a certificate can have: %2.").arg(shown, MessageCatalogue::nameError(error))
                  : tr("“%1” is not a name a certificate can have: %2 (at character %3).")
                        .arg(shown, MessageCatalogue::nameError(error), QString::number(error.begin + 1)));
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
    if (!m_session->hasSource())
        return;
    m_settings->addRecentName(m_name->text().trimmed());
    const QStringList recentBefore = m_settings->recentCas();
    m_settings->setLastCa(profile.key);
    if (m_settings->recentCas() != recentBefore) // the chooser's order changes only when a new CA leads
        populateCaChooser(profile.key);
    m_nameservers->clear();
    m_tabs->setTabText(2, tr("Nameservers")); // no count of another name's findings
    m_climbModel->setCancelled(false);
    if (m_session->start(request, profile) == DiagnosisSession::Start::WaitingForZones) {
        Q_EMIT statusChanged(tr("%1 is checked when the zone files are read.").arg(request.name.displayText()));
        return;
    }
    if (m_evidenceBanner) { // a fresh check replaces the reopened evidence
        m_errorSummary->hide();
        m_evidenceBanner = false;
        setSourceChoices(m_sourceText);
    }
    updateAuditProfiles();
    m_nsFindings->setText(request.name.isIpAddress()
                              ? tr("An IP address has no nameservers to ask: CAA applies to domain names only.")
                              : !m_session->zonesAreSource() ? tr("Asking every authoritative nameserver directly…")
                                                             : tr("Zone files have no nameservers to ask: check live "
                                                                  "DNS for this."));
    m_check->setText(m_session->isRunning() ? tr("Cancel") : tr("Check")); // an IP address is done at once
    if (m_session->isRunning())
        Q_EMIT statusChanged(tr("Checking %1…").arg(request.name.displayText()));
    Q_EMIT subjectChanged(request.name.displayText());
    showDiagnosis();
    Q_EMIT reportStateChanged(); // nothing to export or save until this check is finished
}

void DiagnosisPage::checkFinishedRunning()
{
    showDiagnosis();
    m_check->setText(tr("Check"));
    const Diagnosis& d = *m_session->shown();
    if (d.request.name.isIpAddress())
        Q_EMIT statusChanged(tr("%1 is an IP address: nothing to look up").arg(d.request.name.displayText()));
    else if (d.climb.resolverUnreachable)
        Q_EMIT statusChanged(tr("%1 answered none of the %2 queries")
                                 .arg(d.sourceDetails.join(QStringLiteral(", ")))
                                 .arg(d.climb.nodes.size()));
    else
        Q_EMIT statusChanged(tr("%1 names asked at once · answered in %2 ms · %3")
                                 .arg(d.climb.nodes.size())
                                 .arg(d.elapsedMs)
                                 .arg(d.sourceKind == QLatin1String("zone")
                                          ? tr("from zone files")
                                          : d.sourceDetails.join(QStringLiteral(", "))));
    if (d.request.name.isIpAddress())
        showRung(-1);
    Q_EMIT reportStateChanged();
    Q_EMIT checkFinished();
}

void DiagnosisPage::matrixFinishedRunning()
{
    if (const Diagnosis* d = m_session->shown(); d && d->hasNsMatrix) {
        showMatrix(d->nsMatrix);
        showDiagnosis();
        showRung(m_climb->currentRow()); // the servers' answers join the resolver's
        Q_EMIT reportStateChanged();
    } else if (const NsMatrix* matrix = m_session->matrix()) {
        showMatrix(*matrix);
    }
    Q_EMIT matrixFinished();
}

void DiagnosisPage::showDiagnosis()
{
    const Diagnosis* shown = m_session->shown();
    if (!shown)
        return;
    const Diagnosis& d = *shown;
    m_climbModel->setDiagnosis(d);
    m_climb->setPlaceholderText(d.request.name.isIpAddress()
                                    ? tr("%1 is an IP address: there is no DNS name to climb and no nameserver to "
                                         "ask. CAA applies to domain names only (RFC 8659), so no CAA record can "
                                         "stop a CA from issuing for it.")
                                          .arg(d.request.name.displayText())
                                    : QString());
    showVerdict(d);
    const Verdict& v = d.verdicts.first();
    if (v.outcome == Outcome::Pending) {
        m_who->show(nullptr, false, false);
        return;
    }
    showWhoIssues();
    m_grid->setDiagnosis(d);
    // The records of the relevant set.
    const Climb verdictClimb = d.climbFor(v);
    m_records->setRecords(v.relevantNode >= 0 && v.relevantNode < verdictClimb.nodes.size()
                              ? verdictClimb.nodes[v.relevantNode].records
                              : QList<CaaResourceRecord>());
    if (m_climb->currentRow() < 0 && v.relevantNode >= 0)
        m_climb->setCurrentRow(v.relevantNode);
}

void DiagnosisPage::showWhoIssues()
{
    const Diagnosis* d = m_session->shown();
    if (!d || d->verdicts.isEmpty() || d->verdicts.first().outcome == Outcome::Pending) {
        m_who->show(nullptr, false, false);
        m_whoNote->hide();
        return;
    }
    // The headline answers for the CA chosen; when who issues in fact is refused, the verdict says so at once.
    const QString note = MessageCatalogue::whoIssuesNote(*d);
    m_whoNote->setText(note);
    m_whoNote->setVisible(!note.isEmpty());
    m_who->show(d, m_session->isWhoRunning(), m_session->zonesAreSource() && !m_session->showsEvidence());
    m_who->setEnabled(!m_stale);
    m_grid->setDiagnosis(*d); // the served CA and the platform's CAs are rows of the grid
}

void DiagnosisPage::chooseCertificateFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate in Use"), m_settings->lastOpenFolder(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        useCertificateFile(path);
}

bool DiagnosisPage::useCertificateFile(const QString& path)
{
    CertificateReadError error = CertificateReadError::None;
    QString systemError;
    int damaged = 0;
    const CertificateChain chain = readCertificateFile(path, &error, &systemError, &damaged);
    if (chain.isEmpty()) {
        const QString why
            = error == CertificateReadError::CannotOpen ? systemError : MessageCatalogue::certificateReadError(error);
        setInlineError(tr("%1: %2 The certificate in use is unchanged.").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
    setInlineError(QString());
    m_session->useCertificate(chain, path);
    Q_EMIT message(damaged ? tr("Read the certificate in use from %1 (%n damaged blocks skipped).", nullptr, damaged)
                                 .arg(QFileInfo(path).fileName())
                           : tr("Read the certificate in use from %1.").arg(QFileInfo(path).fileName()),
                   4000);
    return true;
}

void DiagnosisPage::dragEnterEvent(QDragEnterEvent* event)
{
    // One certificate file dropped on this page is the certificate in use; everything else goes to the window
    // (zone files, lists, bundles).
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        CertificateReadError error = CertificateReadError::None; // only regular files are read: never a pipe
        if (!readCertificateFile(urls.first().toLocalFile(), &error).isEmpty()) {
            event->acceptProposedAction();
            return;
        }
    }
    event->ignore();
}

void DiagnosisPage::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && useCertificateFile(urls.first().toLocalFile())) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
}

void DiagnosisPage::showVerdict(const Diagnosis& d)
{
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
    const QString headline = MessageCatalogue::verdictHeadline(v, p.displayName, d.request.name.displayText());
    m_headline->setText(headline);
    m_headline->setStyleSheet(QStringLiteral("color: %1;").arg(accent.name()));
    // A question changed since: the old answer stays readable but grey, and says what it answers.
    for (QWidget* w : std::initializer_list<QWidget*> { m_verdictBox, m_diffBox, m_fixBox, m_notes, m_who })
        w->setEnabled(!m_stale);
    if (m_stale) {
        m_headline->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_headline->setText(tr("%1 (out of date: press Check)").arg(headline));
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
    const QList<IssuerDiffRow> rows = issuerDiffRows(d, v, p.displayName);
    m_diff->setRows(rows);
    m_diffBox->setVisible(!rows.isEmpty());
    showFixCards(v);
    // Notes: the other findings, briefly.
    QStringList notes;
    for (int i = 1; i < v.findings.size(); ++i) {
        if (std::none_of(rows.begin(), rows.end(), [i](const IssuerDiffRow& r) { return r.finding == i; }))
            notes.append(QStringLiteral("<li>%1</li>")
                             .arg(MessageCatalogue::finding(v.findings[i], p.displayName).toHtmlEscaped()));
    }
    m_notes->setText(notes.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(notes.join(QString())));
    m_notes->setVisible(!notes.isEmpty());
    keepLabelsNarrow();
}

void DiagnosisPage::showFixCards(const Verdict& v)
{
    // Cards are updated in place: a refresh while answers arrive (or the same verdict judged again) keeps them, their
    // focus and their place; only a different number of fixes adds or removes cards.
    const int before = int(m_cards.size());
    for (int i = 0; i < v.fixes.size(); ++i) {
        const Fix& fix = v.fixes[i];
        bool canApply = m_session->zonesAreSource() && !m_session->showsEvidence() && !fix.edits.isEmpty();
        for (const RecordEdit& e : fix.edits)
            canApply = canApply && e.location.isValid() && e.location.zone >= 0
                && e.location.zone < m_zones->workspace().zoneCount();
        if (i < m_cards.size()) {
            m_cards[i]->setFix(fix, canApply);
            continue;
        }
        auto* card = new FixCard(fix, canApply, m_fixBox);
        connect(card, &FixCard::applyRequested, this, &DiagnosisPage::applyFix);
        connect(card, &FixCard::copied, this,
                [this](const QString& what) { Q_EMIT message(tr("Copied the %1.").arg(what), 4000); });
        m_fixLayout->insertWidget(m_fixLayout->count() - 1, card); // above the provider note
        m_cards.append(card);
    }
    while (m_cards.size() > v.fixes.size())
        delete m_cards.takeLast();
    m_fixBox->setVisible(!v.fixes.isEmpty());
    if (m_cards.size() != before) {
        // Cards made now would come last in the Tab order (after the detail tables): put them where they are seen.
        QWidget* previous = m_rightScroll;
        for (FixCard* card : std::as_const(m_cards)) {
            for (QWidget* button : card->focusOrder()) {
                QWidget::setTabOrder(previous, button);
                previous = button;
            }
        }
    }
    Q_EMIT fixesShown(!v.fixes.isEmpty());
}

void DiagnosisPage::copyFirstFix()
{
    if (!m_cards.isEmpty())
        m_cards.first()->copyZoneLines();
}

void DiagnosisPage::fitDiagnosis()
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

void DiagnosisPage::applyFix(const Fix& fix)
{
    QString error;
    if (!m_zones->applyEdits(MessageCatalogue::fixTitle(fix), fix.edits, &error))
        setInlineError(tr("This fix cannot be applied: %1").arg(error));
}

void DiagnosisPage::updatePending()
{
    m_pendingLabel->setText(tr("%n edit(s) to the zone files, not saved yet.", "", m_zones->editCount()));
    m_pendingBar->setVisible(m_zones->isModified());
}

void DiagnosisPage::updateAuditProfiles()
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
    for (const CaProfile& p : m_zones->profiles())
        before.append(p.key);
    for (const CaProfile& p : profiles)
        after.append(p.key);
    if (before != after)
        m_zones->setProfiles(profiles);
}

void DiagnosisPage::showMatrix(const NsMatrix& matrix)
{
    m_nameservers->setMatrix(matrix);
    QStringList lines;
    for (const Finding& f : matrix.findings)
        lines.append(QStringLiteral("• ") + MessageCatalogue::finding(f));
    m_nsFindings->setText(lines.isEmpty() ? tr("Every authoritative nameserver answers the same, for CAA too.")
                                          : lines.join(QLatin1Char('\n')));
    if (!matrix.findings.isEmpty())
        m_tabs->setTabText(2, tr("Nameservers (%1)").arg(matrix.findings.size()));
}

void DiagnosisPage::rejudgeShown()
{
    const Diagnosis* shown = m_session->shown();
    if (!shown || !m_session->hasFinished())
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
    const QString shownName = shown->request.name.displayText(); // before a rejudge replaces it
    const bool usable = request.name.isValid() && !profile.key.isEmpty()
        && (request.accountUri.isEmpty() || isAccountUri(request.accountUri));
    m_stale = !asked && !(usable && m_session->rejudge(request, profile));
    showDiagnosis();
    Q_EMIT statusChanged(m_stale
                             ? tr("The verdict on show is for %1: press Check for the question above.").arg(shownName)
                             : tr("Judged again from the same answers: no new lookup was needed."));
}

void DiagnosisPage::showRung(int row)
{
    const Diagnosis* d = m_session->shown();
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

bool DiagnosisPage::openEvidence(const QString& path)
{
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
    m_session->showEvidence(bundle.diagnosis);
    m_check->setText(tr("Check"));
    const Diagnosis& d = *m_session->shown();
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
    // The source box says where the answers on show come from; Check asks the source in use again.
    setSourceChoices(tr("Evidence bundle %1 (offline)").arg(QFileInfo(path).fileName()), false);
    m_climb->setCurrentRow(-1);
    showDiagnosis();
    m_nameservers->clear();
    if (d.hasNsMatrix)
        showMatrix(d.nsMatrix);
    else
        m_nsFindings->setText(tr("The bundle has no nameserver answers."));
    Q_EMIT subjectChanged(tr("%1 (evidence)").arg(d.request.name.displayText()));
    Q_EMIT statusChanged(tr("Evidence bundle %1: re-evaluated offline").arg(QDir::toNativeSeparators(path)));
    Q_EMIT reportStateChanged();
    Q_EMIT checkFinished();
    return true;
}

} // namespace caa
