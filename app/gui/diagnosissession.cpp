#include "diagnosissession.h"

#include "caa/dnssource.h"
#include "zonesession.h"

namespace caa {

DiagnosisSession::DiagnosisSession(ZoneSession* zones, QObject* parent)
    : QObject(parent)
    , m_zones(zones)
{
    // Answers can arrive by the hundred in one pass: the page repaints at most once per frame (16 ms), never per
    // answer.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(16);
    connect(&m_refresh, &QTimer::timeout, this, &DiagnosisSession::progressed);
}

DiagnosisSession::~DiagnosisSession() = default;

bool DiagnosisSession::useLiveDns(const DnsClientOptions& options, QString* error)
{
    m_liveOptions = options;
    auto live = std::make_unique<LiveSource>(options);
    const bool usable = live->isValid();
    if (!usable && error)
        *error = live->errorString();
    m_zonesAreSource = false;
    m_runner.reset();
    m_dns = std::move(live); // an unusable one too: its lookups fail with the reason, as the CA's would
    Q_EMIT liveOptionsChanged(m_liveOptions);
    return usable;
}

bool DiagnosisSession::useZones()
{
    if (m_zones->isEmpty() || !m_zones->workingSet())
        return false;
    m_zonesAreSource = true;
    m_runner.reset();
    m_dns = std::make_unique<ZoneSource>(m_zones->workingSet());
    return true;
}

void DiagnosisSession::setLiveOptions(const DnsClientOptions& options)
{
    m_liveOptions = options;
    Q_EMIT liveOptionsChanged(m_liveOptions);
}

QStringList DiagnosisSession::sourceDetails() const
{
    return m_dns ? m_dns->details() : QStringList();
}

void DiagnosisSession::setFromError(const AcmeError& error, const QString& text)
{
    m_fromError = error;
    m_fromErrorText = text;
}

void DiagnosisSession::clearFromError()
{
    m_fromError = AcmeError();
    m_fromErrorText.clear();
}

bool DiagnosisSession::takeCheckWhenZonesLoad()
{
    const bool wanted = m_checkWhenLoaded;
    m_checkWhenLoaded = false;
    return wanted;
}

DiagnosisSession::Start DiagnosisSession::start(const Request& request, const CaProfile& profile)
{
    if (!m_dns)
        return Start::NoSource;
    m_matrix.reset();
    if (m_zonesAreSource && m_zones->isBusy()) {
        m_checkWhenLoaded = true; // checked as soon as the files are read
        return Start::WaitingForZones;
    }
    m_evidence.reset(); // a fresh check replaces the reopened evidence
    m_runner = std::make_unique<ClimbRunner>(m_dns.get());
    m_runner->setLookForDoubledOwners(true);
    // The pasted error belongs to the name it named; a name typed since is a check of its own.
    if (!m_fromErrorText.isEmpty() && DomainName::parse(m_fromError.identifier).text() == request.name.text())
        m_runner->setFromError(m_fromError, m_fromErrorText);
    if (!m_zonesAreSource && !request.name.isIpAddress())
        startMatrix(request);
    startWho(request);
    auto scheduleRefresh = [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    };
    connect(m_runner.get(), &ClimbRunner::nodeAnswered, this, scheduleRefresh);
    connect(m_runner.get(), &ClimbRunner::verdictsChanged, this, scheduleRefresh);
    connect(m_runner.get(), &ClimbRunner::finished, this, [this] {
        m_refresh.stop();
        if (m_probe && !m_probe->isRunning() && m_probe->result().status == TlsProbeResult::Status::NotRun)
            m_probe->start(m_who.probe.host, 443, m_who.probe.sniName);
        Q_EMIT finished();
        if (!m_matrix || !m_runner)
            return;
        const Diagnosis& d = m_runner->diagnosis();
        if (d.climb.resolverUnreachable) { // nothing can be found through a resolver that does not answer
            m_runner->skipMatrix(QString::fromLatin1(code::ResolverUnreachable));
            m_matrix.reset();
            Q_EMIT matrixSkipped();
        } else {
            d.informMatrix(*m_matrix);
        }
    });
    m_runner->start(request, { profile });
    return Start::Started;
}

void DiagnosisSession::startMatrix(const Request& request)
{
    m_matrix = std::make_unique<NsMatrixRunner>(m_liveOptions);
    m_matrix->setTimeoutMs(std::min(m_liveOptions.timeoutMs, 3000));
    connect(m_matrix.get(), &NsMatrixRunner::finished, this, [this] {
        // The servers' own answers may change a verdict (a failing or stale resolver, servers that disagree).
        if (m_runner && !m_evidence)
            m_runner->attachMatrix(m_matrix->matrix());
        Q_EMIT matrixFinished();
    });
    m_matrix->startAhead(request.name);
}

void DiagnosisSession::startWho(const Request& request)
{
    m_probe.reset();
    m_ct.reset();
    m_who = {};
    const QString name = request.name.text();
    if (request.name.isIpAddress()) {
        m_runner->setWhoIssues(m_who);
        return;
    }
    if (m_zonesAreSource) {
        for (int z = 0; z < m_zones->workspace().zoneCount(); ++z) {
            if (const auto zone = m_zones->workspace().workingZone(z))
                m_who.zoneNameservers += zoneNameservers(*zone);
        }
    }
    if (!m_certificateFile.isEmpty() && m_certificateName.isEmpty())
        m_certificateName = request.name.text(); // given before any check: it is for the first name checked
    if (!m_certificateFile.isEmpty() && m_certificateName != request.name.text()) {
        m_certificateFile.clear(); // given for another name
        m_certificateChain = {};
    }
    if (!m_certificateFile.isEmpty()) {
        m_who.origin = WhoIssues::Origin::File;
        m_who.file = m_certificateFile;
        m_who.probe.status = TlsProbeResult::Status::Served;
        m_who.probe.chain = m_certificateChain;
    } else if (!m_zonesAreSource && m_readServed) {
        m_who.origin = WhoIssues::Origin::Live;
        m_probe = std::make_unique<TlsProbe>();
        m_probe->setResolver(m_liveOptions);
        m_probe->setTimeoutMs(std::clamp(m_liveOptions.timeoutMs * 2, 1000, 60000));
        connect(m_probe.get(), &TlsProbe::finished, this, [this] {
            m_who.probe = m_probe->result();
            whoArrived();
        });
        // Started once the CAA answers are in (see start()): its address lookups must not change them.
        m_who.probe.host = name;
        m_who.probe.sniName = name;
    }
    if (!m_zonesAreSource && m_askCt) {
        m_ct = std::make_unique<CtLookup>();
        connect(m_ct.get(), &CtLookup::finished, this, [this] {
            m_who.ct = m_ct->answer();
            whoArrived();
        });
        m_ct->start(name);
    }
    m_runner->setWhoIssues(m_who);
}

void DiagnosisSession::whoArrived()
{
    if (m_runner && !m_evidence)
        m_runner->setWhoIssues(m_who);
    Q_EMIT whoChanged();
}

void DiagnosisSession::useCertificate(const CertificateChain& chain, const QString& path)
{
    m_certificateChain = chain;
    m_certificateFile = path;
    if (m_probe)
        m_probe->cancel();
    m_probe.reset();
    WhoIssues* who = m_evidence ? &m_evidence->who : &m_who;
    who->origin = WhoIssues::Origin::File;
    who->file = path;
    who->probe = {};
    who->probe.status = TlsProbeResult::Status::Served;
    who->probe.chain = chain;
    if (const Diagnosis* d = shown())
        m_certificateName = d->request.name.text();
    if (m_evidence)
        m_evidence->settle();
    else if (m_runner)
        m_runner->setWhoIssues(m_who);
    Q_EMIT whoChanged();
}

void DiagnosisSession::cancel()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        m_matrix.reset(); // its answers would join a climb that never finished
        if (m_probe)
            m_probe->cancel();
        if (m_ct)
            m_ct->cancel();
    }
    m_refresh.stop();
}

