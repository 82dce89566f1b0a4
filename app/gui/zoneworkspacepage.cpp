#include "zoneworkspacepage.h"

#include "caa/dnssource.h"
#include "icons.h"
#include "livebatch.h"
#include "messagecatalogue.h"
#include "problemsmodel.h"
#include "providerforms.h"
#include "statuscolors.h"
#include "zonenamesmodel.h"
#include "zonesession.h"
#include "zonetextview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caa {

namespace {

// The most names compared with live DNS at once; a bigger zone's first names are compared (the summary says so).
constexpr int kLiveLimit = 5000;

QString recordSetText(const QList<CaaResourceRecord>& records)
{
    QStringList parts;
    for (const CaaResourceRecord& r : records)
        parts.append(r.rdata.toPresentation());
    parts.sort();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ZoneWorkspacePage::ZoneWorkspacePage(ZoneSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_live(new LiveBatch(this))
    , m_names(new ZoneNamesModel(this))
    , m_problems(new ProblemsModel(this))
{
    connect(m_live, &LiveBatch::itemReady, this, &ZoneWorkspacePage::liveItem);
    connect(m_live, &LiveBatch::finished, this, &ZoneWorkspacePage::finishLive);
    auto* outer = new QVBoxLayout(this);

    // Actions and the filter.
    auto* bar = new QHBoxLayout;
    auto* open = new QPushButton(themedIcon(QStringLiteral("document-open")), tr("Open…"), this);
    open->setToolTip(tr("Open zone files (or drop them on the window)"));
    connect(open, &QPushButton::clicked, this, &ZoneWorkspacePage::openRequested);
    bar->addWidget(open);
    m_saveButton = new QPushButton(themedIcon(QStringLiteral("document-save")), tr("Save…"), this);
    m_saveButton->setToolTip(tr("Review the changes, then write them: the SOA serial goes up and the original is kept "
                                "as FILE.orig"));
    connect(m_saveButton, &QPushButton::clicked, this, &ZoneWorkspacePage::saveRequested);
    bar->addWidget(m_saveButton);
    auto* saveAs = new QPushButton(tr("Save As…"), this);
    connect(saveAs, &QPushButton::clicked, this, &ZoneWorkspacePage::saveAsRequested);
    bar->addWidget(saveAs);
    m_exportButton = new QToolButton(this);
    m_exportButton->setText(tr("Export Changes"));
    m_exportButton->setToolTip(tr("The CAA records the edits add and remove, for a DNS provider's panel"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Zone-file lines"), this, [this] {
        QApplication::clipboard()->setText(exportChanges(-1));
        Q_EMIT copied(tr("changed records as zone-file lines"));
    });
    QMenu* forms = exportMenu->addMenu(tr("Web form fields for"));
    for (const ProviderForms::Provider p : ProviderForms::all())
        forms->addAction(ProviderForms::name(p), this, [this, p] {
            QApplication::clipboard()->setText(exportChanges(int(p)));
            Q_EMIT copied(tr("changed records as form fields for %1").arg(ProviderForms::name(p)));
        });
    m_exportButton->setMenu(exportMenu);
    bar->addWidget(m_exportButton);
    m_liveButton = new QPushButton(tr("Compare with Live DNS"), this);
    m_liveButton->setToolTip(tr("Check the same names in published DNS and show where it differs from the files"));
    connect(m_liveButton, &QPushButton::clicked, this, [this] {
        if (m_live->isRunning())
            cancelLive();
        else
            compareWithLive();
    });
    bar->addWidget(m_liveButton);
    bar->addSpacing(12);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter names"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter names"));
    bar->addWidget(m_filter, 1);
    m_problemsOnly = new QCheckBox(tr("Only &problems"), this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setToolTip(tr("Only the names the chosen CA would refuse, or for which it cannot tell"));
    bar->addWidget(m_problemsOnly);
    outer->addLayout(bar);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_names->setFilterText(m_filter->text());
        updateSummary();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_names->setProblemsOnly(on);
        updateSummary();
    });
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    // Progress while reading, with Cancel.
    m_busyRow = new QWidget(this);
    auto* busy = new QHBoxLayout(m_busyRow);
    busy->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_busyRow);
    busy->addWidget(m_progressText);
    m_progress = new QProgressBar(m_busyRow);
    m_progress->setRange(0, 100);
    busy->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel"), m_busyRow);
    connect(m_cancel, &QPushButton::clicked, m_session, &ZoneSession::cancel);
    busy->addWidget(m_cancel);
    m_busyRow->hide();
    outer->addWidget(m_busyRow);
    connect(m_session, &ZoneSession::busyChanged, this, &ZoneWorkspacePage::updateBusy);
    connect(m_session, &ZoneSession::progress, this, [this](int percent, const QString& what) {
        m_progress->setValue(percent);
        m_progressText->setText(what);
    });

    // Messages: files that could not be read; files changed on disk.
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors(palette()).error.name()));
    m_banner->hide();
    outer->addWidget(m_banner);
    m_diskBanner = new QFrame(this);
    auto* disk = new QHBoxLayout(m_diskBanner);
    disk->setContentsMargins(0, 0, 0, 0);
    m_diskLabel = new QLabel(m_diskBanner);
    m_diskLabel->setWordWrap(true);
    disk->addWidget(m_diskLabel, 1);
    auto* reload = new QPushButton(tr("Reload from Disk"), m_diskBanner);
    connect(reload, &QPushButton::clicked, this, [this] {
        m_diskBanner->hide();
        m_session->reload();
    });
    disk->addWidget(reload);
    auto* keep = new QPushButton(tr("Keep My Version"), m_diskBanner);
    keep->setToolTip(tr("Your edits stay; saving in place is refused while the file differs, so use Save As"));
    connect(keep, &QPushButton::clicked, m_diskBanner, &QWidget::hide);
    disk->addWidget(keep);
    m_diskBanner->hide();
    outer->addWidget(m_diskBanner);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* leftSplit = new QSplitter(Qt::Vertical, split);
    auto* namesBox = new QWidget(leftSplit);
    auto* namesLayout = new QVBoxLayout(namesBox);
    namesLayout->setContentsMargins(0, 0, 0, 0);
    m_summary
        = new QLabel(tr("Open or drop zone files: every name in them with CAA, and what each CA decides."), namesBox);
    m_summary->setWordWrap(true);
    namesLayout->addWidget(m_summary);
    m_namesView = new QTableView(namesBox);
    m_namesView->setModel(m_names);
    m_namesView->setSortingEnabled(true);
    m_namesView->sortByColumn(-1, Qt::AscendingOrder);
    m_namesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_namesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_namesView->setDragEnabled(true);
    m_namesView->setDragDropMode(QAbstractItemView::DragOnly);
    m_namesView->verticalHeader()->hide();
    m_namesView->verticalHeader()->setDefaultSectionSize(m_namesView->fontMetrics().lineSpacing() + 6);
    m_namesView->horizontalHeader()->setStretchLastSection(true);
    m_namesView->setWordWrap(false);
    m_namesView->horizontalHeader()->setResizeContentsPrecision(200); // widths from the first rows, not all
    m_namesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_namesView->setAccessibleName(tr("Names in the zone files"));
    m_namesView->setToolTip(tr("Double-click a name to see its full diagnosis"));
    namesLayout->addWidget(m_namesView, 1);
    connect(m_namesView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT checkRequested(index.data(ZoneNamesModel::NameRole).toString());
    });
    connect(m_namesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showLine(current.data(ZoneNamesModel::ZoneRole).toInt(),
                             current.data(ZoneNamesModel::FileRole).toInt(),
                             current.data(ZoneNamesModel::LineRole).toInt());
            });
    leftSplit->addWidget(namesBox);

    m_bottomTabs = new QTabWidget(leftSplit);
    auto* problemsPage = new QWidget(m_bottomTabs);
    auto* problemsLayout = new QVBoxLayout(problemsPage);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problemsView = new QTableView(problemsPage);
    m_problemsView->setModel(m_problems);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setWordWrap(false);
    m_problemsView->horizontalHeader()->setResizeContentsPrecision(100);
    m_problemsView->verticalHeader()->setDefaultSectionSize(m_problemsView->fontMetrics().lineSpacing() + 6);
    m_problemsView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problemsView->setAccessibleName(tr("Problems in the zone files"));
    problemsLayout->addWidget(m_problemsView, 1);
    auto* quickFix = new QPushButton(tr("Apply &Quick Fix"), problemsPage);
    quickFix->setEnabled(false);
    m_fixAll = new QPushButton(tr("Apply All Quick Fixes"), problemsPage);
    m_fixAll->setToolTip(tr("Every quick fix of the list at once, as one step to undo"));
    m_fixAll->setEnabled(false);
    connect(m_fixAll, &QPushButton::clicked, this, [this] { applyAllQuickFixes(); });
    auto* fixRow = new QHBoxLayout;
    fixRow->addStretch();
    fixRow->addWidget(m_fixAll);
    fixRow->addWidget(quickFix);
    problemsLayout->addLayout(fixRow);
    // The list is rebuilt after every edit: the button follows what is selected then (it stayed enabled on an
    // empty list).
    auto followSelection = [this, quickFix] {
        const QModelIndex current = m_problemsView->currentIndex();
        quickFix->setEnabled(current.isValid() && current.data(ProblemsModel::HasFixRole).toBool());
    };
    connect(m_problems, &QAbstractItemModel::modelReset, quickFix, followSelection);
    connect(m_problems, &QAbstractItemModel::rowsRemoved, quickFix, followSelection);
    connect(m_problemsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, quickFix](const QModelIndex& current) {
                quickFix->setEnabled(current.isValid() && current.data(ProblemsModel::HasFixRole).toBool());
                if (current.isValid())
                    showLine(current.data(ProblemsModel::ZoneRole).toInt(),
                             current.data(ProblemsModel::FileRole).toInt(),
                             current.data(ProblemsModel::LineRole).toInt());
            });
    connect(quickFix, &QPushButton::clicked, this, [this] { applyQuickFix(m_problemsView->currentIndex().row()); });
    connect(m_problemsView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(ProblemsModel::HasFixRole).toBool())
            applyQuickFix(index.row());
    });
    m_bottomTabs->addTab(problemsPage, tr("Problems"));
    m_changes = new QPlainTextEdit(m_bottomTabs);
    m_changes->setReadOnly(true);
    m_changes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_changes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_changes->setPlaceholderText(tr("No unsaved changes. Edit a CAA record, apply a quick fix or a fix card: the "
                                     "difference to the file on disk shows here."));
    m_bottomTabs->addTab(m_changes, tr("Changes"));
    leftSplit->addWidget(m_bottomTabs);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 2);
    split->addWidget(leftSplit);

    // The text, and the record editor under it.
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_fileBox = new QComboBox(right);
    m_fileBox->setAccessibleName(tr("Zone file shown"));
    m_fileBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fileBox->setMinimumContentsLength(24);
    connect(m_fileBox, &QComboBox::activated, this, [this](int index) {
        const QPoint zf = m_fileBox->itemData(index).toPoint();
        showFile(zf.x(), zf.y());
    });
    rightLayout->addWidget(m_fileBox);
    m_text = new ZoneTextView(right);
    rightLayout->addWidget(m_text, 1);
    connect(m_text, &ZoneTextView::activated, this, [this] { editCurrentLine(); });
    auto* editorBox = new QFrame(right);
    editorBox->setFrameShape(QFrame::StyledPanel);
    auto* editor = new QGridLayout(editorBox);
    m_recordWhere = new QLabel(kEditorHint(), editorBox);
    m_recordWhere->setWordWrap(true);
    editor->addWidget(m_recordWhere, 0, 0, 1, 4);
    m_recordEdit = new QLineEdit(editorBox);
    m_recordEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recordEdit->setAccessibleName(tr("CAA record text"));
    m_recordEdit->setPlaceholderText(QStringLiteral("@  3600  IN  CAA  0 issue \"letsencrypt.org\""));
    m_recordEdit->setEnabled(false);
    editor->addWidget(m_recordEdit, 1, 0, 1, 4);
    m_applyRecord = new QPushButton(tr("&Apply"), editorBox);
    m_applyRecord->setToolTip(tr("Replace the record with this text and check every name again (undo: Ctrl+Z)"));
    m_addRecord = new QPushButton(tr("Add as &New Record"), editorBox);
    m_removeRecord = new QPushButton(tr("&Remove Record"), editorBox);
    for (QPushButton* b : { m_applyRecord, m_addRecord, m_removeRecord })
        b->setEnabled(false);
    editor->addWidget(m_applyRecord, 2, 0);
    editor->addWidget(m_addRecord, 2, 1);
    editor->addWidget(m_removeRecord, 2, 2);
    editor->setColumnStretch(3, 1);
    m_recordError = new QLabel(editorBox);
    m_recordError->setWordWrap(true);
    m_recordError->setStyleSheet(QStringLiteral("color: %1;").arg(StatusColors(palette()).error.name()));
    m_recordError->hide();
    editor->addWidget(m_recordError, 3, 0, 1, 4);
    rightLayout->addWidget(editorBox);
    connect(m_recordEdit, &QLineEdit::returnPressed, this, [this] { applyRecordText(m_recordEdit->text()); });
    connect(m_applyRecord, &QPushButton::clicked, this, [this] { applyRecordText(m_recordEdit->text()); });
    connect(m_addRecord, &QPushButton::clicked, this, [this] { addRecordAfter(m_recordEdit->text()); });
    connect(m_removeRecord, &QPushButton::clicked, this, [this] { removeRecord(); });
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    outer->addWidget(split, 1);

    m_liveRefresh = new QTimer(this);
    m_liveRefresh->setInterval(100);
    connect(m_liveRefresh, &QTimer::timeout, this, [this] {
        m_names->refreshLive();
        updateSummary();
    });

    connect(m_session, &ZoneSession::loaded, this, [this] {
        cancelLive(); // its names may be gone; its counts belong to the files it started with
        m_zone = -1;
        m_names->clearLive();
        m_liveTotal = 0;
        refresh();
    });
    connect(m_session, &ZoneSession::workingChanged, this, &ZoneWorkspacePage::refresh);
    connect(m_session, &ZoneSession::auditChanged, this, &ZoneWorkspacePage::refresh);
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] { updateSummary(); });
    connect(&m_diffWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_diffWatcher.isCanceled() && m_diffWatcher.future().resultCount() > 0)
            m_changes->setPlainText(m_diffWatcher.result());
        Q_EMIT changesShown();
    });
    refresh();
}

