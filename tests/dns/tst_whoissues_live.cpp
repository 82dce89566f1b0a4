// Who issues, live: the real caa-doctor-cli against the DNS world (platform.test) and the TLS servers of
// tests/tools/tls_world.py on NET.240-247: the certificate in use read over TLS beside the climb, its CA judged, the
// platform recognised from a CNAME, a recorded Certificate Transparency answer, batch rows, and every way a TLS
// server can fail said in one sentence with the CAA verdict unaffected.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString net()
{
    const QString n = qEnvironmentVariable("CAA_DNSWORLD_NET");
    return n.isEmpty() ? QStringLiteral("127.53.0") : n;
}

Run cli(const QStringList& args, const QStringList& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("CAA_DOCTOR_CA_FILE"), QStringLiteral(CAA_TLSWORLD "/roots.pem"));
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(CAA_CLI),
            args + QStringList { QStringLiteral("--resolver"), net() + QStringLiteral(".10") });
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

QJsonObject json(const Run& r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList codes(const QJsonObject& o)
{
    QStringList out;
    for (const QJsonValue& f : o.value(QStringLiteral("issuer_findings")).toArray())
        out.append(f.toObject().value(QStringLiteral("code")).toString());
    return out;
}

} // namespace

class TestWhoIssuesLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void servedCertificate_data();
    void servedCertificate();
    void platformFromTheCnameChain_data();
    void platformFromTheCnameChain();
    void textSaysTheSame();
    void noServedAndAnotherServer();
    void batchRows();
    void certificateTransparency();
};

void TestWhoIssuesLive::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CAA_TLSWORLD "/roots.pem")), "tls_world.py start has not run");
    QFile port(QStringLiteral(CAA_TLSWORLD "/port"));
    QVERIFY(port.open(QIODevice::ReadOnly));
    QCOMPARE(port.readAll().trimmed(), QByteArray("443")); // the app reads port 443, as CAs' customers serve
}

void TestWhoIssuesLive::servedCertificate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("issuerCa");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("message");
    QTest::newRow("Let's Encrypt chain, allowed")
        << QStringLiteral("le.platform.test") << 0 << QStringLiteral("served") << QStringLiteral("Let's Encrypt (ISRG)")
        << QStringLiteral("permit") << QStringList() << QString();
    // Without --ca the served CA is judged beside Let's Encrypt and its refusal counts.
    QTest::newRow("Google Trust Services chain, refused")
        << QStringLiteral("gts.platform.test") << 1 << QStringLiteral("served")
        << QStringLiteral("Google Trust Services") << QStringLiteral("forbid")
        << QStringList { QStringLiteral("served-issuer-not-permitted") } << QString();
    QTest::newRow("self-signed, without subjectAltName")
        << QStringLiteral("self.platform.test") << 0 << QStringLiteral("served") << QString() << QString()
        << QStringList { QStringLiteral("served-issuer-unknown") } << QString();
    QTest::newRow("a server that sends garbage")
        << QStringLiteral("garbage.platform.test") << 0 << QStringLiteral("handshake-failed") << QString() << QString()
        << QStringList { QStringLiteral("served-not-read") } << QStringLiteral("does not speak TLS");
    QTest::newRow("a handshake that never completes")
        << QStringLiteral("stall.platform.test") << 0 << QStringLiteral("timeout") << QString() << QString()
        << QStringList { QStringLiteral("served-not-read") }
        << QStringLiteral("did not finish the TLS handshake within 1 s");
    QTest::newRow("nothing listens") << QStringLiteral("nobody.platform.test") << 0 << QStringLiteral("refused")
                                     << QString() << QString() << QStringList { QStringLiteral("served-not-read") }
                                     << QStringLiteral("no TLS server listens");
    // Trial of issue 15: a 1 MB chain was "does not speak TLS"; an alias to nowhere was "has no address"; a failed
    // lookup was "has no address" too.
    QTest::newRow("a 1 MB chain") << QStringLiteral("huge.platform.test") << 0 << QStringLiteral("chain-too-large")
                                  << QString() << QString() << QStringList { QStringLiteral("served-not-read") }
                                  << QStringLiteral("larger than TLS clients accept");
    QTest::newRow("an alias to a name that does not exist")
        << QStringLiteral("cdn.platform.test") << 1 << QStringLiteral("no-address") << QString() << QString()
        << QStringList { QStringLiteral("served-not-read"), QStringLiteral("platform-ca-missing") }
        << QStringLiteral("is an alias of d111111abcdef8.cloudfront.net, which has no IPv4 or IPv6 address");
    QTest::newRow("no address") << QStringLiteral("platform.test") << 0 << QStringLiteral("no-address") << QString()
                                << QString() << QStringList { QStringLiteral("served-not-read") }
                                << QStringLiteral("has no IPv4 or IPv6 address");
}

