#include "caa/ctlookup.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace caa {

CtLookup::CtLookup(QObject* parent)
    : QObject(parent)
    , m_base(defaultBaseUrl())
    , m_extraCas(extraTrustedCertificates())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { done(QStringLiteral("no answer within %1 seconds").arg(m_timeoutMs / 1000.0)); });
}

CtLookup::~CtLookup()
{
    cancel();
}

QUrl CtLookup::defaultBaseUrl()
{
    const QByteArray env = qgetenv("CAA_DOCTOR_CT_URL");
    return QUrl(env.isEmpty() ? QStringLiteral("https://crt.sh/") : QString::fromUtf8(env));
}

void CtLookup::start(const QString& name)
{
    cancel();
    m_answer = {};
    m_body.clear();
    QUrl url = m_base;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), name);
    query.addQueryItem(QStringLiteral("output"), QStringLiteral("json"));
    query.addQueryItem(QStringLiteral("exclude"), QStringLiteral("expired"));
    url.setQuery(query);
    m_answer.url = url.toString();
    m_name = name.toLower();
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        // Only a web service is asked (CAA_DOCTOR_CT_URL names another one): never a file or another scheme.
        QTimer::singleShot(0, this, [this] {
            m_answer.status = CtAnswer::Status::Failed;
            m_answer.error = QStringLiteral("%1 is not an https:// URL").arg(m_base.toString());
            Q_EMIT finished();
        });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("caa-doctor/" CAA_VERSION));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(m_extraCas);
        request.setSslConfiguration(configuration);
    }
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_body += m_reply->readAll();
        if (m_body.size() > kMaxCtAnswerBytes)
            done(QStringLiteral("the answer is larger than 16 MiB"));
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        if (!m_reply)
            return;
        if (m_reply->isOpen())
            m_body += m_reply->readAll();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0 && status != 200)
            done(QStringLiteral("HTTP status %1").arg(status));
        else if (m_reply->error() == QNetworkReply::OperationCanceledError)
            done(QStringLiteral("no answer within %1 seconds").arg(m_timeoutMs / 1000.0));
        else if (m_reply->error() != QNetworkReply::NoError)
            done(m_reply->errorString());
        else
            done(QString());
    });
    m_timer.start(m_timeoutMs + 1000);
}

void CtLookup::done(const QString& error)
{
    cancel();
    const QString url = m_answer.url;
    if (error.isEmpty()) {
        m_answer = parseCrtShJson(m_body, QDate::currentDate().addDays(-kCtDays), m_name);
    } else {
        m_answer.status = CtAnswer::Status::Failed;
        m_answer.error = error;
    }
    m_answer.url = url;
    m_body.clear();
    Q_EMIT finished();
}

void CtLookup::cancel()
{
    m_timer.stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace caa