ZoneWorkspacePage::~ZoneWorkspacePage() = default;

QString ZoneWorkspacePage::kEditorHint()
{
    return tr("Double-click a CAA record (or press Enter on it) to edit it here.");
}

QString ZoneWorkspacePage::recordWhereText() const
{
    return m_recordWhere->text();
}

void ZoneWorkspacePage::updateBusy(bool busy)
{
    m_busyRow->setVisible(busy);
    if (busy) {
        m_progress->setValue(0);
        m_progressText->setText(tr("Reading…"));
    }
}

void ZoneWorkspacePage::refresh()
{
    const ZoneWorkspace& ws = m_session->workspace();
    QStringList fileNames;
    QList<QStringList> files;
    for (int z = 0; z < ws.zoneCount(); ++z) {
        fileNames.append(QFileInfo(ws.diskZone(z)->files().value(0).path).fileName());
        QStringList names;
        for (const ZoneSourceFile& f : ws.diskZone(z)->files())
            names.append(f.path);
        files.append(names);
    }
    // Keep the row the person was on across an edit.
    const QString currentName = m_namesView->currentIndex().data(ZoneNamesModel::NameRole).toString();
    m_names->setAudit(m_session->audit(), fileNames);
    if (!currentName.isEmpty()) {
        const int row = m_names->rowOfName(currentName);
        if (row >= 0)
            m_namesView->setCurrentIndex(m_names->index(row, 0));
    }
    // Column widths follow the contents when the table's shape changes, not on every edit (sampling rows costs time
    // in a big zone, and widths that jump under the pointer are a nuisance).
    const QPair<int, bool> shape(m_names->columnCount(), m_names->rowCount() > 0);
    if (shape != m_namesShape) {
        m_namesShape = shape;
        m_namesView->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
        // Names and verdicts capped, so that the main finding (last, stretched) stays in view.
        for (int c = 0; c + 1 < m_names->columnCount(); ++c)
            m_namesView->setColumnWidth(
                c, std::min(m_namesView->columnWidth(c), c < m_names->firstVerdictColumn() ? 240 : 220));
    }
    // Every column's state is set again: the header keeps hidden sections by index across a reset, and the columns
    // move when the CAs change (the live column's index with no CA yet was the chosen CA's column afterwards).
    for (int c = 0; c < m_names->columnCount(); ++c)
        m_namesView->setColumnHidden(c, c == m_names->liveColumn() && m_liveTotal == 0); // live: shown once compared
    // A column shown again (or new) keeps the width it had hidden: a verdict column read "En" and "…". Each CA's
    // column is at least as wide as its name, and no wider than a verdict needs.
    const QFontMetrics header(m_namesView->horizontalHeader()->font());
    for (int c = m_names->firstVerdictColumn(); c < m_names->liveColumn(); ++c) {
        const int wanted
            = header.horizontalAdvance(m_names->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) + 28;
        if (m_namesView->columnWidth(c) < wanted)
            m_namesView->setColumnWidth(c, std::min(wanted, 220));
    }
    m_problems->setFindings(m_session->findings(), files);
    int fixable = 0;
    for (const LintFinding& f : m_session->findings())
        fixable += f.fix.edits.isEmpty() ? 0 : 1;
    m_fixAll->setText(fixable > 1 ? tr("Apply All %1 Quick Fixes").arg(fixable) : tr("Apply All Quick Fixes"));
    m_fixAll->setEnabled(fixable > 1);
    const int errors = m_problems->errorCount();
    m_bottomTabs->setTabText(
        0, m_problems->rowCount() == 0 ? tr("Problems") : tr("Problems (%1)").arg(m_problems->rowCount()));
    m_bottomTabs->setTabText(1, m_session->isModified() ? tr("Changes (unsaved)") : tr("Changes"));
    updateChanges();
    if (m_problemsSized != (m_problems->rowCount() > 0)) {
        m_problemsSized = m_problems->rowCount() > 0;
        for (int c : { 0, 1, 3 })
            m_problemsView->resizeColumnToContents(c);
        // The problem's sentence gets the room; a long file name or fix title is cut (its tooltip has it all).
        m_problemsView->setColumnWidth(1, std::min(m_problemsView->columnWidth(1), 180));
        m_problemsView->setColumnWidth(3, std::min(m_problemsView->columnWidth(3), 170));
    }

    QStringList problems = m_otherProblems + m_session->problemTexts();
    for (const QStringList& zoneFiles : std::as_const(files)) {
        for (const QString& f : zoneFiles) {
            if (!QFileInfo(f).isWritable())
                problems.append(
                    tr("%1 is read-only: edits to it can be saved with Save As.").arg(QDir::toNativeSeparators(f)));
        }
    }
    m_banner->setText(problems.join(QLatin1Char('\n')));
    m_banner->setVisible(!problems.isEmpty());
    if (errors > 0 && m_bottomTabs->currentIndex() != 0)
        m_bottomTabs->setCurrentIndex(0);

    // The file list: each zone's main file and its includes.
    m_fileBox->clear();
    for (int z = 0; z < ws.zoneCount(); ++z) {
        const auto& zf = ws.diskZone(z)->files();
        for (int f = 0; f < zf.size(); ++f)
            m_fileBox->addItem(f == 0 ? QFileInfo(zf[f].path).fileName()
                                      : QStringLiteral("   ↳ %1").arg(QFileInfo(zf[f].path).fileName()),
                               QPoint(z, f));
    }
    if (ws.zoneCount() == 0) {
        m_zone = m_file = -1;
        m_text->setContent({});
    } else {
        const int zone = m_zone >= 0 && m_zone < ws.zoneCount() ? m_zone : 0;
        const int file = m_zone == zone && m_file >= 0 ? m_file : 0;
        const int line = m_text->currentLine();
        m_zone = -1; // reload the text: it may have changed
        showFile(zone, file);
        if (line > 0)
            m_text->setCurrentLine(line);
    }
    // The record on show may be gone or moved (an edit, an undo): the editor no longer names its place.
    m_editRecord = -1;
    m_recordEdit->setEnabled(false);
    m_recordWhere->setText(kEditorHint());
    for (QPushButton* b : { m_applyRecord, m_addRecord, m_removeRecord })
        b->setEnabled(false);
    const bool any = ws.zoneCount() > 0;
    m_liveButton->setEnabled(any);
    updateSummary();
}

