#pragma once

#include "caa/certificate.h"
#include "caa/ctlog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace caa {

// Asks crt.sh (or the base URL given: CAA_DOCTOR_CT_URL, for a mirror or the tests) for `name`'s certificates.
class CtLookup : public QObject
{
    Q_OBJECT
public:
    explicit CtLookup(QObject* parent = nullptr);
    ~CtLookup() override;
    void setBaseUrl(const QUrl& url) { m_base = url; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void start(const QString& name);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    const CtAnswer& answer() const { return m_answer; }
    // CAA_DOCTOR_CT_URL when set, else https://crt.sh/
    static QUrl defaultBaseUrl();

Q_SIGNALS:
    void finished();

private:
    void done(const QString& error);
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QUrl m_base;
    QList<QSslCertificate> m_extraCas;
    CtAnswer m_answer;
    QByteArray m_body;
    QString m_name;
    int m_timeoutMs = 20000;
};

} // namespace caa
