#pragma once

// Certificate chains for the tests, made with the openssl command in a temporary folder (never stored, so they never
// expire in the repository). Intermediates carry real CA names; roots are test roots.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>

namespace caa::test {

class CertFactory
{
public:
    bool isValid() const { return m_dir.isValid() && m_ok; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A root: "/C=US/O=…/CN=…".
    bool root(const QString& name, const QString& subject)
    {
        return key(name)
            && openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"), QStringLiteral("-key"),
                         path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                         path(name + QStringLiteral(".pem")), QStringLiteral("-subj"), subject, QStringLiteral("-days"),
                         QStringLiteral("3650"), QStringLiteral("-addext"),
                         QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                         QStringLiteral("subjectKeyIdentifier=hash") });
    }
    // An intermediate signed by `issuer`; `keyId` (hex) replaces its subject key identifier when given.
    bool intermediate(const QString& name, const QString& subject, const QString& issuer,
                      const QString& keyId = QString())
    {
        return issue(name, subject, issuer,
                     QStringLiteral("basicConstraints=critical,CA:TRUE,pathlen:0\nsubjectKeyIdentifier=%1\n"
                                    "authorityKeyIdentifier=keyid\n")
                         .arg(keyId.isEmpty() ? QStringLiteral("hash") : keyId),
                     1000);
    }
    // A leaf for `sans` (none: no subjectAltName), valid `days` days from now (an expired one is in
    // tests/data/certs: OpenSSL 3.0's command cannot date one in the past).
    bool leaf(const QString& name, const QString& subject, const QString& issuer, const QStringList& sans,
              int days = 90)
    {
        QString ext = QStringLiteral("basicConstraints=CA:FALSE\nauthorityKeyIdentifier=keyid\n");
        if (!sans.isEmpty())
            ext += QStringLiteral("subjectAltName=DNS:%1\n").arg(sans.join(QStringLiteral(",DNS:")));
        return issue(name, subject, issuer, ext, days);
    }
    QByteArray read(const QString& name) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QByteArray pem(const QStringList& names) const
    {
        QByteArray out;
        for (const QString& n : names)
            out += read(n + QStringLiteral(".pem"));
        return out;
    }
    QByteArray der(const QString& name)
    {
        openssl({ QStringLiteral("x509"), QStringLiteral("-in"), path(name + QStringLiteral(".pem")),
                  QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                  path(name + QStringLiteral(".der")) });
        return read(name + QStringLiteral(".der"));
    }
    QByteArray request(const QString& name, const QString& subject)
    {
        key(name);
        openssl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                  path(name + QStringLiteral(".key")), QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                  QStringLiteral("-subj"), subject });
        return read(name + QStringLiteral(".csr"));
    }
    QString error() const { return m_error; }

private:
    bool key(const QString& name)
    {
        return openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                         path(name + QStringLiteral(".key")) });
    }
    bool issue(const QString& name, const QString& subject, const QString& issuer, const QString& ext, int days)
    {
        QFile e(path(name + QStringLiteral(".ext")));
        if (!e.open(QIODevice::WriteOnly) || e.write(ext.toLatin1()) < 0)
            return fail(QStringLiteral("cannot write the extension file"));
        e.close();
        if (!key(name)
            || !openssl({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                          path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                          path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), subject }))
            return false;
        QStringList args { QStringLiteral("x509"),
                           QStringLiteral("-req"),
                           QStringLiteral("-in"),
                           path(name + QStringLiteral(".csr")),
                           QStringLiteral("-CA"),
                           path(issuer + QStringLiteral(".pem")),
                           QStringLiteral("-CAkey"),
                           path(issuer + QStringLiteral(".key")),
                           QStringLiteral("-CAcreateserial"),
                           QStringLiteral("-out"),
                           path(name + QStringLiteral(".pem")),
                           QStringLiteral("-extfile"),
                           path(name + QStringLiteral(".ext")) };
        args << QStringLiteral("-days") << QString::number(std::max(days, 1));
        return openssl(args);
    }
    bool openssl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("openssl %1: %2")
                            .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError())));
        return true;
    }
    bool fail(const QString& message)
    {
        m_ok = false;
        m_error = message;
        return false;
    }

    QTemporaryDir m_dir;
    bool m_ok = true;
    QString m_error;
};

} // namespace caa::test
