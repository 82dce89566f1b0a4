#pragma once

#include "caa/climb.h"
#include "caa/dnsclient.h"
#include "caa/zoneset.h"

#include <QObject>
#include <functional>
#include <memory>

namespace caa {

// Where CAA answers come from. Every source answers through the same asynchronous signal, so the climb runner, the
// GUI and the CLI do not care whether the data is live or loaded.
class DnsSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DnsSource() override = default;

    // Starts a CAA lookup; `answered(id, ...)` follows, never synchronously from inside this call.
    virtual void lookupCaa(int id, const QString& name) = 0;
    virtual void cancelAll() = 0;
    // "zone" or "live"
    virtual QString kind() const = 0;
    // Resolver addresses or zone file paths.
    virtual QStringList details() const = 0;

Q_SIGNALS:
    void answered(int id, const caa::LookupResult& result);
};

// Answers from loaded zone files.
class ZoneSource : public DnsSource
{
    Q_OBJECT
public:
    explicit ZoneSource(std::shared_ptr<const ZoneSet> zones, QObject* parent = nullptr);

    void lookupCaa(int id, const QString& name) override;
    void cancelAll() override;
    QString kind() const override { return QStringLiteral("zone"); }
    QStringList details() const override;

private:
    std::shared_ptr<const ZoneSet> m_zones;
    quint64 m_generation = 0;
};

// Answers from live DNS through a recursive resolver (the system's, or the ones given), like a CA's resolver sees
// them: RD=1, AD=1, EDNS, TCP on truncation. A SERVFAIL without an Extended DNS Error is asked again with CD=1: if
// the data then comes back, DNSSEC validation is what failed (bogus). DNSSEC state: secure when AD=1; insecure when
// AD=0 from a resolver that has set AD on another answer (so it validates); indeterminate otherwise.
class LiveSource : public DnsSource
{
    Q_OBJECT
public:
    explicit LiveSource(const DnsClientOptions& options, QObject* parent = nullptr);

    bool isValid() const { return m_client->isValid(); }
    QString errorString() const { return m_client->errorString(); }
    void lookupCaa(int id, const QString& name) override;
    void cancelAll() override;
    QString kind() const override { return QStringLiteral("live"); }
    QStringList details() const override { return m_client->servers(); }
    // How many lookups may be on the wire at once; the rest wait their turn (batch checks of many names).
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    quint64 queriesSent() const { return m_client->queriesSent(); }

private:
    void start(int id, const QString& name);
    void startNext();
    void deliver(int id, LookupResult result);
    struct AliasWalk;
    void followAliases(const QString& name, quint64 generation, std::function<void(const QStringList&, bool)> done);
    void aliasStep(const std::shared_ptr<AliasWalk>& walk, const QString& current);

    DnsClient* m_client;
    QList<QPair<int, QString>> m_queue;
    int m_inFlight = 0;
    // One UDP socket takes all answers: beyond ~200 outstanding queries a fast resolver's replies overflow the
    // socket buffer and are dropped (measured: 0 timeouts at 192, about 1 % at 768).
    int m_maxInFlight = 192;
    bool m_resolverValidates = false;
    quint64 m_generation = 0;
};

} // namespace caa
