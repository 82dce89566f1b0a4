#include "caa/dnsmessage.h"
#include "caa/dnssource.h"
#include "caa/zonefile.h"

namespace caa {

LiveSource::LiveSource(const DnsClientOptions& options, QObject* parent)
    : DnsSource(parent)
    , m_client(new DnsClient(options, this))
{
}

void LiveSource::lookupCaa(int id, const QString& name)
{
    if (m_inFlight >= m_maxInFlight) {
        m_queue.append({ id, name });
        return;
    }
    start(id, name);
}

void LiveSource::startNext()
{
    while (m_inFlight < m_maxInFlight && !m_queue.isEmpty()) {
        const auto next = m_queue.takeFirst();
        start(next.first, next.second);
    }
}

void LiveSource::cancelAll()
{
    ++m_generation;
    m_queue.clear();
    m_inFlight = 0;
    m_client->cancelAll();
}

namespace {

LookupResult transportFailure(const QString& name, const DnsReply& reply)
{
    LookupResult r;
    r.name = name;
    r.elapsedMs = reply.elapsedMs;
    r.server = reply.server;
    switch (reply.transport) {
    case DnsReply::Timeout:
        r.status = LookupStatus::Timeout;
        break;
    case DnsReply::BadResponse:
        r.status = LookupStatus::FormErr;
        break;
    default:
        r.status = LookupStatus::NetworkError;
    }
    r.error = reply.error;
    r.dnssec = DnssecState::Indeterminate;
    return r;
}

} // namespace

void LiveSource::start(int id, const QString& name)
{
    ++m_inFlight;
    const quint64 generation = m_generation;
    m_client->query(name, rrtype::CAA, true, false, [this, id, name, generation](const DnsReply& reply) {
        if (generation != m_generation)
            return;
        if (reply.transport != DnsReply::Answered) {
            deliver(id, transportFailure(name, reply));
            return;
        }
        dns::Message message;
        QString error;
        if (!dns::parseMessage(reply.message, &message, &error)) {
            LookupResult r;
            r.name = name;
            r.status = LookupStatus::FormErr;
            r.error = QStringLiteral("malformed answer: %1").arg(error);
            r.server = reply.server;
            r.elapsedMs = reply.elapsedMs;
            r.rawMessage = reply.message;
            deliver(id, r);
            return;
        }
        LookupResult r = dns::lookupResultFromMessage(message, name);
        r.server = reply.server;
        r.elapsedMs = reply.elapsedMs;
        r.rawMessage = reply.message;
        if (message.ad)
            m_resolverValidates = true;
        if (r.status == LookupStatus::ServFail && r.ede.isEmpty() && !r.aliasLoop) {
            // Is it DNSSEC? Ask again with checking disabled: data that comes back now failed validation.
            m_client->query(name, rrtype::CAA, true, true, [this, id, name, generation, r](const DnsReply& cd) mutable {
                if (generation != m_generation)
                    return;
                dns::Message m;
                if (cd.transport == DnsReply::Answered && dns::parseMessage(cd.message, &m)
                    && (m.rcode == dns::rcode::NoError || m.rcode == dns::rcode::NxDomain)) {
                    r.status = LookupStatus::Bogus;
                    r.dnssec = DnssecState::Bogus;
                } else {
                    r.dnssec = DnssecState::Indeterminate;
                }
                deliver(id, r);
            });
            return;
        }
        if (r.dnssec == DnssecState::Unknown) {
            const bool answered = r.status == LookupStatus::Records || r.status == LookupStatus::NoData
                || r.status == LookupStatus::NxDomain;
            r.dnssec = answered ? (m_resolverValidates ? DnssecState::Insecure : DnssecState::Indeterminate)
                                : DnssecState::Indeterminate;
        }
        deliver(id, r);
    });
}

void LiveSource::deliver(int id, LookupResult result)
{
    --m_inFlight;
    Q_EMIT answered(id, result);
    startNext();
}

} // namespace caa
