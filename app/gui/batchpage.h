#pragma once

#include "caa/batchrunner.h"
#include "caa/dnsclient.h"
#include "caa/namelist.h"
#include "summarydata.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace caa {

class BatchModel;
class LiveBatch;

// Many names checked live at once: a dropped list (.txt, .csv) or certificate/CSR, with progress, Cancel, the counts
// per verdict, and rows that drag out (or copy) as text and CSV.
class BatchPage : public QWidget
{
    Q_OBJECT
public:
    QString sourceText() const; // where the names came from, or why none were read
    explicit BatchPage(QWidget* parent = nullptr);
    ~BatchPage() override;

    // Starts checking; false (with the reason shown) when the list is empty or live DNS is unavailable.
    bool start(const NameList& list, const QString& origin, const DnsClientOptions& options, const CaProfile& profile);
    void cancel();
    bool isRunning() const;

    BatchModel* model() const { return m_model; }
    // The summary report's data: the rows so far, titled after the list and its source.
    SummaryData reportData() const;
    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QCheckBox* problemsOnly() const { return m_problemsOnly; }
    QLabel* summary() const { return m_summary; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void openRequested();
    void checkRequested(const QString& name);
    void finished();
    void copied(const QString& what);

private:
    void updateSummary();
    void finishRun();
    void fitColumns();

    BatchModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_problemsOnly;
    QTableView* m_view;
    QLabel* m_source;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_copy;
    QTimer* m_flush;
    LiveBatch* m_batch = nullptr;
    qint64 m_total = 0;
    QString m_origin;
};

} // namespace caa
