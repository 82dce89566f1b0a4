#pragma once

#include "caa/climbrunner.h"

#include <QHash>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <map>

namespace caa {

// Checks a stream of names (one per line, '#' comments) through one DnsSource with many names in flight, and hands
// out the diagnoses in input order. Only the names in flight and the results waiting for an earlier one are held, so
// memory does not grow with the input. Runs on the event loop; reading is incremental.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    BatchRunner(DnsSource* source, const QList<CaProfile>& profiles, QObject* parent = nullptr);

    void setConcurrency(int names) { m_concurrency = std::max(1, names); }
    // Starts reading `input` (not owned; must stay open until finished()).
    void start(QIODevice* input);
    void cancel();

    qint64 started() const { return m_nextIndex; }
    qint64 completed() const { return m_completed; }

    struct Item
    {
        qint64 index = 0;
        int line = 0;
        QString text; // the line as given
        QString nameError; // set when the line is not a valid name (no diagnosis then)
        Diagnosis diagnosis;
    };

Q_SIGNALS:
    void itemReady(const caa::BatchRunner::Item& item); // in input order
    void finished();

private:
    void fill();
    void onFinished(ClimbRunner* runner);
    void emitReady();

    QPointer<DnsSource> m_source;
    QList<CaProfile> m_profiles;
    QIODevice* m_input = nullptr;
    int m_concurrency = 64;
    int m_line = 0;
    qint64 m_nextIndex = 0;
    qint64 m_nextToEmit = 0;
    qint64 m_completed = 0;
    bool m_inputDone = false;
    bool m_blockingInput = false;
    bool m_inputClosed = false;
    bool m_running = false;
    QHash<ClimbRunner*, Item> m_active;
    std::map<qint64, Item> m_done;
    QList<ClimbRunner*> m_idle;
    QByteArray m_lineBuffer;
};

} // namespace caa