void ZoneWorkspacePage::updateChanges()
{
    if (!m_session->isModified()) {
        m_diffWatcher.cancel();
        m_changes->clear();
        return;
    }
    // A diff of a big file takes a while: made in a worker, from a copy of the workspace (its texts are shared, not
    // copied), and shown when done. A newer edit's diff replaces an older one still running.
    m_diffWatcher.setFuture(QtConcurrent::run([ws = m_session->workspace()] { return ws.unifiedDiff(); }));
}

void ZoneWorkspacePage::setOtherProblems(const QStringList& problems)
{
    m_otherProblems = problems;
    refresh();
}

QString ZoneWorkspacePage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString ZoneWorkspacePage::summaryText() const
{
    return m_summary->text();
}

void ZoneWorkspacePage::updateSummary()
{
    const bool modified = m_session->isModified();
    m_saveButton->setEnabled(modified);
    m_exportButton->setEnabled(modified);
    const auto audit = m_session->audit();
    if (!audit || m_session->isEmpty()) {
        m_summary->setText(tr("Open or drop zone files: every name in them with CAA, and what each CA decides."));
        return;
    }
    const auto counts = m_names->counts();
    QString text = tr("%n name(s) under a CAA set in %1", "", int(audit->rowCount())).arg(m_session->displayNames());
    const QString ca = audit->profiles().value(0).displayName;
    text += QStringLiteral(" · ")
        + tr("%1: %2 may issue, %3 will refuse, %4 cannot tell").arg(ca).arg(counts[0]).arg(counts[1]).arg(counts[2]);
    if (audit->namesWithoutCaa() > 0)
        text += QStringLiteral(" · ")
            + tr("%n name(s) without CAA in these files (their parent zones decide)", "",
                 int(audit->namesWithoutCaa()));
    if (m_names->rowCount() != audit->rowCount())
        text += QStringLiteral(" · ") + tr("%1 shown").arg(m_names->rowCount());
    if (m_liveTotal > 0)
        text += QStringLiteral(" · ")
            + (m_liveStopped ? tr("live DNS: %1 same, %2 differ, %3 not answered (stopped after %4 of %5 names)")
                             : tr("live DNS: %1 same, %2 differ, %3 not answered (%4 of %5 names)"))
                  .arg(m_liveSame)
                  .arg(m_liveDiffer)
                  .arg(m_liveFailed)
                  .arg(m_liveSame + m_liveDiffer + m_liveFailed)
                  .arg(m_liveTotal);
    if (modified)
        text += QStringLiteral(" · ") + tr("%n unsaved edit(s)", "", m_session->editCount());
    m_summary->setText(text);
}

