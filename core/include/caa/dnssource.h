#pragma once

#include "caa/climb.h"
#include "caa/zoneset.h"

#include <QObject>
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

} // namespace caa
