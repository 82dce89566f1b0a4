// End to end: the real caa-doctor-cli binary on real zone files, checking exit codes, JSON and the files it writes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(CAA_CLI));
    p.setArguments(args);
    p.start();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kZone = R"($ORIGIN example.org.
$TTL 300
@        SOA  ns1 hostmaster 1 7200 3600 1209600 300
@        NS   ns1
ns1      A    192.0.2.1
@        CAA  0 issue "pki.goog"
@        CAA  0 issue "letsencrypt.org"
@        CAA  0 issuewild ";"
shop     CAA  0 issue "sectigo.com"
old      CAA  0 issue "LetsEncrypt.org"
cdn      CNAME edge.example.org.
edge     CAA  0 issue "digicert.com"
www      A    192.0.2.2
)";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkVerdicts_data();
    void checkVerdicts();
    void jsonSchema();
    void demoTrailingDot();
    void multipleCas();
    void providerForms();
    void usageAndInputErrors_data();
    void usageAndInputErrors();
    void edges_data();
    void edges();
    void zoneSyntaxErrorsStopTheCheck();
    void fixDiffThenWrite();
    void fixDiffAppliesWithPatchAndGitApply_data();
    void fixDiffAppliesWithPatchAndGitApply();
    void lintJson();
    void batchInInputOrder();
    void interruptedBatchLeavesWholeRows();
    void explainsAnErrorMessage();
    void help();
    void textFollowsTheTerminal();
    void originFromTheFileNameOrOption();
    void outputThatCannotBeWrittenIsAnError();
    void zoneReadFromAPipe();
    void batchReadsTheNamesColumn();
    void usageListsEveryOption();
    void replayOfABundleWithoutResolvers();
    void oneFilePerZone();
    void trialInputsOfDecember();
    void servedCertificateFromFile();
    void platformFromTheZonesNameservers();
    void certificateFromAPipeIsRefused();
    void batchHostileInput_data();
    void batchHostileInput();

private:
    QTemporaryDir m_dir;
    QString m_zone;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zone = m_dir.filePath(QStringLiteral("example.org.zone"));
    writeFile(m_zone, kZone);
}

void TestCli::checkVerdicts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("relevant");

    QTest::addRow("apex permits LE") << QStringList { QStringLiteral("example.org") } << 0 << "permit"
                                     << "permitted"
                                     << "example.org";
    QTest::addRow("inherited by www") << QStringList { QStringLiteral("www.example.org") } << 0 << "permit"
                                      << "permitted"
                                      << "example.org";
    QTest::addRow("wildcard denied by issuewild ;") << QStringList { QStringLiteral("*.example.org") } << 1 << "forbid"
                                                    << "issue-deny-all"
                                                    << "example.org";
    QTest::addRow("--wildcard flag same as *.")
        << QStringList { QStringLiteral("example.org"), QStringLiteral("--wildcard") } << 1 << "forbid"
        << "issue-deny-all"
        << "example.org";
    QTest::addRow("own set lists another CA") << QStringList { QStringLiteral("shop.example.org") } << 1 << "forbid"
                                              << "issuer-not-listed"
                                              << "shop.example.org";
    QTest::addRow("case differs") << QStringList { QStringLiteral("old.example.org") } << 1 << "forbid"
                                  << "issuer-case"
                                  << "old.example.org";
    QTest::addRow("case is fine for RFC profile")
        << QStringList { QStringLiteral("old.example.org"), QStringLiteral("--ca"), QStringLiteral("rfc8659") } << 0
        << "permit"
        << "permitted"
        << "old.example.org";
    QTest::addRow("cname target's CAA, alias reported")
        << QStringList { QStringLiteral("cdn.example.org") } << 1 << "forbid"
        << "issuer-not-listed"
        << "cdn.example.org";
    QTest::addRow("URL and trailing dot accepted")
        << QStringList { QStringLiteral("https://WWW.example.org./path") } << 0 << "permit"
        << "permitted"
        << "example.org";
    // Issue 12 item 6: a name no loaded zone holds cannot be judged from the files.
    QTest::addRow("outside the loaded data: cannot tell")
        << QStringList { QStringLiteral("example.net") } << 2 << "error"
        << "outside-loaded-data" << QString();
    QTest::addRow("GTS identifier permitted")
        << QStringList { QStringLiteral("example.org"), QStringLiteral("--ca"), QStringLiteral("pki.goog") } << 0
        << "permit"
        << "permitted"
        << "example.org";
}