void ZoneWorkspacePage::showFile(int zone, int file)
{
    const ZoneWorkspace& ws = m_session->workspace();
    if (zone < 0 || zone >= ws.zoneCount())
        return;
    if (zone == m_zone && file == m_file)
        return;
    if (zone != m_zone || file != m_file) { // the record being edited is not on show any more
        m_editRecord = -1;
        m_recordEdit->setEnabled(false);
        for (QPushButton* b : { m_applyRecord, m_addRecord, m_removeRecord })
            b->setEnabled(false);
    }
    m_zone = zone;
    m_file = file;
    m_text->setContent(ws.content(zone, file), m_session->layout(zone, file));
    QHash<int, ZoneTextView::Mark> marks;
    for (const LintFinding& f : m_session->findings()) {
        if (f.zone != zone || f.fileIndex != file)
            continue;
        ZoneTextView::Mark& mark = marks[f.line];
        if (mark != ZoneTextView::Mark::Error)
            mark = f.severity == Severity::Error ? ZoneTextView::Mark::Error : ZoneTextView::Mark::Warning;
    }
    m_text->setMarks(marks, [this, zone, file](int line) {
        QStringList sentences;
        for (const LintFinding& f : m_session->findings()) {
            if (f.zone == zone && f.fileIndex == file && f.line == line)
                sentences.append(MessageCatalogue::lintFinding(f));
        }
        return sentences.join(QLatin1Char('\n'));
    });
    const int index = m_fileBox->findData(QPoint(zone, file));
    if (index >= 0)
        m_fileBox->setCurrentIndex(index);
}

