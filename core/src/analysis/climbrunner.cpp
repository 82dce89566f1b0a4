#include "caa/climbrunner.h"

namespace caa {

ClimbRunner::ClimbRunner(DnsSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    connect(source, &DnsSource::answered, this, &ClimbRunner::onAnswered);
}

void ClimbRunner::start(const Request& request, const QList<CaProfile>& profiles)
{
    cancel();
    m_diagnosis = {};
    m_diagnosis.request = request;
    m_diagnosis.profiles = profiles;
    m_diagnosis.climb = Climb::forName(request.name);
    m_diagnosis.sourceKind = m_source->kind();
    m_diagnosis.sourceDetails = m_source->details();
    m_diagnosis.startedUtc = QDateTime::currentDateTimeUtc();
    for (const CaProfile& p : profiles) {
        Verdict v;
        v.ca = p.key;
        m_diagnosis.verdicts.append(v);
    }
    m_timer.start();
    m_running = true;
    m_firstId = m_nextId;
    // Every name at once, as Boulder's parallelCAALookup does.
    for (int i = 0; i < m_diagnosis.climb.nodes.size(); ++i)
        m_source->lookupCaa(m_nextId++, m_diagnosis.climb.nodes[i].name);
    if (m_diagnosis.climb.nodes.isEmpty())
        reevaluate();
}

void ClimbRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_source)
        m_source->cancelAll();
}

void ClimbRunner::onAnswered(int id, const caa::LookupResult& result)
{
    if (!m_running || id < m_firstId || id >= m_nextId)
        return;
    const int index = id - m_firstId;
    if (index >= m_diagnosis.climb.nodes.size())
        return;
    m_diagnosis.climb.nodes[index] = result;
    Q_EMIT nodeAnswered(index);
    reevaluate();
}

void ClimbRunner::reevaluate()
{
    bool allDecided = true;
    for (int i = 0; i < m_diagnosis.profiles.size(); ++i) {
        Verdict& v = m_diagnosis.verdicts[i];
        if (v.outcome != Outcome::Pending)
            continue; // a decision never changes once every node it depends on has answered
        v = evaluate(m_diagnosis.climb, m_diagnosis.request, m_diagnosis.profiles[i]);
        if (v.outcome == Outcome::Pending)
            allDecided = false;
    }
    Q_EMIT verdictsChanged();
    bool allAnswered = true;
    for (const LookupResult& n : m_diagnosis.climb.nodes)
        allAnswered = allAnswered && n.isAnswered();
    if (allDecided && allAnswered) {
        m_running = false;
        m_diagnosis.elapsedMs = m_timer.elapsed();
        Q_EMIT finished();
    }
}

} // namespace caa
