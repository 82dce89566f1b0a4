#include "batchpage.h"

#include "batchmodel.h"
#include "caa/dnssource.h"
#include "icons.h"
#include "livebatch.h"
#include "tableexport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace caa {

namespace {

// Sorting by the verdict column sorts by outcome; "only problems" hides the names every check permits.
class BatchProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool problemsOnly = false;
    void refilter() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (problemsOnly
            && sourceModel()->index(row, 0, parent).data(BatchModel::OutcomeRole).toInt() == int(Outcome::Permit))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        if (left.column() == 1)
            return left.data(BatchModel::OutcomeRole).toInt() < right.data(BatchModel::OutcomeRole).toInt();
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

BatchPage::BatchPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new BatchModel(this))
    , m_proxy(new BatchProxy(this))
    , m_batch(new LiveBatch(this))
{
    connect(m_batch, &LiveBatch::itemReady, this, [this](const BatchRunner::Item& item) { m_model->add(item); });
    connect(m_batch, &LiveBatch::finished, this, &BatchPage::finishRun);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* outer = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* open = new QPushButton(themedIcon(QStringLiteral("document-open")), tr("Open a List…"), this);
    open->setToolTip(tr("A text file with one name per line, a CSV export, or a certificate or CSR (PEM or DER)"));
    connect(open, &QPushButton::clicked, this, &BatchPage::openRequested);
    bar->addWidget(open);
    m_source = new QLabel(tr("Drop a list of names (.txt, .csv) or a certificate or CSR (.pem, .crt, .csr) on the "
                             "window: every name is checked in live DNS."),
                          this);
    m_source->setWordWrap(true);
    bar->addWidget(m_source, 1);
    m_copy = new QPushButton(themedIcon(QStringLiteral("edit-copy")), tr("Copy as CSV"), this);
    m_copy->setToolTip(tr("The selected rows (all rows when none is selected); rows can also be dragged out"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
        if (indexes.isEmpty()) {
            for (int r = 0; r < m_proxy->rowCount(); ++r) {
                for (int c = 0; c < m_proxy->columnCount(); ++c)
                    indexes.append(m_proxy->index(r, c));
            }
        }
        QApplication::clipboard()->setText(tableAsText(m_proxy, indexes, u','));
        Q_EMIT copied(tr("results as CSV"));
    });
    bar->addWidget(m_copy);
    outer->addLayout(bar);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("No list checked yet")); // not "0 of 100 names"
    progressRow->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &BatchPage::cancel);
    progressRow->addWidget(m_cancel);
    outer->addLayout(progressRow);
    auto* filterRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    filterRow->addWidget(m_summary, 1);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter names"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter names"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    filterRow->addWidget(m_filter);
    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_problemsOnly = new QCheckBox(tr("Only &problems"), this);
    m_problemsOnly->setToolTip(tr("Hide the names the CA will issue for"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<BatchProxy*>(m_proxy)->problemsOnly = on;
        static_cast<BatchProxy*>(m_proxy)->refilter();
    });
    filterRow->addWidget(m_problemsOnly);
    outer->addLayout(filterRow);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // input order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Batch results"));
    m_view->setToolTip(tr("Double-click a name to see its full diagnosis"));
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(BatchModel::OutcomeRole).toInt() >= 0)
            Q_EMIT checkRequested(m_proxy->index(index.row(), 0).data().toString());
    });
    outer->addWidget(m_view, 1);
    // Rows are inserted in groups, at most every 50 ms: a fast resolver answers thousands of names a second.
    m_flush = new QTimer(this);
    m_flush->setInterval(50);
    connect(m_flush, &QTimer::timeout, this, [this] {
        const bool first = m_model->rowCount() == 0;
        m_model->flush();
        if (first && m_model->rowCount() > 0)
            fitColumns();
        updateSummary();
    });
}

BatchPage::~BatchPage() = default;

bool BatchPage::isRunning() const
{
    return m_batch->isRunning();
}

SummaryData BatchPage::reportData() const
{
    SummaryData summary = m_model->summary();
    summary.title = tr("Batch check of %1").arg(m_origin);
    summary.facts = QStringList { m_source->text() };
    if (isRunning())
        summary.facts.append(tr("Still running: %1 of %2 names checked.").arg(summary.rows.size()).arg(m_total));
    return summary;
}

QString BatchPage::sourceText() const
{
    return m_source->text();
}

bool BatchPage::start(const NameList& list, const QString& origin, const DnsClientOptions& options,
                      const CaProfile& profile)
{
    cancel();
    m_origin = origin;
    m_model->clear(profile);
    if (!list.error.isEmpty() || list.names.isEmpty()) {
        m_source->setText(tr("%1: %2").arg(origin, list.error.isEmpty() ? tr("no names") : list.error));
        return false;
    }
    QString error;
    if (!m_batch->start(options, profile, list.names, true, &error)) { // the nameservers too, as the Diagnosis tab
        m_source->setText(error);
        return false;
    }
    m_total = list.names.size();
    QString from = origin;
    if (list.kind == NameList::Csv)
        from = tr("%1 (column “%2”)").arg(origin, list.column);
    else if (list.kind == NameList::Certificates)
        from = tr("%1 (the names the certificate is for)").arg(origin);
    m_source->setText(tr("%n name(s) from %1, checked for %2 in live DNS (%3); each name's nameservers are asked "
                         "too, as in a check of one name.",
                         "", int(m_total))
                          .arg(from, profile.displayName, m_batch->details().join(QStringLiteral(", "))));
    m_progress->setFormat(tr("%v of %m names"));
    m_progress->setRange(0, int(m_total));
    m_cancel->setEnabled(true);
    m_copy->setEnabled(true);
    m_flush->start();
    updateSummary();
    return true;
}

void BatchPage::cancel()
{
    m_batch->cancel(); // finishRun() follows
}

void BatchPage::finishRun()
{
    m_flush->stop();
    m_model->flush();
    fitColumns();
    m_cancel->setEnabled(false);
    updateSummary();
    Q_EMIT finished();
}

void BatchPage::fitColumns()
{
    for (int c : { 0, 1, 2, 4 })
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(0, std::min(m_view->columnWidth(0), 360));
}

void BatchPage::updateSummary()
{
    const auto c = m_model->counts();
    const int done = c[0] + c[1] + c[2] + c[3];
    m_progress->setValue(done);
    QString text = tr("%1 may issue · %2 will refuse · %3 cannot tell").arg(c[0]).arg(c[1]).arg(c[2]);
    if (c[3] > 0)
        text += QStringLiteral(" · ") + tr("%n not a name", "", c[3]);
    if (!m_batch->isRunning() && done < m_total)
        text += QStringLiteral(" · ") + tr("stopped after %1 of %2").arg(done).arg(m_total);
    m_summary->setText(text);
}

} // namespace caa