void ZoneWorkspacePage::showLine(int zone, int file, int line)
{
    showFile(zone, file);
    m_text->setCurrentLine(line);
}

qsizetype ZoneWorkspacePage::recordAtLine(int zone, int file, int line) const
{
    const auto working = m_session->workspace().workingZone(zone);
    if (!working)
        return -1;
    const QByteArray content = m_session->workspace().content(zone, file);
    for (qsizetype i = 0; i < working->recordCount(); ++i) {
        const ZoneRecord& r = working->record(i);
        if (r.file != file || int(r.line) > line)
            continue;
        const int span = int(QByteArrayView(content).sliced(r.begin, r.end - r.begin).count('\n'));
        if (line <= int(r.line) + span)
            return i;
    }
    return -1;
}

void ZoneWorkspacePage::editCurrentLine()
{
    m_recordError->hide();
    if (m_session->isStale()) {
        m_recordError->setText(tr("The previous edit is still being read; try again in a moment."));
        m_recordError->show();
        return;
    }
    const int line = m_text->currentLine();
    const qsizetype record = recordAtLine(m_zone, m_file, line);
    const auto working = m_session->workspace().workingZone(m_zone);
    if (record < 0 || !working) {
        m_recordWhere->setText(tr("Line %1 holds no record. Double-click a CAA record to edit it.").arg(line));
        return;
    }
    const ZoneRecord& r = working->record(record);
    m_editRecord = record;
    m_editZone = m_zone;
    QByteArray text = m_session->workspace().content(m_zone, m_file).mid(r.begin, r.end - r.begin);
    const bool caa = r.type == rrtype::CAA;
    const bool multiLine = text.contains('\n');
    m_recordEdit->setEnabled(true);
    m_addRecord->setEnabled(true);
    m_applyRecord->setEnabled(caa && !multiLine);
    m_removeRecord->setEnabled(caa);
    if (caa) {
        m_recordWhere->setText(
            multiLine ? tr("CAA record of %1, lines %2–%3: it spans lines, so it cannot be edited here (Remove it, "
                           "or add a corrected one after it).")
                            .arg(working->ownerOf(record))
                            .arg(r.line)
                            .arg(r.line + text.count('\n'))
                      : tr("CAA record of %1, line %2. Edit it, then Apply (Enter); Add as New Record keeps this one "
                           "and adds yours after it.")
                            .arg(working->ownerOf(record))
                            .arg(r.line));
        if (text.endsWith('\r'))
            text.chop(1);
        // A record that takes its owner from the line before gets it written out: the text then stands alone, and
        // the lines after it keep the same owner.
        if (!(r.flags & ZoneRecord::OwnerExplicit))
            text = working->ownerOf(record).toUtf8() + ". " + text.trimmed();
        m_recordEdit->setText(multiLine ? QString::fromUtf8(text).simplified() : QString::fromUtf8(text));
    } else {
        m_recordWhere->setText(tr("Line %1 is a %2 record of %3: only CAA records are edited here. Type a CAA record "
                                  "and Add as New Record to put it after this line.")
                                   .arg(r.line)
                                   .arg(typeName(r.type), working->ownerOf(record)));
        m_recordEdit->setText(
            QStringLiteral("%1. %2 IN CAA 0 issue \"letsencrypt.org\"").arg(working->ownerOf(record)).arg(r.ttl));
    }
    m_recordEdit->setFocus();
    m_recordEdit->selectAll();
}