void TestWhoIssuesLive::servedCertificate()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QFETCH(QString, issuerCa);
    QFETCH(QString, verdict);
    QFETCH(QStringList, findings);
    QFETCH(QString, message);
    const Run r = cli({ QStringLiteral("check"), name, QStringLiteral("--json"), QStringLiteral("--timeout"),
                        QStringLiteral("500") });
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject o = json(r);
    const QJsonObject served = o.value(QStringLiteral("served_certificate")).toObject();
    QCOMPARE(served.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(served.value(QStringLiteral("origin")).toString(), QStringLiteral("live"));
    QCOMPARE(served.value(QStringLiteral("port")).toInt(), 443);
    QCOMPARE(codes(o), findings);
    // The CAA verdict is Let's Encrypt's, whatever the server did.
    QCOMPARE(
        o.value(QStringLiteral("verdicts")).toArray().first().toObject().value(QStringLiteral("verdict")).toString(),
        QStringLiteral("permit"));
    if (!message.isEmpty())
        QVERIFY2(served.value(QStringLiteral("message")).toString().contains(message),
                 qPrintable(served.value(QStringLiteral("message")).toString()));
    if (status != QLatin1String("served"))
        return;
    QCOMPARE(served.value(QStringLiteral("address")).toString().section(QLatin1Char('.'), 0, 2), net());
    QCOMPARE(served.value(QStringLiteral("chain_sha256")).toArray().isEmpty(), false);
    QVERIFY(!served.value(QStringLiteral("not_after")).toString().isEmpty());
    if (issuerCa.isEmpty()) {
        QVERIFY(served.value(QStringLiteral("issuer_ca")).isNull());
        QCOMPARE(served.value(QStringLiteral("verified")).toBool(), false);
        return;
    }
    QCOMPARE(served.value(QStringLiteral("issuer_ca")).toString(), issuerCa);
    QCOMPARE(served.value(QStringLiteral("verdict")).toString(), verdict);
    QCOMPARE(served.value(QStringLiteral("covers_name")).toBool(), true);
    // The test roots are trusted through CAA_DOCTOR_CA_FILE: the chains verify.
    QCOMPARE(served.value(QStringLiteral("verified")).toBool(), true);
    // Beside the default CA, the served CA's own verdict line says the same.
    bool found = false;
    for (const QJsonValue& v : o.value(QStringLiteral("verdicts")).toArray()) {
        if (v.toObject().value(QStringLiteral("ca")).toString()
            == served.value(QStringLiteral("issuer_caa_identifiers")).toArray().first().toString()) {
            QCOMPARE(v.toObject().value(QStringLiteral("verdict")).toString(), verdict);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestWhoIssuesLive::platformFromTheCnameChain_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("missing");
    QTest::newRow("CloudFront: ACM's CAs are not allowed")
        << QStringLiteral("cdn.platform.test") << QStringLiteral("Amazon CloudFront (ACM)") << true;
    QTest::newRow("Shopify: Let's Encrypt is allowed")
        << QStringLiteral("shop.platform.test") << QStringLiteral("Shopify") << false;
}

void TestWhoIssuesLive::platformFromTheCnameChain()
{
    QFETCH(QString, name);
    QFETCH(QString, platform);
    QFETCH(bool, missing);
    const Run r = cli({ QStringLiteral("check"), name, QStringLiteral("--json"), QStringLiteral("--no-served") });
    QCOMPARE(r.exitCode, missing ? 1 : 0);
    const QJsonObject o = json(r);
    const QJsonObject p = o.value(QStringLiteral("platform")).toObject();
    QCOMPARE(p.value(QStringLiteral("name")).toString(), platform);
    QCOMPARE(p.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("cname"));
    QCOMPARE(p.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("owner")).toString(), name);
    QCOMPARE(p.value(QStringLiteral("permits_any")).toBool(), !missing);
    QCOMPARE(codes(o).contains(QStringLiteral("platform-ca-missing")), missing);
    QVERIFY(o.value(QStringLiteral("served_certificate")).isNull());
    if (missing)
        QCOMPARE(
            p.value(QStringLiteral("fix")).toObject().value(QStringLiteral("records")).toArray().first().toString(),
            QStringLiteral("platform.test. CAA 0 issue \"amazon.com\""));
}

void TestWhoIssuesLive::textSaysTheSame()
{
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("gts.platform.test") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("Issued by: Google Trust Services (issuing CA WE1; CAA identifier pki.goog)"),
             r.out.constData());
    QVERIFY(r.out.contains("CAA does not allow Google Trust Services: its next renewal will fail."));
    QVERIFY(r.out.contains("Chain: verifies to a trusted root for gts.platform.test"));
    QVERIFY(r.out.contains("platform.test. CAA 0 issue \"pki.goog\""));
    // The PDF says it too.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("gts.pdf"));
    QCOMPARE(
        cli({ QStringLiteral("check"), QStringLiteral("gts.platform.test"), QStringLiteral("--report"), pdf }).exitCode,
        1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QByteArray pdfText = text.readAllStandardOutput().simplified();
    QVERIFY2(pdfText.contains("Who issues"), pdfText.constData());
    QVERIFY(pdfText.contains("CAA does not allow Google Trust Services: its next renewal will fail."));
}

void TestWhoIssuesLive::noServedAndAnotherServer()
{
    const Run off = cli({ QStringLiteral("check"), QStringLiteral("gts.platform.test"), QStringLiteral("--no-served"),
                          QStringLiteral("--json") });
    QCOMPARE(off.exitCode, 0);
    QVERIFY(json(off).value(QStringLiteral("served_certificate")).isNull());
    // The certificate of another server, by name and port; SNI stays the name checked.
    const Run other = cli({ QStringLiteral("check"), QStringLiteral("www.permit.test"),
                            QStringLiteral("--served=le.platform.test:443"), QStringLiteral("--json") });
    const QJsonObject served = json(other).value(QStringLiteral("served_certificate")).toObject();
    QCOMPARE(served.value(QStringLiteral("host")).toString(), QStringLiteral("le.platform.test"));
    QCOMPARE(served.value(QStringLiteral("issuer_ca")).toString(), QStringLiteral("Let's Encrypt (ISRG)"));
    QCOMPARE(served.value(QStringLiteral("covers_name")).toBool(), false);
    QVERIFY(codes(json(other)).contains(QStringLiteral("served-name-not-covered")));
}

void TestWhoIssuesLive::batchRows()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("names.txt"));
    QFile f(list);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("le.platform.test\ngts.platform.test\nnobody.platform.test\nself.platform.test\n");
    f.close();
    const Run r = cli({ QStringLiteral("batch"), list, QStringLiteral("--served"), QStringLiteral("--ca"),
                        QStringLiteral("letsencrypt.org") });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QVERIFY2(rows[0].endsWith("\tletsencrypt.org\tpermit"), rows[0].constData());
    QVERIFY2(rows[1].endsWith("\tpki.goog\tforbid"), rows[1].constData());
    QVERIFY2(rows[2].endsWith("\t-\trefused"), rows[2].constData());
    QVERIFY2(rows[3].endsWith("\tself-signed\t-"), rows[3].constData());
    // Trial of issue 15: without --ca a batch row says what check says, the platform's CA included.
    QFile one(list);
    QVERIFY(one.open(QIODevice::WriteOnly));
    one.write("cdn.platform.test\n");
    one.close();
    const Run b = cli({ QStringLiteral("batch"), list });
    const Run c = cli({ QStringLiteral("check"), QStringLiteral("cdn.platform.test"), QStringLiteral("--no-served") });
    QCOMPARE(b.exitCode, 1);
    QCOMPARE(c.exitCode, 1);
    QVERIFY2(b.out.contains("cdn.platform.test\tamazon.com\tforbid"), b.out.constData());
}

