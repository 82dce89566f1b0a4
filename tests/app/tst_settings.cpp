#include "settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAndRoundTrip();
    void outOfRangeValuesAreClamped();
};

void TestSettings::defaultsAndRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("caa-doctor.ini"));
    {
        Settings s(path);
        QCOMPARE(s.lastCa(), QStringLiteral("letsencrypt.org"));
        QCOMPARE(s.timeoutMs(), 3000);
        QCOMPARE(s.tries(), 2);
        QVERIFY(s.resolvers().isEmpty());
        QVERIFY(s.readServedCertificate()); // who issues: the certificate in use is read by default
        QVERIFY(!s.askCertificateTransparency()); // an internet service: off until asked for
        s.setReadServedCertificate(false);
        s.setAskCertificateTransparency(true);
        s.setResolvers({ QStringLiteral("192.0.2.53:53"), QStringLiteral("[2001:db8::53]:53") });
        QVERIFY(s.recentCas().isEmpty());
        for (const char* ca : { "sectigo.com", "digicert.com", "amazon.com", "globalsign.com", "sectigo.com",
                                "letsencrypt.org", "buypass.com" })
            s.setLastCa(QLatin1String(ca));
        s.setLastCa(QStringLiteral("pki.goog"));
        s.setAccountUriProduction(QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1"));
        for (int i = 0; i < 25; ++i)
            s.addRecentName(QStringLiteral("n%1.example").arg(i));
        s.addRecentName(QStringLiteral("n3.example"));
        s.sync();
    }
    QVERIFY(QFile::exists(path));
    Settings s(path);
    QCOMPARE(s.resolvers(), QStringList({ QStringLiteral("192.0.2.53:53"), QStringLiteral("[2001:db8::53]:53") }));
    QCOMPARE(s.lastCa(), QStringLiteral("pki.goog"));
    QVERIFY(!s.readServedCertificate());
    QVERIFY(s.askCertificateTransparency());
    QCOMPARE(s.recentCas(),
             QStringList({ QStringLiteral("pki.goog"), QStringLiteral("buypass.com"), QStringLiteral("letsencrypt.org"),
                           QStringLiteral("sectigo.com"), QStringLiteral("globalsign.com") }));
    QCOMPARE(s.accountUriProduction(), QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1"));
    QCOMPARE(s.recentNames().size(), 20);
    QCOMPARE(s.recentNames().first(), QStringLiteral("n3.example"));
    QCOMPARE(s.recentNames().count(QStringLiteral("n3.example")), 1);
}

void TestSettings::outOfRangeValuesAreClamped()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.ini")));
    s.setTimeoutMs(1);
    s.setTries(99);
    QCOMPARE(s.timeoutMs(), 50);
    QCOMPARE(s.tries(), 10);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