bool ZoneWorkspacePage::validateRecord(const QString& text, QString* error, bool checkOwnerKept,
                                       std::shared_ptr<ZoneFile>* parsed) const
{
    const auto working = m_session->workspace().workingZone(m_zone);
    if (!working)
        return false;
    QByteArray line = text.toUtf8();
    if (line.contains('\n') || line.contains('\r')) {
        *error = tr("Write the record on one line.");
        return false;
    }
    if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t') && m_editRecord >= 0) // the owner is the previous one
        line.prepend(working->ownerOf(m_editRecord).toUtf8() + '.');
    ZoneLoadOptions options;
    options.origin = working->origin();
    const ZoneFile probe = ZoneFile::parse("$TTL 3600\n" + line + '\n', QStringLiteral("record"), options);
    if (!probe.errors().isEmpty()) {
        *error = tr("This is not a valid record: %1 (at character %2).")
                     .arg(probe.errors().first().message, QString::number(probe.errors().first().column));
        return false;
    }
    if (probe.recordCount() != 1 || probe.record(0).type != rrtype::CAA) {
        *error = tr("Write one CAA record: owner, TTL (optional), IN, CAA, flags, tag and value.");
        return false;
    }
    const QString owner = probe.ownerOf(0);
    const QString origin = working->origin();
    if (!origin.isEmpty() && owner != origin && !owner.endsWith(QLatin1Char('.') + origin)) {
        *error = tr("%1 is outside this zone (%2).").arg(owner, origin);
        return false;
    }
    if (checkOwnerKept && m_editRecord >= 0 && owner != working->ownerOf(m_editRecord)
        && m_editRecord + 1 < working->recordCount()) {
        const ZoneRecord& here = working->record(m_editRecord);
        const ZoneRecord& next = working->record(m_editRecord + 1);
        if (next.file == here.file && !(next.flags & ZoneRecord::OwnerExplicit)) {
            *error = tr("The lines after this record take their owner from it; keep the owner %1 here, or add the "
                        "record for %2 as a new record.")
                         .arg(working->ownerOf(m_editRecord), owner);
            return false;
        }
    }
    if (parsed)
        *parsed = std::make_shared<ZoneFile>(probe);
    return true;
}