bool DiagnosisSession::rejudge(const Request& request, const CaProfile& profile)
{
    if (m_evidence) {
        if (request.name.text() != m_evidence->request.name.text())
            return false;
        m_evidence->request = request;
        m_evidence->profiles = { profile };
        m_evidence->verdicts = QList<Verdict>(1);
        m_evidence->settle();
        return true;
    }
    return m_runner && m_runner->rejudge(request, { profile });
}

void DiagnosisSession::showEvidence(const Diagnosis& diagnosis)
{
    cancel();
    m_matrix.reset();
    m_probe.reset();
    m_ct.reset();
    m_certificateFile.clear();
    m_certificateChain = {};
    m_evidence = std::make_unique<Diagnosis>(diagnosis);
}

const Diagnosis* DiagnosisSession::shown() const
{
    if (m_evidence)
        return m_evidence.get();
    return m_runner ? &m_runner->diagnosis() : nullptr;
}

bool DiagnosisSession::hasFinished() const
{
    // A check still running may have names pending: never half a diagnosis.
    const Diagnosis* d = shown();
    return d && d->isComplete() && (m_evidence || !isRunning());
}

std::optional<Diagnosis> DiagnosisSession::reportDiagnosis() const
{
    if (!hasFinished())
        return std::nullopt;
    if (!m_evidence && (isMatrixRunning() || isWhoRunning()))
        return std::nullopt; // the verdict may still change with the servers' answers, who issues with the probe
    Diagnosis d = *shown();
    if (!m_evidence && d.sourceKind == QLatin1String("zone") && d.zoneFiles.isEmpty()) {
        for (int z = 0; z < m_zones->workspace().zoneCount(); ++z) {
            const auto disk = m_zones->workspace().diskZone(z);
            if (disk && !disk->files().isEmpty())
                d.zoneFiles.append(
                    { disk->files().first().path, QString::fromLatin1(disk->files().first().sha256Hex()) });
        }
    }
    return d;
}

} // namespace caa