void TestWhoIssuesLive::certificateTransparency()
{
    QFile answer(QStringLiteral(CAA_TLSWORLD "/ct-answer.json"));
    QVERIFY(answer.open(QIODevice::WriteOnly));
    const QString recent = QDate::currentDate().addDays(-20).toString(Qt::ISODate);
    answer.write(
        QStringLiteral("[{\"issuer_name\":\"C=US, O=Let's Encrypt, CN=R11\",\"not_before\":\"%1T00:00:00\","
                       "\"name_value\":\"le.platform.test\"},"
                       "{\"issuer_name\":\"C=US, O=Google Trust Services, CN=WE1\",\"not_before\":\"%1T00:00:00\","
                       "\"common_name\":\"le.platform.test\"},"
                       "{\"issuer_name\":\"C=US, O=Sectigo Limited, CN=Other\",\"not_before\":\"%1T00:00:00\","
                       "\"name_value\":\"other.example\"}]")
            .arg(recent)
            .toUtf8());
    answer.close();
    const QStringList env { QStringLiteral("CAA_DOCTOR_CT_URL=https://%1.247/").arg(net()) };
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("le.platform.test"), QStringLiteral("--ct"),
                        QStringLiteral("--json") },
                      env);
    const QJsonObject ct = json(r).value(QStringLiteral("certificate_transparency")).toObject();
    QCOMPARE(ct.value(QStringLiteral("status")).toString(), QStringLiteral("answered"));
    QCOMPARE(ct.value(QStringLiteral("unreadable")).toInt(), 1); // the entry for another name
    const QJsonArray issuers = ct.value(QStringLiteral("issuers")).toArray();
    QCOMPARE(issuers.size(), 2);
    QCOMPARE(issuers[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("permit"));
    QCOMPARE(issuers[1].toObject().value(QStringLiteral("issuer_ca")).toString(),
             QStringLiteral("Google Trust Services"));
    QCOMPARE(issuers[1].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("forbid"));
    // The text says it with English plurals ("1 certificate").
    const Run text = cli({ QStringLiteral("check"), QStringLiteral("le.platform.test"), QStringLiteral("--ct") }, env);
    QVERIFY2(text.out.simplified().contains("Issued lately by: Let's Encrypt (ISRG) (1 certificate, latest"),
             text.out.constData());
    // An answer that is not JSON: said, and nothing else changes.
    QVERIFY(answer.open(QIODevice::WriteOnly));
    answer.write("<html>Service Unavailable</html>");
    answer.close();
    const Run broken
        = cli({ QStringLiteral("check"), QStringLiteral("le.platform.test"), QStringLiteral("--ct") }, env);
    QCOMPARE(broken.exitCode, 0);
    QVERIFY2(broken.out.simplified().contains(
                 QStringLiteral("No usable answer from %1.247: the answer is not JSON").arg(net()).toUtf8()),
             broken.out.constData());
}

QTEST_GUILESS_MAIN(TestWhoIssuesLive)
#include "tst_whoissues_live.moc"
