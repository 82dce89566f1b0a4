#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace caa {

struct DnsClientOptions
{
    QStringList servers; // "ADDR", "ADDR:PORT", "[IPv6]:PORT"; empty = the system's resolvers
    int timeoutMs = 3000; // per try
    int tries = 2;
    bool tcp = false; // always TCP (otherwise UDP with TCP fallback on TC)
    bool keepOpen = false; // keep sockets (and TCP connections) open between queries, until the client is deleted
};

struct DnsReply
{
    enum Transport
    {
        Answered,
        Timeout,
        ConnectionRefused,
        NetworkError,
        BadResponse,
    };
    Transport transport = NetworkError;
    QByteArray message; // the raw DNS answer when Answered
    qint64 elapsedMs = 0;
    QString server; // the server asked (the configured one, or the system's list)
    QString error; // human-readable transport error
};

// Sends DNS queries with c-ares, driven by the Qt event loop: socket-state callback -> QSocketNotifier ->
// ares_process_fd; ares_timeout -> single-shot QTimer. No threads, no polling, no nested event loops.
// Every query gets a hard deadline of timeoutMs x tries, after which it reports Timeout whatever c-ares does.
class DnsClient : public QObject
{
    Q_OBJECT
public:
    explicit DnsClient(const DnsClientOptions& options, QObject* parent = nullptr);
    ~DnsClient() override;

    bool isValid() const;
    QString errorString() const;
    QStringList servers() const; // normalised "ADDR:PORT" list actually in use

    using Callback = std::function<void(const DnsReply&)>;
    // Queries `name` for `type`; the callback runs later from the event loop (never inside this call), once.
    void query(const QString& name, quint16 type, bool recursionDesired, bool checkingDisabled, Callback done);
    // Drops every pending query; their callbacks are not called.
    void cancelAll();
    int pendingCount() const;
    quint64 queriesSent() const; // since construction

    // Validates and normalises a --resolver argument: "192.0.2.1" -> "192.0.2.1:53", "::1" -> "[::1]:53".
    static bool normaliseServer(const QString& text, QString* normalised, QString* error);
    static QString caresVersion();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace caa
