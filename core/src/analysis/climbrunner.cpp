#include "caa/climbrunner.h"

#include <atomic>

namespace caa {

namespace {

bool sameRecordSet(const LookupResult& a, const LookupResult& b)
{
    QStringList x, y;
    for (const CaaResourceRecord& r : a.records)
        x.append(r.rdata.toPresentation());
    for (const CaaResourceRecord& r : b.records)
        y.append(r.rdata.toPresentation());
    x.sort();
    y.sort();
    return x == y;
}

} // namespace

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
    m_diagnosis.hasFromError = m_hasFromError;
    m_diagnosis.fromError = m_fromError;
    m_diagnosis.fromErrorText = m_fromErrorText;
    m_diagnosis.who = m_who;
    m_diagnosis.judgeIssuersBeside = m_beside;
    for (const CaProfile& p : profiles) {
        Verdict v;
        v.ca = p.key;
        m_diagnosis.verdicts.append(v);
    }
    m_timer.start();
    m_running = true;
    // Lookup ids are unique across every runner: several runners may share one source.
    static std::atomic<int> nextId { 1 };
    const int count = int(m_diagnosis.climb.nodes.size());
    m_doubledCandidates = m_lookForDoubled ? doubledOwnerCandidates(request.name) : QStringList();
    m_doubledAnswered = 0;
    m_doubledHeld.clear();
    m_doubledAbove = QList<int>(m_doubledCandidates.size(), -1);
    for (int k = 0; k < m_doubledCandidates.size(); ++k) {
        for (int above = 0; above < m_doubledCandidates.size(); ++above) {
            const QString& a = m_doubledCandidates[above];
            const QString& c = m_doubledCandidates[k];
            // The nearest candidate it lies below (the longest suffix).
            if (above != k && c.endsWith(u'.' + a)
                && (m_doubledAbove[k] < 0 || a.size() > m_doubledCandidates[m_doubledAbove[k]].size()))
                m_doubledAbove[k] = above;
        }
    }
    // Each candidate may need a second lookup: the wildcard probe beside it.
    const int total = count + 2 * int(m_doubledCandidates.size());
    m_firstId = nextId.fetch_add(total);
    m_nextId = m_firstId + total;
    // Every name at once, as Boulder's parallelCAALookup does.
    for (int i = 0; i < count; ++i)
        m_source->lookupCaa(m_firstId + i, m_diagnosis.climb.nodes[i].name);
    for (int k = 0; k < m_doubledCandidates.size(); ++k) {
        if (m_doubledAbove[k] < 0)
            m_source->lookupCaa(m_firstId + count + k, m_doubledCandidates[k]);
    }
    if (m_diagnosis.climb.nodes.isEmpty())
        reevaluate();
}

void ClimbRunner::setFromError(const AcmeError& error, const QString& text)
{
    m_hasFromError = !text.isEmpty();
    m_fromError = error;
    m_fromErrorText = text;
}

void ClimbRunner::attachMatrix(const NsMatrix& matrix)
{
    if (m_running)
        return;
    m_diagnosis.attachMatrix(matrix);
    Q_EMIT verdictsChanged();
}

void ClimbRunner::setWhoIssues(const WhoIssues& who)
{
    m_who = who;
    m_diagnosis.who = who;
    if (!m_running && m_diagnosis.isComplete()) {
        m_diagnosis.judgeWhoIssues();
        Q_EMIT verdictsChanged();
    }
}

void ClimbRunner::skipMatrix(const QString& reasonCode)
{
    m_diagnosis.nsMatrixSkipped = reasonCode;
}

