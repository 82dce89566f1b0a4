#pragma once

#include "caa/diagnosis.h"
#include "caa/dnssource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace caa {

// Asks every name of the climb at once (as Boulder does), fills the climb as answers arrive, and re-evaluates after
// each answer so a UI can show verdicts progressively. Finishes when every profile has a verdict.
class ClimbRunner : public QObject
{
    Q_OBJECT
public:
    explicit ClimbRunner(DnsSource* source, QObject* parent = nullptr);

    void start(const Request& request, const QList<CaProfile>& profiles);
    void cancel();
    bool isRunning() const { return m_running; }
    const Diagnosis& diagnosis() const { return m_diagnosis; }

Q_SIGNALS:
    void nodeAnswered(int index);
    void verdictsChanged();
    void finished();

private:
    void onAnswered(int id, const caa::LookupResult& result);
    void reevaluate();

    QPointer<DnsSource> m_source;
    Diagnosis m_diagnosis;
    QElapsedTimer m_timer;
    int m_firstId = 0; // this run's lookup ids are [m_firstId, m_nextId)
    int m_nextId = 0;
    bool m_running = false;
};

} // namespace caa