bool ZoneWorkspacePage::applyRecordText(const QString& text)
{
    return writeRecord(text, false);
}

bool ZoneWorkspacePage::addRecordAfter(const QString& text)
{
    return writeRecord(text, true);
}

bool ZoneWorkspacePage::writeRecord(const QString& text, bool insertAfter)
{
    QString error;
    std::shared_ptr<ZoneFile> parsed;
    if (m_editRecord < 0 || m_editZone != m_zone) {
        error = insertAfter ? tr("Choose where: double-click a record in the text; the new one goes after it.")
                            : tr("Choose a CAA record first: double-click it in the text.");
    } else if (validateRecord(text, &error, !insertAfter, &parsed)) {
        bool done = false;
        if (insertAfter) {
            // As a record edit: the zone editor places it so that no following line changes owner.
            const auto working = m_session->workspace().workingZone(m_zone);
            RecordEdit add;
            add.kind = RecordEdit::AddRecord;
            add.owner = parsed->ownerOf(0);
            add.ttl = parsed->record(0).ttl;
            add.after = parsed->caa(0);
            add.location = working->location(m_editRecord);
            add.location.zone = m_zone;
            done = m_session->applyEdits(tr("Add a record after line %1").arg(working->record(m_editRecord).line),
                                         { add }, &error);
        } else {
            QByteArray bytes = text.toUtf8();
            if (!bytes.isEmpty() && (bytes[0] == ' ' || bytes[0] == '\t')) // "the owner of the line before": written
                bytes = m_session->workspace().workingZone(m_zone)->ownerOf(m_editRecord).toUtf8() + ". "
                    + bytes.trimmed();
            done = m_session->replaceRecord(m_zone, m_editRecord, bytes.trimmed(), &error);
        }
        if (done) {
            m_recordError->hide();
            return true;
        }
    }
    m_recordError->setText(error);
    m_recordError->setVisible(!error.isEmpty());
    return false;
}

bool ZoneWorkspacePage::removeRecord()
{
    QString error;
    const auto working = m_session->workspace().workingZone(m_zone);
    if (m_editRecord < 0 || m_editZone != m_zone || !working || m_editRecord >= working->recordCount()) {
        error = tr("Choose a CAA record first: double-click it in the text.");
    } else {
        // As a record edit: a following line that took its owner from this one gets the owner written out.
        RecordEdit remove;
        remove.kind = RecordEdit::RemoveRecord;
        remove.owner = working->ownerOf(m_editRecord);
        remove.ttl = working->record(m_editRecord).ttl;
        remove.before = working->caa(m_editRecord);
        remove.location = working->location(m_editRecord);
        remove.location.zone = m_zone;
        if (m_session->applyEdits(tr("Remove the record on line %1").arg(working->record(m_editRecord).line),
                                  { remove }, &error))
            return true;
    }
    m_recordError->setText(error);
    m_recordError->show();
    return false;
}

bool ZoneWorkspacePage::applyQuickFix(int row)
{
    if (row < 0 || row >= m_problems->rowCount())
        return false;
    const LintFinding& f = m_problems->finding(row);
    if (f.fix.edits.isEmpty())
        return false;
    QString error;
    if (!m_session->applyEdits(MessageCatalogue::fixTitle(f.fix), f.fix.edits, &error)) {
        m_recordError->setText(error);
        m_recordError->show();
        return false;
    }
    return true;
}

int ZoneWorkspacePage::applyAllQuickFixes()
{
    // One edit per record: when two findings fix the same record, the first one's fix is taken (the other finding
    // is looked at again after the parse).
    QList<RecordEdit> edits;
    QSet<QPair<int, qint64>> touched;
    int fixes = 0;
    for (const LintFinding& f : m_session->findings()) {
        bool clash = f.fix.edits.isEmpty();
        for (const RecordEdit& e : f.fix.edits)
            clash = clash
                || touched.contains({ e.location.zone, e.location.begin + (qint64(e.location.fileIndex) << 40) });
        if (clash)
            continue;
        for (const RecordEdit& e : f.fix.edits) {
            touched.insert({ e.location.zone, e.location.begin + (qint64(e.location.fileIndex) << 40) });
            edits.append(e);
        }
        ++fixes;
    }
    QString error;
    if (fixes == 0 || !m_session->applyEdits(tr("Apply %n quick fix(es)", "", fixes), edits, &error, fixes)) {
        m_recordError->setText(fixes == 0 ? tr("No problem in the list has a quick fix.") : error);
        m_recordError->show();
        return 0;
    }
    return fixes;
}

