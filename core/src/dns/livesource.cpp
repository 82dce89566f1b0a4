#include "caa/dnsmessage.h"
#include "caa/dnssource.h"
#include "caa/zonefile.h"

#include <functional>
#include <memory>

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
            // Why SERVFAIL? Is it DNSSEC: ask again with checking disabled, and once more as before as a control
            // (only when the control still fails while CD=1 brings data did validation fail; a SERVFAIL that cured
            // itself is not called bogus). Is it an alias loop: follow the CNAME records one by one, which a
            // resolver answers without chasing them.
            struct Recheck
            {
                int answers = 0;
                bool cdData = false;
                bool controlFailed = false;
                QStringList chain;
                bool loop = false;
            };
            auto recheck = std::make_shared<Recheck>();
            auto conclude = [this, id, generation, r, recheck]() mutable {
                if (generation != m_generation || ++recheck->answers < 3)
                    return;
                if (recheck->loop) {
                    r.aliasLoop = true;
                    r.aliases = recheck->chain;
                    r.dnssec = DnssecState::Indeterminate;
                } else if (recheck->cdData && recheck->controlFailed) {
                    r.status = LookupStatus::Bogus;
                    r.dnssec = DnssecState::Bogus;
                } else {
                    r.dnssec = DnssecState::Indeterminate;
                }
                deliver(id, r);
            };
            auto answeredWith = [](const DnsReply& answer, dns::Message* m) {
                return answer.transport == DnsReply::Answered && dns::parseMessage(answer.message, m);
            };
            m_client->query(name, rrtype::CAA, true, true,
                            [recheck, conclude, answeredWith](const DnsReply& cd) mutable {
                                dns::Message m;
                                recheck->cdData = answeredWith(cd, &m)
                                    && (m.rcode == dns::rcode::NoError || m.rcode == dns::rcode::NxDomain);
                                conclude();
                            });
            m_client->query(name, rrtype::CAA, true, false,
                            [recheck, conclude, answeredWith](const DnsReply& again) mutable {
                                dns::Message m;
                                recheck->controlFailed = !answeredWith(again, &m) || m.rcode == dns::rcode::ServFail;
                                conclude();
                            });
            followAliases(name, generation, [recheck, conclude](const QStringList& chain, bool loop) mutable {
                recheck->chain = chain;
                recheck->loop = loop;
                conclude();
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

// One CNAME query per hop, at most 8: the chain as the zones publish it, and whether it comes back on itself.
struct LiveSource::AliasWalk
{
    QString name;
    quint64 generation = 0;
    QStringList chain;
    std::function<void(const QStringList&, bool)> done;
};

void LiveSource::followAliases(const QString& name, quint64 generation,
                               std::function<void(const QStringList&, bool)> done)
{
    auto walk = std::make_shared<AliasWalk>();
    walk->name = name;
    walk->generation = generation;
    walk->done = std::move(done);
    aliasStep(walk, name);
}

void LiveSource::aliasStep(const std::shared_ptr<AliasWalk>& walk, const QString& current)
{
    m_client->query(current, rrtype::CNAME, true, false, [this, walk, current](const DnsReply& reply) {
        if (walk->generation != m_generation)
            return;
        dns::Message m;
        QString next;
        if (reply.transport == DnsReply::Answered && dns::parseMessage(reply.message, &m)) {
            for (const dns::ResourceRecord& rr : m.answers) {
                if (rr.type == rrtype::CNAME && rr.name == current)
                    next = rr.target;
            }
        }
        const bool loop = !next.isEmpty() && (next == walk->name || walk->chain.contains(next));
        if (!next.isEmpty())
            walk->chain.append(next);
        if (next.isEmpty() || loop || walk->chain.size() >= 8) {
            walk->done(walk->chain, loop);
            return;
        }
        aliasStep(walk, next);
    });
}

void LiveSource::deliver(int id, LookupResult result)
{
    --m_inFlight;
    Q_EMIT answered(id, result);
    startNext();
}

} // namespace caa
