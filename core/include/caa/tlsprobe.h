#pragma once

#include "caa/certificate.h"
#include "caa/dnsclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QSslSocket;

namespace caa {

// What one attempt to read the certificate a server presents for a name found.
struct TlsProbeResult
{
    enum class Status
    {
        NotRun,
        Served, // a handshake completed (whatever the chain's validity) and the chain was read
        NoAddress, // the name has no A or AAAA record
        AddressLookupFailed, // the A/AAAA lookup failed (SERVFAIL, timeout, …)
        Refused, // every address refused the connection
        Unreachable, // no route, network down, or the connection timed out
        Timeout, // connected, but the TLS handshake did not finish in time
        HandshakeFailed, // the server answered, but not with TLS (garbage, plain HTTP) or the handshake failed
        ChainTooLarge, // the server sent a certificate chain larger than TLS clients accept
        Cancelled,
    };
    Status status = Status::NotRun;
    QString host; // the name connected to (the SNI name unless --served named another host)
    quint16 port = 443;
    QString sniName;
    QString address; // the address that answered (or the last one tried)
    QStringList addresses; // every address the resolver gave, IPv6 first
    QString detail; // the TLS library's or the resolver's own words, for a failure
    QString aliasTarget; // the end of the name's CNAME chain, when its address lookup followed one
    int timeoutMs = 0; // what each address was given
    CertificateChain chain;
    QStringList verificationErrors; // empty: the chain verifies to a trusted root for sniName
    qint64 elapsedMs = 0;

    bool verified() const { return status == Status::Served && verificationErrors.isEmpty(); }
};

// Reads the certificate chain a TLS server presents: looks the host up through the given resolvers (A and AAAA,
// recursion desired), connects to each address in turn (IPv6 first) with SNI = sniName, and stops at the first
// completed handshake. An expired, self-signed or mismatched chain is read and described, never a reason to stop.
// Driven by the Qt event loop; each address gets timeoutMs for connect and handshake together.
class TlsProbe : public QObject
{
    Q_OBJECT
public:
    explicit TlsProbe(QObject* parent = nullptr);
    ~TlsProbe() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setResolver(const DnsClientOptions& options) { m_resolver = options; }
    // Certificates trusted beside the system's (PEM file): for a private root.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    void start(const QString& host, quint16 port, const QString& sniName);
    void cancel();
    bool isRunning() const { return m_running; }
    const TlsProbeResult& result() const { return m_result; }

    // "host", "host:port", "[v6]:port": the host and port; false for a malformed text (a port out of 1..65535).
    static bool parseTarget(const QString& text, QString* host, quint16* port);

Q_SIGNALS:
    void finished();

private:
    void resolved();
    void tryNext();
    void finish(TlsProbeResult::Status status, const QString& detail = QString());
    void dropSocket();

    DnsClientOptions m_resolver;
    std::unique_ptr<DnsClient> m_dns;
    QPointer<QSslSocket> m_socket;
    QTimer m_attemptTimer;
    QElapsedTimer m_clock;
    QList<QSslCertificate> m_extraCas;
    TlsProbeResult m_result;
    QStringList m_v4, m_v6;
    int m_pendingLookups = 0;
    bool m_lookupFailed = false;
    int m_nextAddress = 0;
    int m_timeoutMs = 5000;
    bool m_running = false;
    TlsProbeResult::Status m_lastFailure = TlsProbeResult::Status::NoAddress;
    QString m_lastDetail;
};

} // namespace caa
