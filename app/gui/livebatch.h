#pragma once

#include "caa/batchrunner.h"
#include "caa/dnsclient.h"

#include <QObject>
#include <memory>

namespace caa {

// A batch of names checked in live DNS, for the Batch tab and the zone workspace's comparison with live DNS: the
// resolver, the runner, and one way to its end (finished or cancelled, finished() is told once either way).
class LiveBatch : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~LiveBatch() override;

    // Checks `names` (or the lines of `input`, which must stay open until finished) for `profile` through the
    // resolvers of `options`; a batch still running is cancelled first. `askNameservers`: each name's authoritative
    // servers are asked too, as a check of one name does. False, with *error, when the resolvers cannot be used.
    bool start(const DnsClientOptions& options, const CaProfile& profile, const QList<NameListEntry>& names,
               bool askNameservers, QString* error);
    bool start(const DnsClientOptions& options, const CaProfile& profile, QIODevice* input, QString* error);
    // Stops; finished() follows at once.
    void cancel();
    bool isRunning() const { return m_runner != nullptr; }
    // The resolvers in use, as the source names them.
    QStringList details() const { return m_details; }

Q_SIGNALS:
    void itemReady(const caa::BatchRunner::Item& item); // in input order
    void finished();

private:
    bool prepare(const DnsClientOptions& options, const CaProfile& profile, QString* error);
    void finish();

    std::unique_ptr<BatchRunner> m_runner;
    QStringList m_details;
};

} // namespace caa