bool ClimbRunner::rejudge(const Request& request, const QList<CaProfile>& profiles)
{
    if (m_running || !m_diagnosis.isComplete() || request.name.text() != m_diagnosis.request.name.text()
        || request.name.isIpAddress() != m_diagnosis.request.name.isIpAddress())
        return false;
    m_diagnosis.request = request;
    m_diagnosis.profiles = profiles;
    m_diagnosis.verdicts = QList<Verdict>(profiles.size());
    m_diagnosis.settle();
    Q_EMIT verdictsChanged();
    return true;
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
    if (index >= m_diagnosis.climb.nodes.size()) {
        const int candidates = int(m_doubledCandidates.size());
        const int k = index - int(m_diagnosis.climb.nodes.size());
        if (k >= candidates) {
            // The wildcard probe beside candidate k - candidates: the same records there mean a wildcard made them.
            const LookupResult held = m_doubledHeld.take(k - candidates);
            if (!(result.hasRecords() && sameRecordSet(result, held)))
                m_diagnosis.doubledOwners.append(held);
            ++m_doubledAnswered;
        } else if (result.hasRecords()) {
            m_doubledHeld.insert(k, result);
            const QString& name = m_doubledCandidates[k];
            m_source->lookupCaa(id + candidates, wildcardProbeName(name));
            askDoubledBelow(k, true);
        } else {
            if (result.isFailure()) // the servers may answer it (Diagnosis::informMatrix)
                m_diagnosis.doubledUnanswered.append(m_doubledCandidates[k]);
            ++m_doubledAnswered;
            askDoubledBelow(k, result.status != LookupStatus::NxDomain);
        }
        reevaluate();
        return;
    }
    m_diagnosis.climb.nodes[index] = result;
    Q_EMIT nodeAnswered(index);
    reevaluate();
}

void ClimbRunner::askDoubledBelow(int candidate, bool exists)
{
    const int count = int(m_diagnosis.climb.nodes.size());
    for (int k = 0; k < m_doubledCandidates.size(); ++k) {
        if (m_doubledAbove[k] != candidate)
            continue;
        if (exists) {
            m_source->lookupCaa(m_firstId + count + k, m_doubledCandidates[k]);
        } else {
            ++m_doubledAnswered; // nothing exists below an NXDOMAIN, so neither does this name
            askDoubledBelow(k, false);
        }
    }
}

void ClimbRunner::reevaluate()
{
    bool allDecided = true;
    for (int i = 0; i < m_diagnosis.profiles.size(); ++i) {
        Verdict& v = m_diagnosis.verdicts[i];
        if (v.outcome != Outcome::Pending)
            continue; // a decision never changes once every node it depends on has answered
        v = m_diagnosis.judge(m_diagnosis.profiles[i], m_diagnosis.request);
        if (v.outcome == Outcome::Pending)
            allDecided = false;
    }
    Q_EMIT verdictsChanged();
    bool allAnswered = m_doubledAnswered >= m_doubledCandidates.size();
    for (const LookupResult& n : m_diagnosis.climb.nodes)
        allAnswered = allAnswered && n.isAnswered();
    if (allDecided && allAnswered) {
        // Answers arrive in parallel: one may come back before another proved (AD=1) that the resolver validates.
        bool validated = false;
        for (const LookupResult& n : m_diagnosis.climb.nodes)
            validated = validated || n.dnssec == DnssecState::Secure;
        for (LookupResult& n : m_diagnosis.climb.nodes) {
            if (validated && n.dnssec == DnssecState::Indeterminate && !n.isFailure()
                && n.status != LookupStatus::Unavailable)
                n.dnssec = DnssecState::Insecure;
        }
        // Not one answer from the resolver, the TLD's included: the resolver is down or unreachable, which says
        // nothing about the domain (the CA uses its own resolvers).
        if (m_diagnosis.sourceKind == QLatin1String("live") && m_diagnosis.climb.everyLookupSilent())
            m_diagnosis.climb.resolverUnreachable = true;
        if (m_diagnosis.climb.resolverUnreachable || !m_diagnosis.doubledOwners.isEmpty())
            m_diagnosis.settle();
        else
            m_diagnosis.judgeWhoIssues(); // the platform from the CNAME chain, a certificate already read
        m_running = false;
        m_diagnosis.elapsedMs = m_timer.elapsed();
        Q_EMIT finished();
    }
}

} // namespace caa
