#include "livebatch.h"

#include "caa/dnssource.h"

namespace caa {

LiveBatch::~LiveBatch()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

bool LiveBatch::prepare(const DnsClientOptions& options, const CaProfile& profile, QString* error)
{
    cancel();
    auto* source = new LiveSource(options);
    if (!source->isValid()) {
        if (error)
            *error = source->errorString();
        delete source;
        return false;
    }
    m_details = source->details();
    m_runner = std::make_unique<BatchRunner>(source, QList<CaProfile> { profile });
    source->setParent(m_runner.get()); // the resolver goes with its runner
    connect(m_runner.get(), &BatchRunner::itemReady, this, &LiveBatch::itemReady);
    connect(m_runner.get(), &BatchRunner::finished, this, &LiveBatch::finish);
    return true;
}

bool LiveBatch::start(const DnsClientOptions& options, const CaProfile& profile, const QList<NameListEntry>& names,
                      bool askNameservers, QString* error)
{
    if (!prepare(options, profile, error))
        return false;
    if (askNameservers)
        m_runner->setNameserverMatrix(options);
    m_runner->start(names);
    return true;
}

bool LiveBatch::start(const DnsClientOptions& options, const CaProfile& profile, QIODevice* input, QString* error)
{
    if (!prepare(options, profile, error))
        return false;
    m_runner->start(input);
    return true;
}

void LiveBatch::cancel()
{
    if (!m_runner)
        return;
    m_runner->cancel(); // it says nothing more: finish here
    finish();
}

void LiveBatch::finish()
{
    if (!m_runner)
        return;
    // Not deleted here: finish() may run inside the runner's own signal.
    m_runner->disconnect(this);
    m_runner.release()->deleteLater();
    Q_EMIT finished();
}

} // namespace caa