void TestCli::checkVerdicts()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    QFETCH(QString, relevant);
    const Run r = cli(QStringList { QStringLiteral("check") } + args
                      + QStringList { QStringLiteral("--zone"), m_zone, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject v = o.value(QStringLiteral("verdicts")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("verdict")).toString(), verdict);
    QCOMPARE(v.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(o.value(QStringLiteral("relevant")).toString(), relevant);
}

void TestCli::jsonSchema()
{
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("cdn.example.org"), QStringLiteral("--zone"), m_zone,
                        QStringLiteral("--json"), QStringLiteral("--account-uri"),
                        QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1"), QStringLiteral("--method"),
                        QStringLiteral("dns-01") });
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject q = o.value(QStringLiteral("query")).toObject();
    QCOMPARE(q.value(QStringLiteral("name")).toString(), QStringLiteral("cdn.example.org"));
    QCOMPARE(q.value(QStringLiteral("wildcard")).toBool(true), false);
    QCOMPARE(q.value(QStringLiteral("account_uri")).toString(),
             QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1"));
    QCOMPARE(q.value(QStringLiteral("method")).toString(), QStringLiteral("dns-01"));
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("zone"));
    const QJsonArray climb = o.value(QStringLiteral("climb")).toArray();
    QCOMPARE(climb.size(), 3);
    const QStringList statuses { QStringLiteral("records"), QStringLiteral("records"), QStringLiteral("unavailable") };
    for (int i = 0; i < climb.size(); ++i) {
        const QJsonObject n = climb[i].toObject();
        for (const char* key : { "name", "status", "aliases", "records", "dnssec", "ede", "elapsed_ms" })
            QVERIFY2(n.contains(QLatin1String(key)), key);
        QCOMPARE(n.value(QStringLiteral("status")).toString(), statuses[i]);
    }
    QCOMPARE(climb[0].toObject().value(QStringLiteral("aliases")).toArray().first().toString(),
             QStringLiteral("edge.example.org"));
    const QJsonObject record = climb[0].toObject().value(QStringLiteral("records")).toArray().first().toObject();
    QCOMPARE(record.value(QStringLiteral("owner")).toString(), QStringLiteral("edge.example.org"));
    QCOMPARE(record.value(QStringLiteral("flags")).toInt(-1), 0);
    QCOMPARE(record.value(QStringLiteral("tag")).toString(), QStringLiteral("issue"));
    QCOMPARE(record.value(QStringLiteral("value")).toString(), QStringLiteral("digicert.com"));
    QCOMPARE(record.value(QStringLiteral("ttl")).toInt(), 300);
    const QJsonObject v = o.value(QStringLiteral("verdicts")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("ca")).toString(), QStringLiteral("letsencrypt.org"));
    QCOMPARE(v.value(QStringLiteral("ca_error")).toString(),
             QStringLiteral("While processing CAA for cdn.example.org: CAA record for cdn.example.org prevents "
                            "issuance"));
    QStringList codes;
    for (const QJsonValue f : v.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject fo = f.toObject();
        codes.append(fo.value(QStringLiteral("code")).toString());
        QVERIFY(!fo.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(QStringList({ QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info") })
                    .contains(fo.value(QStringLiteral("severity")).toString()));
        QVERIFY(fo.value(QStringLiteral("record")).isObject());
    }
    QVERIFY(codes.contains(QStringLiteral("cname-target-caa")));
    // The summary names where the records live: no CAA can be added next to the CNAME itself.
    const QString summary
        = v.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(summary.contains(QStringLiteral("Add edge.example.org. CAA 0 issue")), qPrintable(summary));
    QVERIFY(codes.contains(QStringLiteral("issuer-other-ca")));
    const QJsonArray fixes = v.value(QStringLiteral("fixes")).toArray();
    QVERIFY(!fixes.isEmpty());
    QCOMPARE(fixes.first().toObject().value(QStringLiteral("records")).toArray().first().toString(),
             QStringLiteral("edge.example.org. CAA 0 issue \"letsencrypt.org\""));
}

void TestCli::demoTrailingDot()
{
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("www.example.com"), QStringLiteral("--zone"),
                        QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("While processing CAA for www.example.com: CAA record for example.com prevents issuance"));
    QVERIFY(r.out.contains("with a final dot"));
    QVERIFY(r.out.contains("example.com. CAA 0 issue \"letsencrypt.org\""));
    QVERIFY(r.out.contains("sends no iodef reports"));
    QVERIFY(!r.out.contains("\x1b[")); // no colour codes when not on a terminal
}

void TestCli::providerForms()
{
    // The same fix as a DNS provider's web form asks for it: Route 53 quotes the value, DigitalOcean wants the dot.
    const QString demo = QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone");
    Run r = cli({ QStringLiteral("check"), QStringLiteral("www.example.com"), QStringLiteral("--zone"), demo,
                  QStringLiteral("--provider"), QStringLiteral("Route53") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("In AWS Route 53's web form:\n"), r.out.constData());
    QVERIFY(r.out.contains("         Record name: (leave empty: the zone's own name)\n         Record type: CAA\n"
                           "         Value: 0 issue \"letsencrypt.org\"\n"));
    QVERIFY(r.out.contains("         - Route 53 wants each record as flags, tag and the value in double quotes"));
    r = cli({ QStringLiteral("check"), QStringLiteral("www.example.com"), QStringLiteral("--zone"), demo,
              QStringLiteral("--provider"), QStringLiteral("digitalocean") });
    QVERIFY(r.out.contains("Authority granted for: letsencrypt.org.\n"));
    // Without --provider, no form.
    r = cli({ QStringLiteral("check"), QStringLiteral("www.example.com"), QStringLiteral("--zone"), demo });
    QVERIFY(!r.out.contains("web form"));
}

void TestCli::multipleCas()
{
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("shop.example.org"), QStringLiteral("--zone"), m_zone,
                        QStringLiteral("--ca"), QStringLiteral("letsencrypt.org"), QStringLiteral("--ca"),
                        QStringLiteral("sectigo.com"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray verdicts = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("verdicts")).toArray();
    QCOMPARE(verdicts.size(), 2);
    QCOMPARE(verdicts[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("forbid"));
    QCOMPARE(verdicts[1].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("permit"));
}

void TestCli::usageAndInputErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString zone = QStringLiteral("ZONE");
    QTest::addRow("no command") << QStringList() << 64 << "no command";
    QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 64 << "unknown command";
    QTest::addRow("unknown option") << QStringList { QStringLiteral("check"), QStringLiteral("a.example"),
                                                     QStringLiteral("--bogus"), QStringLiteral("--zone"), zone }
                                    << 64 << "bogus";
    // A "%1" typed into a name is shown as typed, not filled with the next value of the message.
    QTest::newRow("a name with a percent sign in it")
        << QStringList { QStringLiteral("check"), QStringLiteral("a%1b..test"), QStringLiteral("--zone"), zone } << 65
        << "invalid name \"a%1b..test\" at character 2: the name contains a character";
    // Issue 13 item 14 and a new-user trial: "-foo.test" read as the options f, o, o…; names no CA issues for (a
    // label with a hyphen at an edge, an "xn--" label that does not decode, a lone "*") were checked as names.
    QTest::addRow("a name that looks like options")
        << QStringList { QStringLiteral("check"), QStringLiteral("-foo.test"), QStringLiteral("--zone"), zone } << 64
        << "\"-foo.test\" is not an option";
    QTest::addRow("a name after --") << QStringList { QStringLiteral("check"), QStringLiteral("--zone"), zone,
                                                      QStringLiteral("--"), QStringLiteral("-foo.test") }
                                     << 65 << "a label starts or ends with '-'";
    QTest::addRow("a label ending in a hyphen")
        << QStringList { QStringLiteral("check"), QStringLiteral("www-.example.org"), QStringLiteral("--zone"), zone }
        << 65 << "at character 1: a label starts or ends with '-'";
    QTest::addRow("a dash alone") << QStringList { QStringLiteral("check"), QStringLiteral("--zone"), zone,
                                                   QStringLiteral("--"), QStringLiteral("-") }
                                  << 65 << "a label starts or ends with '-'";
    QTest::addRow("an xn-- label that is no Punycode")
        << QStringList { QStringLiteral("check"), QStringLiteral("xn--a.example.org"), QStringLiteral("--zone"), zone }
        << 65 << "not valid Punycode";
    QTest::addRow("a wildcard alone") << QStringList { QStringLiteral("check"), QStringLiteral("*"),
                                                       QStringLiteral("--zone"), zone }
                                      << 65 << "'*' alone is no name";
    // Never the system resolver in tests: on this machine it is a private address outside the test world.
    QTest::addRow("zone and resolver together")
        << QStringList { QStringLiteral("check"),      QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--resolver"), QStringLiteral("127.0.0.1") }
        << 64 << "not both";
    QTest::addRow("invalid resolver") << QStringList { QStringLiteral("check"), QStringLiteral("example.org"),
                                                       QStringLiteral("--resolver"), QStringLiteral("dns.google") }
                                      << 64 << "invalid resolver";
    QTest::addRow("resolver port out of range")
        << QStringList { QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--resolver"),
                         QStringLiteral("127.0.0.1:70000") }
        << 64 << "1-65535";
    QTest::addRow("bad timeout") << QStringList { QStringLiteral("check"),      QStringLiteral("example.org"),
                                                  QStringLiteral("--resolver"), QStringLiteral("127.0.0.1"),
                                                  QStringLiteral("--timeout"),  QStringLiteral("x") }
                                 << 64 << "--timeout";
    QTest::addRow("unknown provider") << QStringList { QStringLiteral("check"),      QStringLiteral("example.org"),
                                                       QStringLiteral("--zone"),     zone,
                                                       QStringLiteral("--provider"), QStringLiteral("bind") }
                                      << 64 << "one of generic, cloudflare, route53";
    QTest::addRow("empty label") << QStringList { QStringLiteral("check"), QStringLiteral("a..example.org"),
                                                  QStringLiteral("--zone"), zone }
                                 << 65 << "character 3";
    QTest::addRow("64-octet label") << QStringList {
        QStringLiteral("check"), QString(64, u'a') + QStringLiteral(".org"), QStringLiteral("--zone"), zone
    } << 65 << "63 octets";
    QTest::addRow("bad CA") << QStringList { QStringLiteral("check"),  QStringLiteral("example.org"),
                                             QStringLiteral("--ca"),   QStringLiteral("!!"),
                                             QStringLiteral("--zone"), zone }
                            << 64 << "unknown CA";
    QTest::addRow("missing zone file") << QStringList { QStringLiteral("check"), QStringLiteral("example.org"),
                                                        QStringLiteral("--zone"),
                                                        QStringLiteral("/nonexistent/x.zone") }
                                       << 66 << "no such file";
    QTest::addRow("folder as zone") << QStringList { QStringLiteral("lint"), QStringLiteral("--zone"),
                                                     QStringLiteral("/tmp") }
                                    << 66 << "folder";
    // Issue 12 item 15: an account URI that is not a URI never reaches a record.
    QTest::addRow("account URI that is not a URI")
        << QStringList { QStringLiteral("check"),         QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--account-uri"), QStringLiteral("not a uri") }
        << 64 << "is not a URI";
    // A URL of no Let's Encrypt account form names no account (Boulder compares the id after its prefixes), and a
    // fix must never write one.
    QTest::addRow("account URL with a trailing slash") << QStringList {
        QStringLiteral("fix"),           QStringLiteral("shop.example.org"),
        QStringLiteral("--zone"),        zone,
        QStringLiteral("--account-uri"), QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/999/")
    } << 64 << "is not a Let's Encrypt account URL";
    QTest::addRow("account URL of another host")
        << QStringList { QStringLiteral("check"),         QStringLiteral("example.org"),
                         QStringLiteral("--zone"),        zone,
                         QStringLiteral("--account-uri"), QStringLiteral("https://example.com/acct/1") }
        << 64 << "they look like https://acme-v02.api.letsencrypt.org/acme/acct/";
    // Who issues (issue 15): the certificate in use from a file, or read over TLS.
    QTest::addRow("--served= with a bad port")
        << QStringList { QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--served=example.org:99999") }
        << 64 << "--served=example.org:99999 is not HOST, HOST:PORT or [IPv6]:PORT";
    QTest::addRow("--served HOST:PORT after NAME, a bad port")
        << QStringList { QStringLiteral("check"),    QStringLiteral("example.org"),  QStringLiteral("--zone"), zone,
                         QStringLiteral("--served"), QStringLiteral("example.org:0") }
        << 64 << "--served=example.org:0 is not HOST";
    QTest::addRow("--served= a URL") << QStringList { QStringLiteral("check"), QStringLiteral("example.org"),
                                                      QStringLiteral("--zone"), zone,
                                                      QStringLiteral("--served=https://example.org/") }
                                     << 64 << "is not HOST, HOST:PORT";
    QTest::addRow("--no-served with --cert")
        << QStringList { QStringLiteral("check"),       QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--no-served"), QStringLiteral("--cert"),      QStringLiteral("CERT") }
        << 64 << "--no-served cannot be combined";
    QTest::addRow("--cert with --served")
        << QStringList { QStringLiteral("check"),    QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--served"), QStringLiteral("--cert"),      QStringLiteral("CERT") }
        << 64 << "either --cert FILE or --served";
    QTest::addRow("--cert of a missing file")
        << QStringList { QStringLiteral("check"),  QStringLiteral("example.org"),
                         QStringLiteral("--zone"), zone,
                         QStringLiteral("--cert"), QStringLiteral("/nonexistent/cert.pem") }
        << 66 << "cannot read /nonexistent/cert.pem";
    QTest::addRow("--cert of an empty name") << QStringList { QStringLiteral("check"),  QStringLiteral("example.org"),
                                                              QStringLiteral("--zone"), zone,
                                                              QStringLiteral("--cert"), QString() }
                                             << 66 << "cannot read : no file name";
    QTest::addRow("--cert of a folder") << QStringList { QStringLiteral("check"),  QStringLiteral("example.org"),
                                                         QStringLiteral("--zone"), zone,
                                                         QStringLiteral("--cert"), QStringLiteral("/tmp") }
                                        << 65 << "not a regular file";
    QTest::addRow("--cert twice") << QStringList {
        QStringLiteral("check"),  QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
        QStringLiteral("--cert"), QStringLiteral("CERT"),        QStringLiteral("--cert"), QStringLiteral("CERT")
    } << 64 << "give --cert or --served=HOST[:PORT] once";
    QTest::addRow("--served= an option-like host")
        << QStringList { QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--served=-x") }
        << 64 << "is not HOST";
    QTest::addRow("--cert of a zone file") << QStringList { QStringLiteral("check"),  QStringLiteral("example.org"),
                                                            QStringLiteral("--zone"), zone,
                                                            QStringLiteral("--cert"), zone }
                                           << 65 << "holds no certificate (PEM with a CERTIFICATE block, or DER)";
    QTest::addRow("fix: account URI that is not a URI")
        << QStringList { QStringLiteral("fix"),           QStringLiteral("shop.example.org"),
                         QStringLiteral("--zone"),        zone,
                         QStringLiteral("--account-uri"), QStringLiteral("12345") }
        << 64 << "is not a URI";
}

// Issue 12 items 5, 6, 8 and 15: answers at the edges, end to end.
void TestCli::edges_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // in standard output
    QTest::addColumn<QString>("err"); // in standard error
    const QString zone = QStringLiteral("ZONE");
    QTest::addRow("IPv4 address") << QStringList { QStringLiteral("check"), QStringLiteral("192.0.2.1"),
                                                   QStringLiteral("--zone"), zone }
                                  << 0 << "CAA records apply to domain names only" << QString();
    QTest::addRow("IPv6 address") << QStringList { QStringLiteral("check"), QStringLiteral("2001:db8::1"),
                                                   QStringLiteral("--zone"), zone, QStringLiteral("--json") }
                                  << 0 << "\"reason\": \"ip-identifier\"" << QString();
    QTest::addRow("fix: a name outside the zones")
        << QStringList { QStringLiteral("fix"), QStringLiteral("other.org"), QStringLiteral("--zone"), zone } << 2
        << "Cannot tell from these zone files" << QString();
    QTest::addRow("fix: an alias whose target is outside")
        << QStringList { QStringLiteral("fix"), QStringLiteral("away.example.org"), QStringLiteral("--zone"), zone }
        << 2 << "Cannot tell from these zone files" << QString();
    QTest::addRow("error naming only the failing name")
        << QStringList { QStringLiteral("check"), QStringLiteral("--zone"), zone, QStringLiteral("--error"),
                         QStringLiteral("acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: query "
                                        "timed out looking up CAA for shop.example.org") }
        << 1 << "CAA Doctor: shop.example.org" << QString();
    QTest::addRow("an SSL.com error checks SSL.com")
        << QStringList { QStringLiteral("check"),
                         QStringLiteral("www.example.org"),
                         QStringLiteral("--zone"),
                         zone,
                         QStringLiteral("--error"),
                         QStringLiteral("MPIC failed.. CAA record does not include ssl.com which is required to issue "
                                        "the certificate.") }
        << 1 << "SSL.com" << QString();
    QTest::addRow("a CA identifier with a typo")
        << QStringList { QStringLiteral("check"), QStringLiteral("www.example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--ca"),  QStringLiteral("letsencrpyt.org") }
        << 1 << QString() << "did you mean letsencrypt.org?";
    // Issue 12 item 9: a fix that leaves out a parameter the CA cannot read says so (it was dropped silently).
    QTest::addRow("a fix leaving out cert-type=dv, text")
        << QStringList { QStringLiteral("check"), QStringLiteral("typed.example.org"), QStringLiteral("--zone"), zone }
        << 1 << "It leaves out cert-type=dv: the CA cannot read a record that has it" << QString();
    QTest::addRow("a fix leaving out cert-type=dv, JSON")
        << QStringList { QStringLiteral("check"), QStringLiteral("typed.example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--json") }
        << 1 << "\"leaves_out\": [\n                        \"cert-type=dv\"" << QString();
    // A parent in the same zone file is the owner's own: not "a zone you may not control" (a new-user trial).
    QTest::addRow("inherited from the same zone")
        << QStringList { QStringLiteral("check"), QStringLiteral("www.example.org"), QStringLiteral("--zone"), zone,
                         QStringLiteral("--ca"),  QStringLiteral("sectigo.com"),     QStringLiteral("--json") }
        << 1 << "the ones at example.org, in the same zone (example.org)" << QString();
    // An account URL that no Let's Encrypt account has refuses every order; it read "your account is ." when no
    // account was given.
    QTest::addRow("an account URL of no account")
        << QStringList { QStringLiteral("check"), QStringLiteral("upper.example.org"), QStringLiteral("--zone"), zone }
        << 1 << "no account URL of Let's Encrypt" << QString();
    QTest::addRow("an unknown method") << QStringList { QStringLiteral("check"),    QStringLiteral("www.example.org"),
                                                        QStringLiteral("--zone"),   zone,
                                                        QStringLiteral("--method"), QStringLiteral("http01") }
                                       << 0 << QString() << "did you mean http-01?";
}

void TestCli::edges()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const QString path = m_dir.filePath(QStringLiteral("edges.org.zone"));
    writeFile(path,
              kZone
                  + QByteArray("away     CNAME target.example.net.\n"
                               "typed    CAA  0 issue \"Letsencrypt.org; cert-type=dv\"\n"
                               "upper    CAA  0 issue \"letsencrypt.org; "
                               "accounturi=HTTPS://acme-v02.api.letsencrypt.org/acme/acct/1\"\n"));
    args.replaceInStrings(QStringLiteral("ZONE"), path);
    const Run r = cli(args);
    QVERIFY2(
        r.exitCode == exitCode,
        qPrintable(
            QStringLiteral("exit %1: %2 %3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
    QVERIFY2(QString::fromUtf8(r.out).contains(out), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(err), r.err.constData());
}

void TestCli::usageAndInputErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("ZONE"), m_zone);
    args.replaceInStrings(QStringLiteral("CERT"), QStringLiteral(CAA_TEST_DATA "/certs/expired-le-chain.pem"));
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// Issue 15: --cert reads the certificate in use from a file; its CA is identified and judged from the same climb,
// beside the default CA; text and JSON say the same.
void TestCli::servedCertificateFromFile()
{
    const QString cert = QStringLiteral(CAA_TEST_DATA "/certs/expired-le-chain.pem");
    // The certificate is for expired.example.test; its zone allows Sectigo only.
    const QString zone = m_dir.filePath(QStringLiteral("example.test.zone"));
    writeFile(zone,
              "$ORIGIN example.test.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\n"
              "ns1 A 192.0.2.1\n@ CAA 0 issue \"sectigo.com\"\n");
    const QStringList args { QStringLiteral("check"),  QStringLiteral("expired.example.test"),
                             QStringLiteral("--zone"), zone,
                             QStringLiteral("--cert"), cert,
                             QStringLiteral("--ca"),   QStringLiteral("sectigo.com") };
    const Run json = cli(args + QStringList { QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0); // --ca sectigo.com: Sectigo may issue; the served CA is reported, not counted
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    const QJsonObject served = o.value(QStringLiteral("served_certificate")).toObject();
    QCOMPARE(served.value(QStringLiteral("origin")).toString(), QStringLiteral("file"));
    QCOMPARE(served.value(QStringLiteral("issuer_ca")).toString(), QStringLiteral("Let's Encrypt (ISRG)"));
    QCOMPARE(served.value(QStringLiteral("issuer_caa_identifiers")).toArray().first().toString(),
             QStringLiteral("letsencrypt.org"));
    QCOMPARE(served.value(QStringLiteral("not_after")).toString(), QStringLiteral("2025-04-10T00:00:00Z"));
    QCOMPARE(served.value(QStringLiteral("sans")).toArray().first().toString(), QStringLiteral("expired.example.test"));
    QCOMPARE(served.value(QStringLiteral("chain_sha256")).toArray().size(), 2);
    QVERIFY(served.value(QStringLiteral("verified")).isNull()); // a file is not verified against anything
    QCOMPARE(served.value(QStringLiteral("covers_name")).toBool(), true);
    QCOMPARE(served.value(QStringLiteral("verdict")).toString(), QStringLiteral("forbid"));
    QStringList codes;
    for (const QJsonValue& f : o.value(QStringLiteral("issuer_findings")).toArray())
        codes.append(f.toObject().value(QStringLiteral("code")).toString());
    QCOMPARE(codes, QStringList { QStringLiteral("served-issuer-not-permitted") });
    const Run text = cli(args);
    QVERIFY2(text.out.contains("Issued by: Let's Encrypt (ISRG) (issuing CA R11; CAA identifier letsencrypt.org)"),
             text.out.constData());
    QVERIFY(text.out.contains("Expired on 2025-04-10: it was not renewed in time."));
    QVERIFY(text.out.simplified().contains("CAA does not allow Let's Encrypt (ISRG): its next renewal will fail."));
    QVERIFY(text.out.contains("example.test. CAA 0 issue \"letsencrypt.org\"")); // the served CA's verified fix
    // Trial of issue 15: a certificate for another name was still judged as this name's, and called "the
    // certificate the server presents" although it came from a file.
    const Run other = cli({ QStringLiteral("check"), QStringLiteral("shop.example.org"), QStringLiteral("--zone"),
                            m_zone, QStringLiteral("--cert"), cert, QStringLiteral("--json") });
    QCOMPARE(other.exitCode, 1); // Let's Encrypt refuses shop.example.org (Sectigo only): nothing else counts
    const QJsonObject oo = QJsonDocument::fromJson(other.out).object();
    QVERIFY(oo.value(QStringLiteral("served_certificate")).toObject().value(QStringLiteral("verdict")).isNull());
    QCOMPARE(oo.value(QStringLiteral("verdicts")).toArray().size(), 1);
    const QJsonArray otherFindings = oo.value(QStringLiteral("issuer_findings")).toArray();
    QCOMPARE(otherFindings.size(), 1);
    QVERIFY2(otherFindings.first()
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .startsWith(QStringLiteral("The certificate in the file is not for shop.example.org")),
             qPrintable(otherFindings.first().toObject().value(QStringLiteral("message")).toString()));
    // The chain is kept in the evidence bundle as PEM, and replay reads the issuer from it again.
    const QString bundle = m_dir.filePath(QStringLiteral("served.json"));
    QCOMPARE(cli(args + QStringList { QStringLiteral("--evidence"), bundle }).exitCode, 0);
    QByteArray saved = readFile(bundle);
    QVERIFY(saved.contains("-----BEGIN CERTIFICATE-----"));
    const Run replay = cli({ QStringLiteral("replay"), bundle, QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(replay.out)
                 .object()
                 .value(QStringLiteral("served_certificate"))
                 .toObject()
                 .value(QStringLiteral("issuer_ca"))
                 .toString(),
             QStringLiteral("Let's Encrypt (ISRG)"));
    // A bundle whose words were changed: the chain wins, and replay says so.
    QByteArray edited = saved;
    edited.replace("\"issuer_ca\": \"Let's Encrypt (ISRG)\"", "\"issuer_ca\": \"Honest Achmed\"");
    writeFile(bundle, edited);
    const Run changed = cli({ QStringLiteral("replay"), bundle });
    QVERIFY2(changed.err.contains("was issued by Honest Achmed; read again from its chain here, it is Let's Encrypt"),
             changed.err.constData());
    // Trial: a bundle whose chain was removed kept the served CA's verdict from the bundle's own words.
    QJsonObject root = QJsonDocument::fromJson(saved).object();
    QJsonObject s = root.value(QStringLiteral("served_certificate")).toObject();
    s.remove(QStringLiteral("chain_pem"));
    root.insert(QStringLiteral("served_certificate"), s);
    root.insert(QStringLiteral("issuers_beside"), true);
    QJsonArray verdicts = root.value(QStringLiteral("verdicts")).toArray();
    QJsonObject beside = verdicts.first().toObject();
    beside.insert(QStringLiteral("ca"), QStringLiteral("letsencrypt.org"));
    beside.insert(QStringLiteral("verdict"), QStringLiteral("forbid"));
    beside.insert(QStringLiteral("beside"), true);
    verdicts.append(beside);
    root.insert(QStringLiteral("verdicts"), verdicts);
    writeFile(bundle, QJsonDocument(root).toJson());
    const Run noChain = cli({ QStringLiteral("replay"), bundle, QStringLiteral("--json") });
    QCOMPARE(noChain.exitCode, 0);
    QVERIFY2(noChain.err.contains("its chain_pem holds no readable chain"), noChain.err.constData());
    QCOMPARE(QJsonDocument::fromJson(noChain.out).object().value(QStringLiteral("verdicts")).toArray().size(), 1);
    // Another chain in the bundle than its fingerprints say: not verified, and said.
    root = QJsonDocument::fromJson(saved).object();
    s = root.value(QStringLiteral("served_certificate")).toObject();
    s.insert(QStringLiteral("chain_sha256"), QJsonArray { QStringLiteral("00") });
    root.insert(QStringLiteral("served_certificate"), s);
    writeFile(bundle, QJsonDocument(root).toJson());
    QVERIFY(cli({ QStringLiteral("replay"), bundle }).err.contains("differs from its own fingerprints"));
    // --served with zone files and an address nobody listens on: said, and the CAA check is unaffected.
    const Run refused = cli({ QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), m_zone,
                              QStringLiteral("--served=127.0.0.1:1"), QStringLiteral("--json") });
    QCOMPARE(refused.exitCode, 0);
    const QJsonObject r = QJsonDocument::fromJson(refused.out).object();
    QCOMPARE(r.value(QStringLiteral("served_certificate")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("refused"));
    QCOMPARE(
        r.value(QStringLiteral("verdicts")).toArray().first().toObject().value(QStringLiteral("verdict")).toString(),
        QStringLiteral("permit"));
    // The same with the target as the next word ("--served HOST:PORT", as cli-contract writes it).
    const Run spaced = cli({ QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), m_zone,
                             QStringLiteral("--served"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--json") });
    QCOMPARE(spaced.exitCode, 0);
    const QJsonObject sp
        = QJsonDocument::fromJson(spaced.out).object().value(QStringLiteral("served_certificate")).toObject();
    QCOMPARE(sp.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(sp.value(QStringLiteral("port")).toInt(), 1);
    // A pasted URL's port names the server to read.
    const Run url = cli({ QStringLiteral("check"), QStringLiteral("https://127.0.0.1:2/x"), QStringLiteral("--zone"),
                          m_zone, QStringLiteral("--served"), QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(url.out)
                 .object()
                 .value(QStringLiteral("served_certificate"))
                 .toObject()
                 .value(QStringLiteral("port"))
                 .toInt(),
             0); // an IP address: CAA does not apply, nothing is read
}

// Trial of issue 15: --cert on a named pipe waited for a writer for ever; only regular files are read.
void TestCli::certificateFromAPipeIsRefused()
{
    const QString fifo = m_dir.filePath(QStringLiteral("cert.fifo"));
    QProcess mk;
    mk.start(QStringLiteral("mkfifo"), { fifo });
    QVERIFY(mk.waitForFinished(10000) && mk.exitCode() == 0);
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), m_zone,
                        QStringLiteral("--cert"), fifo });
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
}

// A zone whose nameservers are a platform's: recognised from the file alone, and the platform's CA judged.
void TestCli::platformFromTheZonesNameservers()
{
    const QString path = m_dir.filePath(QStringLiteral("vercel.zone"));
    writeFile(path,
              "$ORIGIN example.net.\n$TTL 300\n@ SOA ns1.vercel-dns.com. hostmaster 1 7200 3600 1209600 300\n"
              "@ NS ns1.vercel-dns.com.\n@ NS ns2.vercel-dns.com.\n@ CAA 0 issue \"sectigo.com\"\n");
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("example.net"), QStringLiteral("--zone"), path,
                        QStringLiteral("--ca"), QStringLiteral("sectigo.com"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0); // --ca given: only Sectigo's verdict counts for the exit code
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("verdicts")).toArray().size(), 1);
    const QJsonObject platform = o.value(QStringLiteral("platform")).toObject();
    QCOMPARE(platform.value(QStringLiteral("name")).toString(), QStringLiteral("Vercel"));
    QCOMPARE(platform.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("ns"));
    QCOMPARE(platform.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("target")).toString(),
             QStringLiteral("ns1.vercel-dns.com"));
    QCOMPARE(platform.value(QStringLiteral("caa_identifiers")).toArray().first().toString(),
             QStringLiteral("letsencrypt.org"));
    QCOMPARE(
        platform.value(QStringLiteral("fix")).toObject().value(QStringLiteral("records")).toArray().first().toString(),
        QStringLiteral("example.net. CAA 0 issue \"letsencrypt.org\""));
    QCOMPARE(o.value(QStringLiteral("issuer_findings"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("platform-ca-missing"));
    // Without --ca the platform's CA is judged beside the default and counts for the exit code.
    const Run beside = cli({ QStringLiteral("check"), QStringLiteral("example.net"), QStringLiteral("--zone"), path });
    QCOMPARE(beside.exitCode, 1);
    QVERIFY2(beside.out.contains("Platform: Vercel (the zone example.net is served by ns1.vercel-dns.com)"),
             beside.out.constData());
    QVERIFY(beside.out.contains("example.net. CAA 0 issue \"letsencrypt.org\""));
}

void TestCli::zoneSyntaxErrorsStopTheCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.zone"));
    writeFile(path,
              "$ORIGIN example.org.\n@ 60 SOA ns1 host 1 2 3 4 5\n@ 60 CAA 0 issue \"unterminated\n"
              "@ 60 CAA 256 issue \"x\"\n");
    const Run r = cli({ QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), path });
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains("broken.zone:3:"), r.err.constData());
    QVERIFY(r.err.contains("broken.zone:4:"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::fixDiffThenWrite()
{
    const QString path = m_dir.filePath(QStringLiteral("fix.zone"));
    const QByteArray original = QByteArray(kZone).replace("\n", "\r\n");
    writeFile(path, original);
    const QStringList base { QStringLiteral("fix"), QStringLiteral("old.example.org"), QStringLiteral("--zone"), path };
    Run r = cli(base);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("-old      CAA  0 issue \"LetsEncrypt.org\""), r.out.constData());
    QVERIFY(r.out.contains("+old      CAA  0 issue \"letsencrypt.org\""));
    QCOMPARE(readFile(path), original); // a diff only
    r = cli(base + QStringList { QStringLiteral("--write"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("written")).toBool());
    QCOMPARE(readFile(path),
             QByteArray(original)
                 .replace("\"LetsEncrypt.org\"", "\"letsencrypt.org\"")
                 .replace("hostmaster 1 7200", "hostmaster 2 7200")); // serial raised for secondaries
    // Issue 13 item 14: the serials were the string "1 -> 2"; scripts get numbers.
    const QJsonObject serial = o.value(QStringLiteral("soa_serial")).toArray().first().toObject();
    QCOMPARE(serial.value(QStringLiteral("before")).toInteger(), 1);
    QCOMPARE(serial.value(QStringLiteral("after")).toInteger(), 2);
    QCOMPARE(serial.value(QStringLiteral("zone")).toString(), QStringLiteral("example.org"));
    QCOMPARE(readFile(path + QStringLiteral(".orig")), original);
    const QJsonObject backup = o.value(QStringLiteral("backups")).toArray().first().toObject();
    QCOMPARE(backup.value(QStringLiteral("backup")).toString(), path + QStringLiteral(".orig"));
    QVERIFY(backup.value(QStringLiteral("created")).toBool());
    r = cli({ QStringLiteral("check"), QStringLiteral("old.example.org"), QStringLiteral("--zone"), path });
    QCOMPARE(r.exitCode, 0);
    r = cli(base);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Nothing to fix"));
    // A second edit keeps the first .orig and says so (a trial finding: "unless that file already existed" left the
    // person to guess which happened).
    writeFile(path, original);
    r = cli(base + QStringList { QStringLiteral("--write") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(".orig was there already and is left as it was"), r.out.constData());
    QCOMPARE(readFile(path + QStringLiteral(".orig")), original);
}

// Issue 13 item 5: the diff of `fix` must apply with `patch -p1` and `git apply` in the zone's folder: its headers read
// "a//tmp/…" for an absolute --zone or an $INCLUDEd file, and a CRLF zone's diff had lost its CRs. Lint named the
// included file by its absolute path, the main file as given.
void TestCli::fixDiffAppliesWithPatchAndGitApply_data()
{
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<bool>("absolute");
    QTest::addRow("LF, relative --zone") << false << false;
    QTest::addRow("LF, absolute --zone") << false << true;
    QTest::addRow("CRLF, relative --zone") << true << false;
    QTest::addRow("CRLF, absolute --zone") << true << true;
}

void TestCli::fixDiffAppliesWithPatchAndGitApply()
{
    QFETCH(bool, crlf);
    QFETCH(bool, absolute);
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("zones/inc")));
    const QString folder = root.filePath(QStringLiteral("zones"));
    auto lineEnds = [crlf](QByteArray text) {
        return crlf ? text.replace("\n", "\r\n") : text;
    };
    const QByteArray main = lineEnds("$ORIGIN example.org.\n$TTL 300\n@ IN SOA ns1 hostmaster 7 7200 3600 1209600 300\n"
                                     "@ IN NS ns1\nns1 IN A 192.0.2.1\n@ IN CAA 0 issue \"letsencrypt.org.\"\n"
                                     "$INCLUDE inc/www.zone\n");
    const QByteArray included = lineEnds("www IN CAA 0 issue \"LetsEncrypt.org\"\nwww IN A 192.0.2.2\n");
    writeFile(folder + QStringLiteral("/main.zone"), main);
    writeFile(folder + QStringLiteral("/inc/www.zone"), included);

    const QString zoneArg = absolute ? folder + QStringLiteral("/main.zone") : QStringLiteral("zones/main.zone");
    auto fixIn = [&](const QString& name) {
        QProcess p;
        p.setWorkingDirectory(root.path());
        p.start(QStringLiteral(CAA_CLI), { QStringLiteral("fix"), name, QStringLiteral("--zone"), zoneArg });
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    };
    const QByteArray first = fixIn(QStringLiteral("example.org"));
    const QByteArray diff = first + fixIn(QStringLiteral("www.example.org"));
    QVERIFY2(diff.contains("--- a/main.zone\n") && diff.contains("--- a/inc/www.zone\n"), diff.constData());
    QVERIFY2(!diff.contains("a//"), diff.constData());
    QCOMPARE(diff.contains("\r\n"), crlf);
    // The first diff (the main file's record and serial) applies as it is, as a person would apply it.
    writeFile(root.filePath(QStringLiteral("first.diff")), first);
    for (const QStringList& tool :
         { QStringList { QStringLiteral("patch"), QStringLiteral("-p1"), QStringLiteral("--dry-run"),
                         QStringLiteral("-i"), root.filePath(QStringLiteral("first.diff")) },
           QStringList { QStringLiteral("git"), QStringLiteral("apply"), QStringLiteral("--check"),
                         root.filePath(QStringLiteral("first.diff")) } }) {
        QProcess p;
        p.setWorkingDirectory(folder);
        p.start(tool.first(), tool.mid(1));
        QVERIFY2(p.waitForFinished(30000), qPrintable(tool.first()));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(tool.first() + QLatin1Char(' ')
                            + QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())
                            + QString::fromUtf8(first)));
    }
    QProcess patch;
    patch.setWorkingDirectory(folder);
    patch.start(QStringLiteral("patch"),
                { QStringLiteral("-p1"), QStringLiteral("-s"), QStringLiteral("-i"),
                  root.filePath(QStringLiteral("first.diff")) });
    QVERIFY(patch.waitForFinished(30000));
    QCOMPARE(patch.exitCode(), 0);
    // Applied, the zone is the one `fix --write` makes: the CA may issue.
    QProcess check;
    check.setWorkingDirectory(root.path());
    check.start(QStringLiteral(CAA_CLI),
                { QStringLiteral("check"), QStringLiteral("example.org"), QStringLiteral("--zone"), zoneArg });
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);

    // Lint names the included file as it names the main one: from the folder the person gave.
    QProcess lint;
    lint.setWorkingDirectory(root.path());
    lint.start(QStringLiteral(CAA_CLI), { QStringLiteral("lint"), zoneArg });
    QVERIFY(lint.waitForFinished(30000));
    const QByteArray lintOut = lint.readAllStandardOutput();
    const QByteArray expectedInclude
        = absolute ? (folder + QStringLiteral("/inc/www.zone:1:")).toUtf8() : QByteArray("zones/inc/www.zone:1:");
    QVERIFY2(lintOut.contains(expectedInclude), lintOut.constData());
}

void TestCli::lintJson()
{
    const QString path = m_dir.filePath(QStringLiteral("lint.zone"));
    writeFile(path,
              "$ORIGIN example.org.\n$TTL 60\n@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n"
              "@ CAA 0 issue \"letsencrypt.org.\"\n"
              "@ CAA 0 ISSUE \"letsencrypt.com\"\n"
              "@ CAA 128 isue \"pki.goog\"\n"
              "@ CAA 0 issue \"letsencrypt.org; validationmethods=dns-01;\"\n");
    const Run r = cli({ QStringLiteral("lint"), QStringLiteral("--zone"), path, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QStringList seen;
    for (const QJsonValue v : a) {
        const QJsonObject o = v.toObject();
        for (const char* key : { "file", "line", "column", "owner", "code", "severity", "message" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        seen.append(QStringLiteral("%1:%2:%3")
                        .arg(o.value(QStringLiteral("line")).toInt())
                        .arg(o.value(QStringLiteral("column")).toInt())
                        .arg(o.value(QStringLiteral("code")).toString()));
    }
    // Issue 13 item 14: lint JSON had no column.
    // Each points at what it is about (the trial saw the RDATA's start for all): the value, or the tag.
    for (const char* expected : { "5:15:issuer-trailing-dot", "6:9:tag-case", "6:15:issuer-unknown-ca",
                                  "7:11:critical-unknown-tag", "8:15:param-malformed" })
        QVERIFY2(seen.contains(QLatin1String(expected)), qPrintable(seen.join(QLatin1Char(' '))));
}

// The trial of issue 14: a batch stopped by Ctrl+C with its output in a file ended in the middle of a row that looked
// like a whole one (its last column cut off).
void TestCli::interruptedBatchLeavesWholeRows()
{
    QTemporaryDir dir;
    const QString list = dir.filePath(QStringLiteral("many.txt"));
    QByteArray names;
    for (int i = 0; i < 200000; ++i)
        names += "h" + QByteArray::number(i) + ".example.org\n";
    writeFile(list, names);
    const QString output = dir.filePath(QStringLiteral("rows.tsv"));
    QProcess p;
    p.setProgram(QStringLiteral(CAA_CLI));
    p.setArguments({ QStringLiteral("batch"), list, QStringLiteral("--zone"), m_zone });
    p.setStandardOutputFile(output);
    p.start();
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(output).size() > 64 * 1024, 20000); // well past a buffer's size
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(20000));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray rows = file.readAll();
    QVERIFY(!rows.isEmpty());
    QVERIFY2(rows.endsWith('\n'), rows.right(120).constData());
    for (const QByteArray& row : rows.split('\n')) {
        if (!row.isEmpty())
            QVERIFY2(row.count('\t') == 4, row.constData());
    }
}

void TestCli::batchInInputOrder()
{
    const QByteArray names = "www.example.org\n# a comment\nshop.example.org\nnot..valid\n*.example.org\n";
    const Run r = cli(
        { QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), m_zone, QStringLiteral("--json") },
        names);
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    const QStringList expected { QStringLiteral("www.example.org"), QStringLiteral("shop.example.org"),
                                 QStringLiteral("not..valid"), QStringLiteral("example.org") };
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(o.value(QStringLiteral("query")).toObject().value(QStringLiteral("name")).toString(), expected[i]);
    }
    QVERIFY(QJsonDocument::fromJson(lines[2]).object().contains(QStringLiteral("error")));
}

void TestCli::explainsAnErrorMessage()
{
    // The name comes from the pasted error; the check then runs on it.
    const QByteArray certbot
        = "Domain: old.example.org\n  Type: caa\n  Detail: While processing CAA for old.example.org: "
          "CAA record for old.example.org prevents issuance";
    Run r = cli({ QStringLiteral("check"), QStringLiteral("--zone"), m_zone, QStringLiteral("--error"),
                  QStringLiteral("-"), QStringLiteral("--json") },
                certbot);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("query")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("old.example.org"));
    const QJsonObject e = o.value(QStringLiteral("from_error")).toObject();
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("caa"));
    QCOMPARE(e.value(QStringLiteral("found_at")).toString(), QStringLiteral("old.example.org"));
    QVERIFY(e.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("Let's Encrypt refused")));
    r = cli({ QStringLiteral("check"), QStringLiteral("--zone"), m_zone, QStringLiteral("--error"),
              QStringLiteral("Connection reset by peer") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.err.contains("no name found in the error message"));
    // An error about another name than the one checked says so, and nothing of where the CA found records.
    r = cli({ QStringLiteral("check"), QStringLiteral("www.example.org"), QStringLiteral("--zone"), m_zone,
              QStringLiteral("--error"), QString::fromLatin1(certbot) });
    QVERIFY2(r.out.contains("Note: the error message is about old.example.org; this check is of www.example.org."),
             r.out.constData());
    QVERIFY(!r.out.contains("DNS changed since"));
}

// Issue 13 item 14: sentences wrapped at about 104 columns whatever the terminal or COLUMNS said, and TERM=dumb still
// got colour on a terminal.
void TestCli::textFollowsTheTerminal()
{
    const QString zone = m_dir.filePath(QStringLiteral("columns.zone"));
    writeFile(zone, kZone);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("60"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CAA_CLI),
            { QStringLiteral("check"), QStringLiteral("old.example.org"), QStringLiteral("--zone"), zone });
    QVERIFY(p.waitForFinished(30000));
    int wrapped = 0;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        // Sentences wrap; records, error texts and headlines are kept whole to be copied.
        if (!line.startsWith("   x ") && !line.startsWith("   ! ") && !line.startsWith("   i ")
            && !line.startsWith("     "))
            continue;
        if (line.contains(" CAA ") || line.contains("TYPE257"))
            continue;
        QVERIFY2(line.size() <= 59, line.constData());
        ++wrapped;
    }
    QVERIFY(wrapped > 2);
    // On a terminal (script(1) gives one): colour, unless TERM=dumb or NO_COLOR.
    const QString command = QStringLiteral("'%1' check old.example.org --zone '%2'").arg(QStringLiteral(CAA_CLI), zone);
    for (const auto& [term, colour] : { std::pair { "xterm", true }, std::pair { "dumb", false } }) {
        QProcess tty;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TERM"), QString::fromLatin1(term));
        e.remove(QStringLiteral("NO_COLOR"));
        tty.setProcessEnvironment(e);
        tty.start(QStringLiteral("script"), { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
        QVERIFY(tty.waitForFinished(30000));
        QCOMPARE(tty.readAllStandardOutput().contains("\x1b["), colour);
    }
}

// Issue 13 item 4: the CLI could not read a zone file without $ORIGIN (BIND takes the origin from named.conf), which
// the window reads by taking the origin from the file name. It does the same and says so, and --origin gives it.
void TestCli::originFromTheFileNameOrOption()
{
    const QByteArray body = "@ IN SOA ns1 hostmaster 1 2 3 4 5\n@ IN NS ns1\nns1 IN A 192.0.2.1\n"
                            "@ IN CAA 0 issue \"letsencrypt.org.\"\n";
    const QString named = m_dir.filePath(QStringLiteral("db.example.net"));
    const QString plain = m_dir.filePath(QStringLiteral("unnamed.zone"));
    writeFile(named, body);
    writeFile(plain, body);
    Run r = cli({ QStringLiteral("check"), QStringLiteral("example.net"), QStringLiteral("--zone"), named });
    QCOMPARE(r.exitCode, 1); // read, and refused for the trailing dot
    QVERIFY2(r.err.contains("the zone is taken to be example.net, from the file name"), r.err.constData());
    r = cli({ QStringLiteral("check"), QStringLiteral("example.net"), QStringLiteral("--zone"), plain });
    QCOMPARE(r.exitCode, 65);
    r = cli({ QStringLiteral("check"), QStringLiteral("example.net"), QStringLiteral("--zone"), plain,
              QStringLiteral("--origin"), QStringLiteral("example.net") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.contains("from the file name"));
    r = cli({ QStringLiteral("lint"), named });
    QCOMPARE(r.exitCode, 1); // an error found
    QVERIFY2(r.out.contains("issuer-trailing-dot"), r.out.constData());
    r = cli({ QStringLiteral("fix"), QStringLiteral("example.net"), QStringLiteral("--zone"), plain,
              QStringLiteral("--origin"), QStringLiteral("example.net.") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("+@ IN CAA 0 issue \"letsencrypt.org\""), r.out.constData());
    r = cli({ QStringLiteral("check"), QStringLiteral("example.net"), QStringLiteral("--zone"), plain,
              QStringLiteral("--origin"), QStringLiteral("a..b") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.err.contains("invalid --origin"));
}

void TestCli::help()
{
    Run r = cli({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char* word : { "check", "fix", "lint", "batch", "CCADB", "Exit codes" })
        QVERIFY2(r.out.contains(word), word);
    r = cli({ QStringLiteral("check"), QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--account-uri"));
    QVERIFY(r.out.contains("caa-doctor-cli check"));
    r = cli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("caa-doctor-cli "));
}

// Issue 13 item 10: `check --json > /dev/full` exited 0, the output lost without a word. Standard output is the full
// device here (opened by the test, as a shell would); nothing is written to a path under /dev.
void TestCli::outputThatCannotBeWrittenIsAnError()
{
    const QString zone = m_dir.filePath(QStringLiteral("full.org.zone"));
    writeFile(zone, kZone);
    for (const QStringList& args : { QStringList { QStringLiteral("check"), QStringLiteral("www.example.org"),
                                                   QStringLiteral("--zone"), zone, QStringLiteral("--json") },
                                     QStringList { QStringLiteral("lint"), QStringLiteral("--zone"), zone },
                                     QStringList { QStringLiteral("--version") } }) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(CAA_CLI), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 74);
        QVERIFY2(p.readAllStandardError().contains("cannot write the output"), qPrintable(args.join(u' ')));
    }
}

// A zone read through a pipe (`--zone /dev/stdin`, `--zone <(…)`) was read as empty: "0 findings", exit 0, a false
// pass in CI. Binary data is refused, not parsed.
void TestCli::zoneReadFromAPipe()
{
    const Run piped = cli({ QStringLiteral("lint"), QStringLiteral("--zone"), QStringLiteral("/dev/stdin") }, kZone);
    QCOMPARE(piped.exitCode, 1);
    QVERIFY2(piped.out.contains("Checked 11 records (6 CAA)"), piped.out.constData());
    QVERIFY(piped.out.contains("[issuer-case]"));
    QByteArray binary("\x7f"
                      "ELF\x02\x01\x01",
                      7);
    binary += QByteArray(100, '\0');
    const Run refused = cli({ QStringLiteral("lint"), QStringLiteral("--zone"), QStringLiteral("/dev/stdin") }, binary);
    QVERIFY(refused.exitCode != 0 && refused.exitCode != 1);
    QVERIFY2(refused.err.contains("binary data, not a zone file"), refused.err.constData());
}

// Issue 13 items 8, 9 and 12, and a new-user trial: what a batch makes of hostile input, and which exit code wins.
void TestCli::batchHostileInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out"); // the whole standard output
    QTest::addColumn<QByteArray>("err"); // in standard error
    QTest::addRow("escape sequence in a line") << QByteArray("a\x1b]0;pwned\x07"
                                                             "evil.test\n")
                                               << 2
                                               << QByteArray("a\\x1b]0;pwned\\x07evil.test\tinvalid\tinvalid name "
                                                             "\"a\\x1b]0;pwned\\x07evil.test\": the name contains a "
                                                             "character not allowed in host names\n")
                                               << QByteArray();
    QTest::addRow("a line longer than 64 KiB is one line") << QByteArray(70000, 'x') + "www.example.org\n"
                                                           << 2
                                                           << QByteArray(64, 'x') + "…\tinvalid\tinvalid name \""
            + QByteArray(64, 'x') + "…\": the line is longer than 65,536 characters; no name is that long\n"
                                                           << QByteArray();
    // The trial of issue 14: exactly 65,536 characters was called "longer than 65,536", and a long line was echoed in
    // full (twice per row).
    QTest::addRow("a line of exactly 64 KiB is judged as a name") << QByteArray(65536, 'x') + "\n"
                                                                  << 2
                                                                  << QByteArray(120, 'x') + "…" + QByteArray(40, 'x')
            + "\tinvalid\tinvalid name \"" + QByteArray(120, 'x') + "…" + QByteArray(40, 'x')
            + "\": a label is longer than 63 octets\n" << QByteArray();
    QTest::addRow("a CRLF line of exactly 64 KiB too") << QByteArray(65536, 'y') + "\r\n"
                                                       << 2
                                                       << QByteArray(120, 'y') + "…" + QByteArray(40, 'y')
            + "\tinvalid\tinvalid name \"" + QByteArray(120, 'y') + "…" + QByteArray(40, 'y')
            + "\": a label is longer than 63 octets\n" << QByteArray();
    QTest::addRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0shop.example.org\n",
                                          27)
                            << 65 << QByteArray() << QByteArray("binary data, not a list of names");
    QTest::addRow("refused beats invalid beats permitted")
        << QByteArray("www.example.org\nnot..valid\nold.example.org\n") << 1 << QByteArray() << QByteArray();
    QTest::addRow("invalid beats permitted")
        << QByteArray("www.example.org\nnot..valid\n") << 2 << QByteArray() << QByteArray();
}

void TestCli::batchHostileInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    const QString zone = m_dir.filePath(QStringLiteral("hostile.org.zone"));
    writeFile(zone, kZone);
    const Run r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone }, input);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    if (!out.isEmpty())
        QCOMPARE(r.out, out);
    QVERIFY2(r.err.contains(err), r.err.constData());
    for (const QByteArray& line : r.out.split('\n')) {
        QVERIFY(!line.contains('\x1b') && !line.contains('\0'));
        QVERIFY(line.isEmpty() || line.count('\t') == 2 || line.count('\t') == 4);
    }
}

// Issue 13 item 11: a CSV without a header row was checked whole rows at a time ("1,www.example.org" is no name);
// the names' column is found as the window finds it, or chosen with --column, and each row keeps its line.
void TestCli::batchReadsTheNamesColumn()
{
    const QString zone = m_dir.filePath(QStringLiteral("columns.org.zone"));
    writeFile(zone, kZone);
    const QString table = m_dir.filePath(QStringLiteral("export.txt"));
    writeFile(table, "1,www.example.org,old.example.org\n2,example.org,old.example.org\n");
    Run r = cli({ QStringLiteral("batch"), table, QStringLiteral("--zone"), zone, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("2 names from the column \"column 2\" (--column chooses another)"), r.err.constData());
    QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 2);
    QJsonObject second = QJsonDocument::fromJson(rows[1]).object();
    QCOMPARE(second.value(QStringLiteral("query")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("example.org"));
    QCOMPARE(second.value(QStringLiteral("line")).toInt(), 2);
    // By number: the third column (old.example.org, twice: checked once).
    r = cli({ QStringLiteral("batch"), table, QStringLiteral("--zone"), zone, QStringLiteral("--column"),
              QStringLiteral("3") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY2(r.out.startsWith("old.example.org\tletsencrypt.org\tforbid"), r.out.constData());
    // From standard input, with a header: chosen by name.
    r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone, QStringLiteral("--column"),
              QStringLiteral("Primary"), QStringLiteral("--json") },
            "id;primary;backup\n7;www.example.org;old.example.org\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("line")).toInt(), 2);
    // A column that is not there is a usage error naming those there are; nothing is checked.
    r = cli({ QStringLiteral("batch"), table, QStringLiteral("--zone"), zone, QStringLiteral("--column"),
              QStringLiteral("fqdn") });
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("no column is called \"fqdn\"; the first row has \"1\", \"www.example.org\""),
             r.err.constData());
    // A plain list still streams, one name per line, and keeps its lines (comments and blanks counted).
    r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone, QStringLiteral("--json") },
            "# names\n\nwww.example.org\n");
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(r.err.isEmpty());
}

// Issue 13 item 14: the overview's usage (and the README's) left out options that commands take (--timeout for check,
// --jobs for batch...), `fix --help` called --ca repeatable though fix takes one, and `check --version` was an
// unknown option. Every option of `COMMAND --help` is in the command's usage, in --help and in the README.
void TestCli::usageListsEveryOption()
{
    // The usage block: from "COMMAND" to the next line that starts another command.
    auto usageOf = [](const QString& text, const QString& command) {
        QString block;
        bool inside = false;
        for (const QString& line : text.split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QStringLiteral("caa-doctor-cli ")))
                inside = trimmed.startsWith(QStringLiteral("caa-doctor-cli %1 ").arg(command));
            else if (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("```")))
                inside = false;
            if (inside)
                block += line + u'\n';
        }
        return block;
    };
    const Run overview = cli({ QStringLiteral("--help") });
    QFile readme(QStringLiteral(CAA_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString readmeText = QString::fromUtf8(readme.readAll());
    const QRegularExpression optionPattern(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z-]+)"));
    for (const QString& command : { QStringLiteral("check"), QStringLiteral("fix"), QStringLiteral("lint"),
                                    QStringLiteral("batch"), QStringLiteral("replay") }) {
        const Run help = cli({ command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QString inOverview = usageOf(QString::fromUtf8(overview.out), command);
        const QString inReadme = usageOf(readmeText, command);
        QVERIFY2(!inOverview.isEmpty() && !inReadme.isEmpty(), qPrintable(command));
        int options = 0;
        for (const QString& line : QString::fromUtf8(help.out).split(u'\n')) {
            const QString option = optionPattern.match(line).captured(1);
            if (option.isEmpty() || option == QLatin1String("--help") || option == QLatin1String("--version"))
                continue;
            ++options;
            QVERIFY2(inOverview.contains(QStringLiteral("[%1").arg(option)) || inOverview.contains(option + u' '),
                     qPrintable(command + u' ' + option + QStringLiteral(" missing from --help: ") + inOverview));
            QVERIFY2(inReadme.contains(QStringLiteral("[%1").arg(option)) || inReadme.contains(option + u' '),
                     qPrintable(command + u' ' + option + QStringLiteral(" missing from the README: ") + inReadme));
        }
        QVERIFY(options >= 3);
        const Run version = cli({ command, QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("caa-doctor-cli " CAA_VERSION), version.out.constData());
    }
    const Run fixHelp = cli({ QStringLiteral("fix"), QStringLiteral("--help") });
    QVERIFY2(fixHelp.out.contains("The CA to fix for (one)") && !fixHelp.out.contains("repeatable): letsencrypt"),
             fixHelp.out.constData());
    // After "--", words are names: "--version" there is checked as one (and is not a valid name).
    const Run name = cli({ QStringLiteral("check"), QStringLiteral("--zone"), m_zone, QStringLiteral("--"),
                           QStringLiteral("--version") });
    QCOMPARE(name.exitCode, 65);
    // No command: the usage, not only "no command given".
    const Run none = cli({});
    QCOMPARE(none.exitCode, 64);
    QVERIFY2(none.err.contains("caa-doctor-cli batch (FILE|-)") && none.err.contains("COMMAND --help"),
             none.err.constData());
}

// Issue 19 item 1: the fuzzer's bundle (a CA written with a final dot, raw messages that do not decode, a probe with
// records under SERVFAIL) is read, said to be partly unchecked, and named its source without an empty "via".
void TestCli::replayOfABundleWithoutResolvers()
{
    const Run r = cli({ QStringLiteral("replay"),
                        QStringLiteral(CAA_SOURCE_DIR "/tests/fuzz/corpus/evidence/roundtrip-final-dot-ca.json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Source: live DNS (the resolvers are not named)\n"), r.out.constData());
    QVERIFY2(r.err.contains("is not a DNS message") && r.err.contains("taken unchecked"), r.err.constData());
}

// A trial finding: two files of the same zone were taken silently, the first one answering.
void TestCli::oneFilePerZone()
{
    const QString first = m_dir.filePath(QStringLiteral("first.org.zone"));
    const QString second = m_dir.filePath(QStringLiteral("second.org.zone"));
    writeFile(first, kZone);
    writeFile(second, QByteArray(kZone).replace("LetsEncrypt.org", "letsencrypt.org"));
    for (const QString& command : { QStringLiteral("check"), QStringLiteral("fix") }) {
        const Run r = cli({ command, QStringLiteral("old.example.org"), QStringLiteral("--zone"), first,
                            QStringLiteral("--zone"), second });
        QCOMPARE(r.exitCode, 64);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("this is the zone example.org again, as in first.org.zone: give one file per zone"),
                 r.err.constData());
    }
    // lint reads each file on its own: both are linted.
    const Run lint = cli({ QStringLiteral("lint"), QStringLiteral("--zone"), first, QStringLiteral("--zone"), second });
    QVERIFY2(lint.out.contains("in 2 zone files"), lint.out.constData());
}

// The CLI trial of this session: escape sequences in record values reached the terminal through finding messages; a
// quoted one-column export was refused; a program or a comment holding "-----BEGIN PRIVATE KEY" was called a key; a
// column of numbers chosen by number lost its first row as a header; an empty --column or an empty list passed
// silently; lint's issuewild-only finding had no column.
void TestCli::trialInputsOfDecember()
{
    const QString zone = m_dir.filePath(QStringLiteral("december.org.zone"));
    writeFile(zone,
              QByteArray(kZone) + "esc CAA 0 issue \"\\027[31mevil\"\nwild CAA 0 issuewild \"letsencrypt.org\"\n");
    Run r = cli({ QStringLiteral("check"), QStringLiteral("esc.example.org"), QStringLiteral("--zone"), zone });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains('\x1b'), r.out.constData());
    QVERIFY2(r.out.contains("\\x1b[31mevil"), r.out.constData());
    r = cli({ QStringLiteral("lint"), QStringLiteral("--zone"), zone });
    QVERIFY2(!r.out.contains('\x1b'), r.out.constData());
    QVERIFY2(r.out.contains(":15:1: warning: wild.example.org:"), r.out.constData()); // issuewild-only: a column
    // A quoted one-column export, with its header.
    const QString quoted = m_dir.filePath(QStringLiteral("quoted.csv"));
    writeFile(quoted, "domain\n\"www.example.org\"\n\"example.org\"\n");
    r = cli({ QStringLiteral("batch"), quoted, QStringLiteral("--zone"), zone });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 2);
    // Quoted names streamed from a plain list too.
    r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone }, "\"www.example.org\"\n");
    QCOMPARE(r.exitCode, 0);
    // A list whose comment mentions a key is a list.
    r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone },
            "# never put a -----BEGIN PRIVATE KEY----- here\nwww.example.org\n");
    QCOMPARE(r.exitCode, 0);
    // A program that holds the marker is binary, not a key.
    r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone },
            QByteArray("\x7f"
                       "ELF\x02\0\0\0\n-----BEGIN PRIVATE KEY-----\n",
                       36));
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains("binary data"), r.err.constData());
    // A column of numbers chosen by number keeps its first row.
    const QString numbers = m_dir.filePath(QStringLiteral("numbers.csv"));
    writeFile(numbers, "1,x,www.example.org\n2,y,example.org\n");
    r = cli({ QStringLiteral("batch"), numbers, QStringLiteral("--zone"), zone, QStringLiteral("--column"),
              QStringLiteral("1") });
    QCOMPARE(r.exitCode, 2); // "1" and "2" are not names
    QCOMPARE(r.out.count("\tinvalid\t"), 2);
    r = cli(
        { QStringLiteral("batch"), numbers, QStringLiteral("--zone"), zone, QStringLiteral("--column"), QString() });
    QCOMPARE(r.exitCode, 64);
    // Nothing to check: said, and a data error, whatever the input's form.
    for (const QByteArray& empty : { QByteArray(), QByteArray("# only a comment\n\n") }) {
        r = cli({ QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--zone"), zone }, empty);
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(r.err.contains("no names to check"), r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