QString ZoneWorkspacePage::exportChanges(int provider) const
{
    const Fix changes = m_session->workspace().caaChanges();
    if (changes.edits.isEmpty())
        return {};
    if (provider >= 0)
        return ProviderForms::formText(ProviderForms::Provider(provider), changes);
    QStringList lines;
    for (const RecordEdit& e : changes.edits) {
        if (e.kind == RecordEdit::RemoveRecord)
            lines.append(tr("; remove: %1. %2 IN CAA %3").arg(e.owner).arg(e.ttl).arg(e.before.toPresentation()));
    }
    for (const RecordEdit& e : changes.edits) {
        if (e.kind != RecordEdit::RemoveRecord)
            lines.append(QStringLiteral("%1. %2 IN CAA %3").arg(e.owner).arg(e.ttl).arg(e.after.toPresentation()));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ZoneWorkspacePage::showChangedOnDisk(const QString& path)
{
    m_diskLabel->setText(tr("%1 changed on disk since it was opened. Reload it to see the new version (your %n "
                            "unsaved edit(s) would be dropped), or keep your version and save it with Save As.",
                            "", m_session->editCount())
                             .arg(QFileInfo(path).fileName()));
    m_diskBanner->show();
}

void ZoneWorkspacePage::compareWithLive()
{
    const auto audit = m_session->audit();
    if (!audit || audit->rowCount() == 0)
        return;
    const qsizetype count = std::min<qsizetype>(audit->rowCount(), kLiveLimit);
    QByteArray names;
    for (qsizetype i = 0; i < count; ++i)
        names += audit->nameView(i).toByteArray() + '\n';
    m_liveInput.close();
    m_liveInput.setData(names);
    m_liveInput.open(QIODevice::ReadOnly);
    m_names->clearLive();
    m_liveSame = m_liveDiffer = m_liveFailed = 0;
    m_liveStopped = false;
    QString error;
    if (!m_live->start(m_liveOptions, audit->profiles().first(), &m_liveInput, &error)) {
        m_banner->setText(error);
        m_banner->show();
        return;
    }
    m_liveTotal = int(count);
    m_liveButton->setText(tr("Stop Comparing"));
    m_namesView->setColumnHidden(m_names->liveColumn(), false);
    m_namesView->setColumnWidth(m_names->liveColumn(), 220);
    m_liveRefresh->start();
    updateSummary();
}

void ZoneWorkspacePage::cancelLive()
{
    m_liveStopped = m_live->isRunning(); // the summary says the comparison was stopped, not that it is complete
    m_live->cancel(); // finishLive() follows
}

void ZoneWorkspacePage::finishLive()
{
    m_liveRefresh->stop();
    m_names->refreshLive();
    m_liveButton->setText(tr("Compare with Live DNS"));
    updateSummary();
    Q_EMIT liveFinished();
}

void ZoneWorkspacePage::liveItem(const BatchRunner::Item& item)
{
    const Diagnosis& d = item.diagnosis;
    const QString name = item.text.trimmed();
    const auto set = m_session->workingSet();
    if (!item.isName() || d.verdicts.isEmpty() || !set)
        return;
    const Verdict& v = d.verdicts.first();
    // The failure that stopped the climb, if any.
    for (const LookupResult& n : d.climb.nodes) {
        if (n.isFailure()) {
            m_names->setLive(name, ZoneNamesModel::LiveState::Failed,
                             tr("%1 at %2").arg(MessageCatalogue::status(n.status), n.name));
            ++m_liveFailed;
            return;
        }
        if (n.hasRecords())
            break;
    }
    const QString liveRelevant = v.relevantNode >= 0 ? d.climb.nodes[v.relevantNode].name : QString();
    const QString liveSet = v.relevantNode >= 0 ? recordSetText(d.climb.nodes[v.relevantNode].records) : QString();
    // The file's side: the same climb through the working zones.
    QString fileRelevant, fileSet;
    const DomainName dn = DomainName::parse(name);
    for (const DomainName& n : dn.climb()) {
        const LookupResult r = set->lookupCaa(n.text());
        if (r.hasRecords()) {
            fileRelevant = n.text();
            fileSet = recordSetText(r.records);
            break;
        }
        if (r.status == LookupStatus::Unavailable)
            break;
    }
    if (liveRelevant == fileRelevant && liveSet == fileSet) {
        m_names->setLive(name, ZoneNamesModel::LiveState::Same, tr("same as the file"));
        ++m_liveSame;
    } else if (liveRelevant.isEmpty()) {
        m_names->setLive(name, ZoneNamesModel::LiveState::Differs,
                         tr("no CAA published: the file has %1 at %2").arg(fileSet, fileRelevant));
        ++m_liveDiffer;
    } else if (liveRelevant != fileRelevant) {
        m_names->setLive(name, ZoneNamesModel::LiveState::Differs,
                         tr("published at %1 (%2); the file has them at %3").arg(liveRelevant, liveSet, fileRelevant));
        ++m_liveDiffer;
    } else {
        m_names->setLive(name, ZoneNamesModel::LiveState::Differs, tr("published: %1; file: %2").arg(liveSet, fileSet));
        ++m_liveDiffer;
    }
}

} // namespace caa
