#include "caa/tlsprobe.h"

#include "caa/dnsmessage.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

namespace caa {

namespace {
constexpr quint16 kTypeA = 1;
constexpr quint16 kTypeAaaa = 28;
} // namespace

TlsProbe::TlsProbe(QObject* parent)
    : QObject(parent)
    , m_extraCas(extraTrustedCertificates())
{
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        const bool connected = m_socket->state() == QAbstractSocket::ConnectedState;
        m_lastFailure = connected ? TlsProbeResult::Status::Timeout : TlsProbeResult::Status::Unreachable;
        m_lastDetail.clear();
        dropSocket();
        tryNext();
    });
}

TlsProbe::~TlsProbe()
{
    dropSocket();
}

void TlsProbe::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCas = certificates;
}

bool TlsProbe::parseTarget(const QString& text, QString* host, quint16* port)
{
    QString h = text.trimmed();
    QString portText;
    bool hasPort = false;
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        const QString rest = h.mid(close + 1);
        h = h.mid(1, close - 1);
        if (QHostAddress(h).protocol() != QAbstractSocket::IPv6Protocol)
            return false;
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            portText = rest.mid(1);
            hasPort = true;
        }
    } else if (h.count(QLatin1Char(':')) > 1) {
        if (QHostAddress(h).protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else if (h.contains(QLatin1Char(':'))) {
        portText = h.section(QLatin1Char(':'), 1);
        h = h.section(QLatin1Char(':'), 0, 0);
        hasPort = true;
    }
    quint16 p = 443;
    if (hasPort) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return false;
        p = quint16(value);
    }
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    if (h.isEmpty() || h.size() > 253 || h.startsWith(QLatin1Char('-')) || h.contains(QLatin1Char(' '))
        || h.contains(QLatin1Char('/')))
        return false;
    *host = h;
    *port = p;
    return true;
}

void TlsProbe::start(const QString& host, quint16 port, const QString& sniName)
{
    cancel();
    m_result = {};
    m_result.host = host;
    m_result.port = port;
    m_result.sniName = sniName;
    m_result.timeoutMs = m_timeoutMs;
    m_v4.clear();
    m_v6.clear();
    m_nextAddress = 0;
    m_lookupFailed = false;
    m_lastFailure = TlsProbeResult::Status::NoAddress;
    m_lastDetail.clear();
    m_running = true;
    m_clock.start();
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        (literal.protocol() == QAbstractSocket::IPv6Protocol ? m_v6 : m_v4).append(literal.toString());
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_pendingLookups == 0)
                resolved();
        });
        return;
    }
    m_dns = std::make_unique<DnsClient>(m_resolver);
    if (!m_dns->isValid()) {
        const QString error = m_dns->errorString();
        QTimer::singleShot(0, this, [this, error] { finish(TlsProbeResult::Status::NoAddress, error); });
        return;
    }
    m_pendingLookups = 2;
    for (const quint16 type : { kTypeAaaa, kTypeA }) {
        m_dns->query(host, type, true, false, [this, type](const DnsReply& reply) {
            if (reply.transport != DnsReply::Answered) {
                m_lastDetail = reply.error;
                m_lookupFailed = true;
            } else {
                dns::Message message;
                if (!dns::parseMessage(reply.message, &message)) {
                    m_lookupFailed = true;
                } else {
                    if (message.rcode != dns::rcode::NoError)
                        m_lastDetail = QString::fromLatin1(dns::rcodeName(message.rcode));
                    m_lookupFailed = m_lookupFailed
                        || (message.rcode != dns::rcode::NoError && message.rcode != dns::rcode::NxDomain);
                    for (const dns::ResourceRecord& rr : message.answers) {
                        if (rr.type == 5 && !rr.target.isEmpty()) // CNAME: the chain's end is the last one
                            m_result.aliasTarget = rr.target;
                        if (rr.type == kTypeA && type == kTypeA && rr.rdata.size() == 4)
                            m_v4.append(QHostAddress(qFromBigEndian<quint32>(rr.rdata.constData())).toString());
                        else if (rr.type == kTypeAaaa && type == kTypeAaaa && rr.rdata.size() == 16)
                            m_v6.append(QHostAddress(reinterpret_cast<const quint8*>(rr.rdata.constData())).toString());
                    }
                }
            }
            if (--m_pendingLookups == 0)
                resolved();
        });
    }
}

void TlsProbe::resolved()
{
    m_result.addresses = m_v6 + m_v4;
    if (m_result.addresses.isEmpty()) {
        finish(m_lookupFailed ? TlsProbeResult::Status::AddressLookupFailed : TlsProbeResult::Status::NoAddress,
               m_lastDetail);
        return;
    }
    m_lastFailure = TlsProbeResult::Status::Unreachable;
    tryNext();
}

void TlsProbe::tryNext()
{
    if (!m_running)
        return;
    if (m_nextAddress >= m_result.addresses.size() || m_nextAddress >= 8) {
        finish(m_lastFailure, m_lastDetail);
        return;
    }
    const QString address = m_result.addresses[m_nextAddress++];
    m_result.address = address;
    QSslSocket* socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        configuration.addCaCertificates(m_extraCas);
    socket->setSslConfiguration(configuration);
    socket->setPeerVerifyName(m_result.sniName);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) {
            if (!m_result.verificationErrors.contains(e.errorString()))
                m_result.verificationErrors.append(e.errorString());
        }
        socket->ignoreSslErrors(); // read and describe the chain whatever it is
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_result.chain = chainOf(socket->peerCertificateChain());
        if (m_result.chain.isEmpty() && !socket->peerCertificate().isNull())
            m_result.chain = chainOf({ socket->peerCertificate() });
        dropSocket();
        finish(m_result.chain.isEmpty() ? TlsProbeResult::Status::HandshakeFailed : TlsProbeResult::Status::Served,
               m_result.chain.isEmpty() ? QStringLiteral("the server sent no certificate") : QString());
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (socket != m_socket)
            return;
        const bool connected = socket->state() == QAbstractSocket::ConnectedState
            || error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::RemoteHostClosedError
            || error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError;
        m_lastDetail = socket->errorString();
        const bool tooLarge = m_lastDetail.contains(QLatin1String("excessive message size"));
        m_lastFailure = error == QAbstractSocket::ConnectionRefusedError ? TlsProbeResult::Status::Refused
            : tooLarge                                                   ? TlsProbeResult::Status::ChainTooLarge
            : connected                                                  ? TlsProbeResult::Status::HandshakeFailed
                                                                         : TlsProbeResult::Status::Unreachable;
        m_result.verificationErrors.clear();
        QTimer::singleShot(0, this, [this] {
            dropSocket();
            tryNext();
        });
        m_attemptTimer.stop();
    });
    m_attemptTimer.start(m_timeoutMs);
    socket->connectToHostEncrypted(address, m_result.port, m_result.sniName);
}

void TlsProbe::dropSocket()
{
    m_attemptTimer.stop();
    if (QSslSocket* socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TlsProbe::finish(TlsProbeResult::Status status, const QString& detail)
{
    if (!m_running)
        return;
    m_running = false;
    dropSocket();
    if (m_dns)
        m_dns->cancelAll(); // kept until the next start or the probe's end: this may run inside its own callback
    m_result.status = status;
    m_result.detail = status == TlsProbeResult::Status::Served ? QString() : detail;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}

void TlsProbe::cancel()
{
    if (m_running) {
        m_pendingLookups = 0;
        finish(TlsProbeResult::Status::Cancelled);
    }
}

} // namespace caa
