// Who issues: certificates read with QSslCertificate, the issuing CA identified, hosting platforms recognised, the
// served CA and the platform's CAs judged from the same climb, CT answers parsed, and the TLS probe against real
// servers on loopback (QSslServer / QTcpServer in this process).
#include "caa/certificate.h"
#include "caa/climbrunner.h"
#include "caa/ctlog.h"
#include "caa/ctlookup.h"
#include "caa/dnssource.h"
#include "caa/issuerdirectory.h"
#include "caa/namelist.h"
#include "caa/platformdirectory.h"
#include "caa/tlsprobe.h"
#include "caa/whoissues.h"
#include "certfactory.h"
#include "testzones.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QtTest>

using namespace caa;

namespace {

// The real CCADB subject key identifier of Let's Encrypt's R11 (ccadb report, 2025-12-26).
const QString kR11KeyId = QStringLiteral("C5CF46A4EAF4C3C07A6C95C42DB05E922F26E3B9");

Diagnosis diagnose(const QByteArray& zone, const QString& name, const QList<CaProfile>& profiles,
                   const WhoIssues& who = {}, bool beside = false)
{
    // example.com as given, and the CDN's zone beside it (no CAA there, as on CloudFront), so a CNAME into it is
    // followed rather than "outside the loaded zones".
    auto set = std::make_shared<ZoneSet>();
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    set->add(std::make_shared<ZoneFile>(ZoneFile::parse(zone, QStringLiteral("example.com.zone"), options)));
    options.origin = QStringLiteral("cloudfront.net");
    set->add(std::make_shared<ZoneFile>(ZoneFile::parse("@ 300 IN SOA ns hostmaster 1 3600 600 86400 300\n"
                                                        "d111111abcdef8 300 IN A 192.0.2.80\n",
                                                        QStringLiteral("cloudfront.net.zone"), options)));
    ZoneSource source(set);
    ClimbRunner runner(&source);
    runner.setWhoIssues(who);
    QSignalSpy done(&runner, &ClimbRunner::finished);
    Request r;
    r.name = DomainName::parse(name);
    runner.start(r, profiles);
    if (done.isEmpty())
        done.wait(5000);
    Diagnosis d = runner.diagnosis();
    d.judgeIssuersBeside = beside;
    d.settle();
    return d;
}

WhoIssues fromFile(const CertificateChain& chain)
{
    WhoIssues w;
    w.origin = WhoIssues::Origin::File;
    w.file = QStringLiteral("chain.pem");
    w.probe.status = TlsProbeResult::Status::Served;
    w.probe.chain = chain;
    return w;
}

bool hasFinding(const WhoIssues& w, const char* code)
{
    for (const Finding& f : w.findings) {
        if (f.code == QLatin1String(code))
            return true;
    }
    return false;
}

} // namespace

class TestWhoIssues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readChain_data();
    void readChain();
    void readExpiredChain();
    void covers_data();
    void covers();
    void identify_data();
    void identify();
    void issuerDataHasSourcesAndMatchesCcadb();
    void splitDistinguishedName_data();
    void splitDistinguishedName();
    void suffixes_data();
    void suffixes();
    void recognisePlatforms_data();
    void recognisePlatforms();
    void platformDataIsComplete();
    void servedVerdicts_data();
    void servedVerdicts();
    void platformFixIsVerified();
    void issuersJudgedBeside();
    void namelistReadsCertificatesWithQt();
    void crtShAnswers_data();
    void crtShAnswers();
    void probeTarget_data();
    void probeTarget();
    void probeReadsServedChain();
    void probeDescribesFailures_data();
    void probeDescribesFailures();
    void probeSaysWhenTheAddressLookupFails();
    void ctLookupOverHttps_data();
    void ctLookupOverHttps();

private:
    test::CertFactory m_certs;
};

void TestWhoIssues::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL 3) is needed");
    QVERIFY2(m_certs.isValid(), qPrintable(m_certs.error()));
    QVERIFY2(m_certs.root(QStringLiteral("isrg"),
                          QStringLiteral("/C=US/O=Internet Security Research Group/CN=ISRG Root X1 (test)")),
             qPrintable(m_certs.error()));
    QVERIFY(m_certs.intermediate(QStringLiteral("r11"), QStringLiteral("/C=US/O=Let's Encrypt/CN=R11"),
                                 QStringLiteral("isrg")));
    QVERIFY(m_certs.leaf(QStringLiteral("le"), QStringLiteral("/CN=www.example.com"), QStringLiteral("r11"),
                         { QStringLiteral("www.example.com"), QStringLiteral("example.com") }));
    // An intermediate with another name but R11's real key identifier: found by the key, not the name.
    QVERIFY(m_certs.intermediate(QStringLiteral("renamed"), QStringLiteral("/C=XX/O=Renamed/CN=Renamed CA"),
                                 QStringLiteral("isrg"), kR11KeyId));
    QVERIFY(m_certs.leaf(QStringLiteral("bykey"), QStringLiteral("/CN=www.example.com"), QStringLiteral("renamed"),
                         { QStringLiteral("www.example.com") }));
    QVERIFY(m_certs.root(QStringLiteral("gtsroot"),
                         QStringLiteral("/C=US/O=Google Trust Services LLC/CN=GTS Root R4 (test)")));
    QVERIFY(m_certs.intermediate(QStringLiteral("we1"), QStringLiteral("/C=US/O=Google Trust Services/CN=WE1"),
                                 QStringLiteral("gtsroot")));
    QVERIFY(m_certs.leaf(QStringLiteral("gts"), QStringLiteral("/CN=www.example.com"), QStringLiteral("we1"),
                         { QStringLiteral("www.example.com") }));
    QVERIFY(m_certs.root(QStringLiteral("amazonroot"), QStringLiteral("/C=US/O=Amazon/CN=Amazon Root CA 1 (test)")));
    QVERIFY(m_certs.intermediate(QStringLiteral("m02"), QStringLiteral("/C=US/O=Amazon/CN=Amazon RSA 2048 M02"),
                                 QStringLiteral("amazonroot")));
    QVERIFY(m_certs.leaf(QStringLiteral("acm"), QStringLiteral("/CN=www.example.com"), QStringLiteral("m02"),
                         { QStringLiteral("www.example.com") }));
    QVERIFY(m_certs.root(QStringLiteral("zerosslroot"),
                         QStringLiteral("/C=US/O=The USERTRUST Network/CN=USERTrust (test)")));
    QVERIFY(m_certs.intermediate(QStringLiteral("zerossl"),
                                 QStringLiteral("/C=AT/O=ZeroSSL/CN=ZeroSSL RSA Domain Secure Site CA"),
                                 QStringLiteral("zerosslroot")));
    QVERIFY(m_certs.leaf(QStringLiteral("zero"), QStringLiteral("/CN=www.example.com"), QStringLiteral("zerossl"),
                         { QStringLiteral("www.example.com") }));
    QVERIFY(m_certs.root(QStringLiteral("private"), QStringLiteral("/O=Example Corp/CN=Example Corp Issuing CA")));
    QVERIFY(m_certs.leaf(QStringLiteral("corp"), QStringLiteral("/CN=www.example.com"), QStringLiteral("private"),
                         { QStringLiteral("www.example.com") }));
    QVERIFY(m_certs.root(QStringLiteral("self"), QStringLiteral("/O=Example Appliance/CN=www.example.com")));
    QVERIFY(m_certs.leaf(QStringLiteral("nosan"), QStringLiteral("/CN=www.example.com"), QStringLiteral("r11"), {}));
    QVERIFY(m_certs.leaf(QStringLiteral("wild"), QStringLiteral("/CN=*.example.com"), QStringLiteral("r11"),
                         { QStringLiteral("*.example.com") }));
    QVERIFY(m_certs.leaf(QStringLiteral("localhost"), QStringLiteral("/CN=localhost"), QStringLiteral("r11"),
                         { QStringLiteral("localhost") }));
}

void TestWhoIssues::readChain_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("certificates");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("leafIssuer");
    const QByteArray chain = m_certs.pem({ QStringLiteral("le"), QStringLiteral("r11") });
    QTest::newRow("PEM chain, leaf first") << chain << 2 << int(CertificateReadError::None) << QStringLiteral("R11");
    QTest::newRow("DER leaf") << m_certs.der(QStringLiteral("le")) << 1 << int(CertificateReadError::None)
                              << QStringLiteral("R11");
    QTest::newRow("PEM with a key between the certificates")
        << (m_certs.read(QStringLiteral("le.pem")) + m_certs.read(QStringLiteral("le.key"))
            + m_certs.read(QStringLiteral("r11.pem")))
        << 2 << int(CertificateReadError::None) << QStringLiteral("R11");
    QTest::newRow("CRLF line ends") << QByteArray(chain).replace("\n", "\r\n") << 2 << int(CertificateReadError::None)
                                    << QStringLiteral("R11");
    QTest::newRow("a certificate request only")
        << m_certs.request(QStringLiteral("csr"), QStringLiteral("/CN=www.example.com")) << 0
        << int(CertificateReadError::RequestOnly) << QString();
    QTest::newRow("a key only") << m_certs.read(QStringLiteral("le.key")) << 0 << int(CertificateReadError::KeyOnly)
                                << QString();
    // Trial of issue 15: a file of roots was read as a server's certificate; a chain saved root first was read with
    // the intermediate as the leaf; a DER request was "no certificate".
    QTest::newRow("CA certificates only") << m_certs.pem({ QStringLiteral("r11"), QStringLiteral("isrg") }) << 0
                                          << int(CertificateReadError::OnlyCaCertificates) << QString();
    QTest::newRow("saved intermediate first") << m_certs.pem({ QStringLiteral("r11"), QStringLiteral("le") }) << 2
                                              << int(CertificateReadError::None) << QStringLiteral("R11");
    {
        QProcess der;
        der.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-in"), m_certs.path(QStringLiteral("csr.csr")),
                    QStringLiteral("-outform"), QStringLiteral("DER") });
        der.waitForFinished(30000);
        QTest::newRow("a DER certificate request")
            << der.readAllStandardOutput() << 0 << int(CertificateReadError::RequestOnly) << QString();
    }
    QTest::newRow("empty") << QByteArray() << 0 << int(CertificateReadError::Empty) << QString();
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << 0 << int(CertificateReadError::Empty) << QString();
    QTest::newRow("text") << QByteArray("www.example.com\nexample.org\n") << 0
                          << int(CertificateReadError::NotACertificate) << QString();
    QByteArray damaged = m_certs.read(QStringLiteral("le.pem"));
    damaged.replace(100, 20, QByteArray(20, '*'));
    QTest::newRow("a damaged PEM block") << damaged << 0 << int(CertificateReadError::Damaged) << QString();
    QTest::newRow("a PEM block without its END line")
        << m_certs.read(QStringLiteral("le.pem")).left(300) << 0 << int(CertificateReadError::Damaged) << QString();
    QTest::newRow("over 4 MiB") << QByteArray(kMaxCertificateFileBytes + 1, 'A') << 0
                                << int(CertificateReadError::TooLarge) << QString();
    QByteArray der = m_certs.der(QStringLiteral("le"));
    QTest::newRow("truncated DER") << der.left(der.size() / 2) << 0 << int(CertificateReadError::NotACertificate)
                                   << QString();
}

void TestWhoIssues::readChain()
{
    QFETCH(QByteArray, data);
    QFETCH(int, certificates);
    QFETCH(int, error);
    QFETCH(QString, leafIssuer);
    CertificateReadError e = CertificateReadError::None;
    const CertificateChain chain = readCertificateChain(data, &e);
    QCOMPARE(int(e), error);
    QCOMPARE(chain.certificates.size(), certificates);
    if (certificates) {
        QCOMPARE(chain.leaf().issuerCommonName, leafIssuer);
        QCOMPARE(chain.leaf().commonName, QStringLiteral("www.example.com"));
        QCOMPARE(chain.leaf().sha256.size(), 64);
        QVERIFY(!chain.leaf().isCa);
        // The chain written as PEM reads back the same.
        QCOMPARE(readCertificateChain(chain.pem()).sha256s(), chain.sha256s());
    }
}

void TestWhoIssues::readExpiredChain()
{
    QFile f(QStringLiteral(CAA_TEST_DATA "/certs/expired-le-chain.pem"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CertificateChain chain = readCertificateChain(f.readAll());
    QCOMPARE(chain.certificates.size(), 2);
    QCOMPARE(chain.leaf().notAfter, QDateTime(QDate(2025, 4, 10), QTime(0, 0), Qt::UTC));
    WhoIssues w = fromFile(chain);
    QVERIFY(w.expired(QDateTime::currentDateTimeUtc()));
    // An expired certificate is still identified and judged: its CA is what renews it.
    const Diagnosis d = diagnose("@ 300 IN CAA 0 issue \"letsencrypt.org\"\n", QStringLiteral("expired.example.test"),
                                 { letsEncryptProfile() }, w);
    QCOMPARE(d.who.issuer.caName, QStringLiteral("Let's Encrypt (ISRG)"));
}

void TestWhoIssues::covers_data()
{
    QTest::addColumn<QStringList>("sans");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("covered");
    const QStringList www { QStringLiteral("www.example.com") };
    const QStringList wild { QStringLiteral("*.example.com") };
    QTest::newRow("exact") << www << QString() << QStringLiteral("www.example.com") << true;
    QTest::newRow("other name") << www << QString() << QStringLiteral("example.com") << false;
    QTest::newRow("any case") << QStringList { QStringLiteral("WWW.Example.COM") } << QString()
                              << QStringLiteral("www.example.com") << true;
    QTest::newRow("trailing dot in the SAN")
        << QStringList { QStringLiteral("www.example.com.") } << QString() << QStringLiteral("www.example.com") << true;
    QTest::newRow("wildcard, one label") << wild << QString() << QStringLiteral("www.example.com") << true;
    QTest::newRow("wildcard, two labels") << wild << QString() << QStringLiteral("a.b.example.com") << false;
    QTest::newRow("wildcard, the parent itself") << wild << QString() << QStringLiteral("example.com") << false;
    QTest::newRow("no SAN: the CN counts")
        << QStringList() << QStringLiteral("www.example.com") << QStringLiteral("www.example.com") << true;
    QTest::newRow("SAN present: the CN does not")
        << QStringList { QStringLiteral("other.example.com") } << QStringLiteral("www.example.com")
        << QStringLiteral("www.example.com") << false;
}

void TestWhoIssues::covers()
{
    QFETCH(QStringList, sans);
    QFETCH(QString, commonName);
    QFETCH(QString, name);
    QFETCH(bool, covered);
    CertificateFacts f;
    f.dnsNames = sans;
    f.commonName = commonName;
    QCOMPARE(f.covers(name), covered);
}

void TestWhoIssues::identify_data()
{
    QTest::addColumn<QByteArray>("chain");
    QTest::addColumn<int>("match");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("intermediate");
    // Sources: resources/data/issuer-overlay.csv (each row's URL) and the CCADB report of 2025-12-26.
    QTest::newRow("Let's Encrypt R11 by name (overlay: letsencrypt.org/certificates)")
        << m_certs.pem({ QStringLiteral("le"), QStringLiteral("r11") }) << int(IssuerIdentity::Match::NamePattern)
        << QStringLiteral("letsencrypt.org") << QStringLiteral("R11");
    QTest::newRow("leaf alone: the issuer's name is enough")
        << m_certs.pem({ QStringLiteral("le") }) << int(IssuerIdentity::Match::NamePattern)
        << QStringLiteral("letsencrypt.org") << QStringLiteral("R11");
    QTest::newRow("R11's key identifier under another name (CCADB)")
        << m_certs.pem({ QStringLiteral("bykey"), QStringLiteral("renamed") })
        << int(IssuerIdentity::Match::KeyIdentifier) << QStringLiteral("letsencrypt.org")
        << QStringLiteral("Renamed CA");
    QTest::newRow("Google Trust Services WE1 (overlay: pki.goog/repository)")
        << m_certs.pem({ QStringLiteral("gts"), QStringLiteral("we1") }) << int(IssuerIdentity::Match::NamePattern)
        << QStringLiteral("pki.goog") << QStringLiteral("WE1");
    QTest::newRow("Amazon RSA 2048 M02 (overlay; CCADB lists amazon.com first)")
        << m_certs.pem({ QStringLiteral("acm"), QStringLiteral("m02") }) << int(IssuerIdentity::Match::NamePattern)
        << QStringLiteral("amazon.com") << QStringLiteral("Amazon RSA 2048 M02");
    QTest::newRow("ZeroSSL issues under Sectigo's identifiers (CCADB)")
        << m_certs.pem({ QStringLiteral("zero"), QStringLiteral("zerossl") }) << int(IssuerIdentity::Match::NamePattern)
        << QStringLiteral("sectigo.com") << QStringLiteral("ZeroSSL RSA Domain Secure Site CA");
    QTest::newRow("a private CA is unknown")
        << m_certs.pem({ QStringLiteral("corp") }) << int(IssuerIdentity::Match::None) << QString()
        << QStringLiteral("Example Corp Issuing CA");
    QTest::newRow("self-signed is unknown")
        << m_certs.pem({ QStringLiteral("self") }) << int(IssuerIdentity::Match::None) << QString() << QString();
}

void TestWhoIssues::identify()
{
    QFETCH(QByteArray, chain);
    QFETCH(int, match);
    QFETCH(QString, identifier);
    QFETCH(QString, intermediate);
    const IssuerIdentity id = IssuerDirectory::builtin().identify(readCertificateChain(chain));
    QCOMPARE(int(id.match), match);
    QCOMPARE(id.identifiers.value(0), identifier);
    QCOMPARE(id.intermediate, intermediate);
    if (match != int(IssuerIdentity::Match::None))
        QVERIFY(!id.source.isEmpty());
}

void TestWhoIssues::issuerDataHasSourcesAndMatchesCcadb()
{
    const IssuerDirectory& d = IssuerDirectory::builtin();
    QVERIFY2(d.size() > 3000, "the CCADB intermediates and the overlay");
    // Each overlay row names a real intermediate the way CCADB names it.
    const struct
    {
        const char* cn;
        const char* o;
        const char* identifier;
    } known[] = {
        { "R10", "Let's Encrypt", "letsencrypt.org" },
        { "E7", "Let's Encrypt", "letsencrypt.org" },
        { "YR2", "Let's Encrypt", "letsencrypt.org" },
        { "WR2", "Google Trust Services", "pki.goog" },
        { "Amazon ECDSA 256 M04", "Amazon", "amazon.com" },
        { "Go Daddy Secure Certificate Authority - G2", "GoDaddy.com, Inc.", "godaddy.com" },
    };
    for (const auto& k : known) {
        const IssuerIdentity id = d.identifyByName(QString::fromUtf8(k.cn), QString::fromUtf8(k.o));
        QVERIFY2(id.isKnown(), k.cn);
        QCOMPARE(id.identifiers.first(), QString::fromLatin1(k.identifier));
    }
    QString error;
    const IssuerDirectory broken = IssuerDirectory::fromData("key_id\tissuer_cn\n\tonly two fields\n", &error);
    QVERIFY(error.contains(QLatin1String("not 6")));
    QCOMPARE(broken.size(), 0);
}

void TestWhoIssues::splitDistinguishedName_data()
{
    QTest::addColumn<QString>("dn");
    QTest::addColumn<QString>("cn");
    QTest::addColumn<QString>("o");
    QTest::newRow("crt.sh") << QStringLiteral("C=US, O=Let's Encrypt, CN=R11") << QStringLiteral("R11")
                            << QStringLiteral("Let's Encrypt");
    QTest::newRow("OpenSSL slashes") << QStringLiteral("/C=US/O=Google Trust Services/CN=WE1") << QStringLiteral("WE1")
                                     << QStringLiteral("Google Trust Services");
    QTest::newRow("escaped comma") << QStringLiteral(
        "C=US, O=GoDaddy.com\\, Inc., CN=Go Daddy Secure Certificate Authority - G2")
                                   << QStringLiteral("Go Daddy Secure Certificate Authority - G2")
                                   << QStringLiteral("GoDaddy.com, Inc.");
    QTest::newRow("quoted") << QStringLiteral("CN=\"Sectigo RSA DV\", O=\"Sectigo Limited\"")
                            << QStringLiteral("Sectigo RSA DV") << QStringLiteral("Sectigo Limited");
    QTest::newRow("OU is not O") << QStringLiteral("OU=Unit, CN=X") << QStringLiteral("X") << QString();
    QTest::newRow("nothing") << QStringLiteral("garbage") << QString() << QString();
}

void TestWhoIssues::splitDistinguishedName()
{
    QFETCH(QString, dn);
    QFETCH(QString, cn);
    QFETCH(QString, o);
    QString gotCn, gotO;
    caa::splitDistinguishedName(dn, &gotCn, &gotO);
    QCOMPARE(gotCn, cn);
    QCOMPARE(gotO, o);
}

void TestWhoIssues::suffixes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("matches");
    QTest::newRow("below") << QStringLiteral("d111.cloudfront.net") << QStringLiteral("cloudfront.net") << true;
    QTest::newRow("itself") << QStringLiteral("cloudfront.net") << QStringLiteral("cloudfront.net") << true;
    QTest::newRow("not a label boundary")
        << QStringLiteral("notcloudfront.net") << QStringLiteral("cloudfront.net") << false;
    QTest::newRow("case and dots") << QStringLiteral("D111.CloudFront.NET.") << QStringLiteral("cloudfront.net.")
                                   << true;
    QTest::newRow("star within a label") << QStringLiteral("ns-1.awsdns-12.com") << QStringLiteral("awsdns-*.com")
                                         << true;
    QTest::newRow("star is one label only") << QStringLiteral("a.b.com") << QStringLiteral("*.com") << true;
    QTest::newRow("star never two labels") << QStringLiteral("x.a.b") << QStringLiteral("*.b") << true;
    QTest::newRow("longer suffix") << QStringLiteral("net") << QStringLiteral("cloudfront.net") << false;
    QTest::newRow("empty suffix") << QStringLiteral("example.com") << QString() << false;
}

void TestWhoIssues::suffixes()
{
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    QFETCH(bool, matches);
    QCOMPARE(nameMatchesSuffix(name, suffix), matches);
}

void TestWhoIssues::recognisePlatforms_data()
{
    QTest::addColumn<QString>("cname");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("identifier");
    // resources/data/platforms.tsv: each row's source URL and the date it was read.
    QTest::newRow("CloudFront") << QStringLiteral("d111111abcdef8.cloudfront.net") << QString()
                                << QStringLiteral("Amazon CloudFront (ACM)") << QStringLiteral("amazon.com");
    QTest::newRow("ELB") << QStringLiteral("my-lb-1234.eu-west-1.elb.amazonaws.com") << QString()
                         << QStringLiteral("AWS Elastic Load Balancing (ACM)") << QStringLiteral("amazon.com");
    QTest::newRow("Azure Front Door") << QStringLiteral("x.z01.azurefd.net") << QString()
                                      << QStringLiteral("Azure Front Door") << QStringLiteral("digicert.com");
    QTest::newRow("Cloudflare by NS") << QString() << QStringLiteral("ada.ns.cloudflare.com")
                                      << QStringLiteral("Cloudflare") << QStringLiteral("letsencrypt.org");
    QTest::newRow("Vercel by CNAME") << QStringLiteral("cname.vercel-dns.com") << QString() << QStringLiteral("Vercel")
                                     << QStringLiteral("letsencrypt.org");
    QTest::newRow("Vercel by NS") << QString() << QStringLiteral("ns1.vercel-dns.com") << QStringLiteral("Vercel")
                                  << QStringLiteral("letsencrypt.org");
    QTest::newRow("GitHub Pages") << QStringLiteral("octo.github.io") << QString() << QStringLiteral("GitHub Pages")
                                  << QStringLiteral("letsencrypt.org");
    QTest::newRow("Fastly") << QStringLiteral("dualstack.x.fastly.net") << QString() << QStringLiteral("Fastly")
                            << QStringLiteral("certainly.com");
    QTest::newRow("Firebase") << QStringLiteral("project.web.app") << QString() << QStringLiteral("Firebase Hosting")
                              << QStringLiteral("letsencrypt.org");
    QTest::newRow("no platform") << QStringLiteral("www.example.net") << QStringLiteral("ns1.example.net") << QString()
                                 << QString();
    QTest::newRow("a look-alike") << QStringLiteral("cloudfront.net.example.com") << QString() << QString()
                                  << QString();
}

void TestWhoIssues::recognisePlatforms()
{
    QFETCH(QString, cname);
    QFETCH(QString, ns);
    QFETCH(QString, platform);
    QFETCH(QString, identifier);
    QList<std::pair<QString, QString>> cnames, nameservers;
    if (!cname.isEmpty())
        cnames.append({ QStringLiteral("www.example.com"), cname });
    if (!ns.isEmpty())
        nameservers.append({ QStringLiteral("example.com"), ns });
    const QList<PlatformMatch> found = PlatformDirectory::builtin().recognise(cnames, nameservers);
    if (platform.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().platform.name, platform);
    QCOMPARE(found.first().platform.cas.first().first(), identifier);
    QCOMPARE(found.first().name, cname.isEmpty() ? ns : cname);
    QCOMPARE(found.first().evidence,
             cname.isEmpty() ? PlatformMatch::Evidence::Nameserver : PlatformMatch::Evidence::Cname);
}

void TestWhoIssues::platformDataIsComplete()
{
    const QStringList required { QStringLiteral("Amazon CloudFront (ACM)"),
                                 QStringLiteral("AWS Elastic Load Balancing (ACM)"),
                                 QStringLiteral("Azure Front Door"),
                                 QStringLiteral("Azure App Service"),
                                 QStringLiteral("Azure CDN"),
                                 QStringLiteral("Firebase Hosting"),
                                 QStringLiteral("Cloudflare"),
                                 QStringLiteral("Fastly"),
                                 QStringLiteral("Akamai"),
                                 QStringLiteral("Vercel"),
                                 QStringLiteral("Netlify"),
                                 QStringLiteral("GitHub Pages"),
                                 QStringLiteral("Heroku"),
                                 QStringLiteral("Fly.io"),
                                 QStringLiteral("Render"),
                                 QStringLiteral("Shopify"),
                                 QStringLiteral("Squarespace"),
                                 QStringLiteral("Wix"),
                                 QStringLiteral("WordPress.com") };
    QStringList names;
    for (const Platform& p : PlatformDirectory::builtin().platforms()) {
        names.append(p.name);
        QVERIFY2(p.source.startsWith(QLatin1String("https://")), qPrintable(p.name));
        QVERIFY2(QDate::fromString(p.read, Qt::ISODate).isValid(), qPrintable(p.name));
        QVERIFY2(!p.behaviour.isEmpty() && !p.cas.isEmpty(), qPrintable(p.name));
        for (const QStringList& ca : p.cas) {
            for (const QString& id : ca)
                QVERIFY2(!CaDirectory::builtin().casForIdentifier(id.toLatin1()).isEmpty(),
                         qPrintable(p.name + QStringLiteral(": ") + id));
        }
    }
    for (const QString& r : required)
        QVERIFY2(names.contains(r), qPrintable(r));
    QString error;
    PlatformDirectory::fromData("platform\tcname_suffixes\n", &error);
    QVERIFY(error.isEmpty()); // the header alone
    PlatformDirectory::fromData("h\nX\tx.net\t\t\tb\thttps://x\t2026-01-01\n", &error);
    QVERIFY2(error.contains(QLatin1String("needs a name and CAs")), qPrintable(error));
}

void TestWhoIssues::servedVerdicts_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<int>("servedOutcome");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("LE certificate, LE allowed: renewals allowed")
        << QByteArray("@ 300 IN CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("www.example.com")
        << QStringList { QStringLiteral("le"), QStringLiteral("r11") } << int(Outcome::Permit) << QStringList();
    QTest::newRow("GTS certificate, only LE allowed: the next renewal fails")
        << QByteArray("@ 300 IN CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("www.example.com")
        << QStringList { QStringLiteral("gts"), QStringLiteral("we1") } << int(Outcome::Forbid)
        << QStringList { QLatin1String(code::ServedIssuerNotPermitted) };
    QTest::newRow("ACM certificate, amazontrust.com allowed (ACM accepts all four)")
        << QByteArray("@ 300 IN CAA 0 issue \"amazontrust.com\"\n") << QStringLiteral("www.example.com")
        << QStringList { QStringLiteral("acm"), QStringLiteral("m02") } << int(Outcome::Permit) << QStringList();
    QTest::newRow("no CAA: every CA") << QByteArray("www 300 IN A 192.0.2.1\n") << QStringLiteral("www.example.com")
                                      << QStringList { QStringLiteral("gts"), QStringLiteral("we1") }
                                      << int(Outcome::Permit) << QStringList();
    QTest::newRow("unknown issuer") << QByteArray("@ 300 IN CAA 0 issue \"letsencrypt.org\"\n")
                                    << QStringLiteral("www.example.com") << QStringList { QStringLiteral("corp") }
                                    << int(Outcome::Pending)
                                    << QStringList { QLatin1String(code::ServedIssuerUnknown) };
    // Trial of issue 15: a certificate for another name was judged as this name's ("its next renewal will fail").
    QTest::newRow("certificate for another name: no renewal verdict")
        << QByteArray("@ 300 IN CAA 0 issue \"letsencrypt.org\"\n") << QStringLiteral("shop.example.com")
        << QStringList { QStringLiteral("gts"), QStringLiteral("we1") } << int(Outcome::Pending)
        << QStringList { QLatin1String(code::ServedNameNotCovered) };
    QTest::newRow("issuewild decides for a wildcard request")
        << QByteArray("@ 300 IN CAA 0 issue \"pki.goog\"\n@ 300 IN CAA 0 issuewild \"letsencrypt.org\"\n")
        << QStringLiteral("*.example.com") << QStringList { QStringLiteral("wild"), QStringLiteral("r11") }
        << int(Outcome::Permit) << QStringList();
}

void TestWhoIssues::servedVerdicts()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, name);
    QFETCH(QStringList, chain);
    QFETCH(int, servedOutcome);
    QFETCH(QStringList, codes);
    const Diagnosis d
        = diagnose(zone, name, { letsEncryptProfile() }, fromFile(readCertificateChain(m_certs.pem(chain))));
    QCOMPARE(d.who.hasServedVerdict, servedOutcome != int(Outcome::Pending));
    if (d.who.hasServedVerdict) {
        QCOMPARE(int(d.who.served.verdict.outcome), servedOutcome);
        // The same judgement as the All CAs grid and the CLI's verdict lines make.
        QCOMPARE(int(d.verdictFor(d.who.served.profile, d.request.name.isWildcard()).outcome), servedOutcome);
    }
    QStringList got;
    for (const Finding& f : d.who.findings)
        got.append(f.code);
    QCOMPARE(got, codes);
    if (servedOutcome == int(Outcome::Forbid)) {
        // The fix for the served CA is verified like every fix: applied, that CA may issue.
        QVERIFY(!d.who.served.verdict.fixes.isEmpty());
        QCOMPARE(d.who.served.verdict.fixes.first().zoneLines(),
                 QStringList { QStringLiteral("example.com. CAA 0 issue \"pki.goog\"") });
    }
}

void TestWhoIssues::platformFixIsVerified()
{
    const QByteArray zone = "@ 300 IN CAA 0 issue \"letsencrypt.org\"\n"
                            "cdn 300 IN CNAME d111111abcdef8.cloudfront.net.\n";
    Diagnosis d = diagnose(zone, QStringLiteral("cdn.example.com"), { letsEncryptProfile() });
    QCOMPARE(d.who.platforms.size(), 1);
    const PlatformFinding& p = d.who.platforms.first();
    QCOMPARE(p.match.platform.name, QStringLiteral("Amazon CloudFront (ACM)"));
    QCOMPARE(p.match.owner, QStringLiteral("cdn.example.com"));
    QVERIFY(p.allRefuse());
    QVERIFY(hasFinding(d.who, code::PlatformCaMissing));
    QVERIFY(!p.cas.first().verdict.fixes.isEmpty());
    const Fix fix = p.cas.first().verdict.fixes.first();
    QCOMPARE(fix.zoneLines(), QStringList { QStringLiteral("example.com. CAA 0 issue \"amazon.com\"") });
    // Applied to the zone, ACM may issue and Let's Encrypt still may: nothing was lifted.
    const Diagnosis after = diagnose(zone + "@ 300 IN CAA 0 issue \"amazon.com\"\n", QStringLiteral("cdn.example.com"),
                                     { letsEncryptProfile() });
    QCOMPARE(after.verdicts.first().outcome, Outcome::Permit);
    QVERIFY(after.who.platforms.first().permitsAny());
    QVERIFY(!hasFinding(after.who, code::PlatformCaMissing));
    // A platform recognised from the zone's nameservers, the zone being a file.
    WhoIssues who;
    who.zoneNameservers = { { QStringLiteral("example.com"), QStringLiteral("ns1.vercel-dns.com") } };
    const Diagnosis vercel
        = diagnose("@ 300 IN CAA 0 issue \"pki.goog\"\n", QStringLiteral("example.com"), { letsEncryptProfile() }, who);
    QCOMPARE(vercel.who.platforms.size(), 1);
    QCOMPARE(vercel.who.platforms.first().match.evidence, PlatformMatch::Evidence::Nameserver);
    QVERIFY(hasFinding(vercel.who, code::PlatformCaMissing));
}

void TestWhoIssues::issuersJudgedBeside()
{
    const QByteArray zone = "@ 300 IN CAA 0 issue \"letsencrypt.org\"\n"
                            "cdn 300 IN CNAME d111111abcdef8.cloudfront.net.\n";
    const WhoIssues who = fromFile(readCertificateChain(m_certs.pem({ QStringLiteral("gts"), QStringLiteral("we1") })));
    const Diagnosis without = diagnose(zone, QStringLiteral("www.example.com"), { letsEncryptProfile() }, who, false);
    QCOMPARE(without.verdicts.size(), 1);
    const Diagnosis beside = diagnose(zone, QStringLiteral("www.example.com"), { letsEncryptProfile() }, who, true);
    QStringList cas;
    for (const CaProfile& p : beside.profiles)
        cas.append(p.recommendedIdentifier());
    QCOMPARE(cas, (QStringList { QStringLiteral("letsencrypt.org"), QStringLiteral("pki.goog") }));
    QCOMPARE(beside.verdicts.size(), 2);
    QCOMPARE(beside.verdicts[1].outcome, Outcome::Forbid);
    // Settling again adds nothing twice.
    Diagnosis again = beside;
    again.settle();
    QCOMPARE(again.profiles.size(), 2);
}

void TestWhoIssues::namelistReadsCertificatesWithQt()
{
    // The Batch tab reads certificates with QSslCertificate now, requests with its own reader (fuzzed).
    const QList<CertificateNames> certs
        = readCertificates(m_certs.pem({ QStringLiteral("le"), QStringLiteral("r11") })
                           + m_certs.request(QStringLiteral("req2"), QStringLiteral("/CN=req.example.com")));
    QCOMPARE(certs.size(), 3);
    // In the certificate's order, as the Batch tab lists them.
    QCOMPARE(certs[0].dnsNames, (QStringList { QStringLiteral("www.example.com"), QStringLiteral("example.com") }));
    QVERIFY(!certs[0].isRequest);
    QCOMPARE(certs[1].commonName, QStringLiteral("R11"));
    QVERIFY(certs[2].isRequest);
    QCOMPARE(certs[2].commonName, QStringLiteral("req.example.com"));
    const QList<CertificateNames> der = readCertificates(m_certs.der(QStringLiteral("le")));
    QCOMPARE(der.size(), 1);
    QCOMPARE(der.first().commonName, QStringLiteral("www.example.com"));
}

void TestWhoIssues::crtShAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("certificates");
    QTest::addColumn<QStringList>("cas");
    QTest::addColumn<QString>("error");
    const QByteArray recorded = R"([
 {"issuer_name":"C=US, O=Let's Encrypt, CN=R11","not_before":"2026-11-20T09:00:00","name_value":"example.com"},
 {"issuer_name":"C=US, O=Let's Encrypt, CN=R10","not_before":"2026-09-01T09:00:00","name_value":"example.com"},
 {"issuer_name":"C=US, O=Google Trust Services, CN=WE1","not_before":"2026-10-01T09:00:00"},
 {"issuer_name":"C=XX, O=Nobody, CN=Nobody CA","not_before":"2026-06-01T00:00:00"},
 {"issuer_name":"C=US, O=Let's Encrypt, CN=R3","not_before":"2020-01-01T00:00:00"},
 {"not_before":"2026-11-01T00:00:00"},
 42
])";
    QTest::newRow("recorded answer") << recorded << int(CtAnswer::Status::Answered) << 4
                                     << QStringList { QStringLiteral("Let's Encrypt (ISRG)"),
                                                      QStringLiteral("Google Trust Services"),
                                                      QStringLiteral("Let's Encrypt (ISRG)"), QString() }
                                     << QString();
    QTest::newRow("empty list") << QByteArray("[]") << int(CtAnswer::Status::Answered) << 0 << QStringList()
                                << QString();
    QTest::newRow("not JSON (an HTML error page)")
        << QByteArray("<html><body>502 Bad Gateway</body></html>") << int(CtAnswer::Status::Failed) << 0
        << QStringList() << QStringLiteral("not JSON");
    QTest::newRow("an object") << QByteArray("{\"error\":\"rate limited\"}") << int(CtAnswer::Status::Failed) << 0
                               << QStringList() << QStringLiteral("not a JSON array");
    QTest::newRow("huge") << QByteArray(kMaxCtAnswerBytes + 1, ' ') << int(CtAnswer::Status::Failed) << 0
                          << QStringList() << QStringLiteral("16 MiB");
    QByteArray many = "[";
    for (int i = 0; i < 200; ++i)
        many += QStringLiteral("{\"issuer_name\":\"CN=CA %1\",\"not_before\":\"2026-11-01T00:00:00\"},")
                    .arg(i)
                    .toLatin1();
    many.chop(1);
    many += "]";
    QTest::newRow("200 issuers: the 64 newest kept, every certificate counted")
        << many << int(CtAnswer::Status::Answered) << 200 << QStringList() << QString();
    // Trial of issue 15: unreadable entries, entries dated in the future and entries for other names were counted.
    QTest::newRow("hostile entries left out")
        << QByteArray(R"([{"issuer_name":123,"not_before":"2026-11-01T00:00:00","name_value":"example.com"},
                          {"issuer_name":"C=US, O=Let's Encrypt, CN=R11","not_before":"2099-11-20T00:00:00","name_value":"example.com"},
                          {"issuer_name":"C=US, O=Let's Encrypt, CN=R11","not_before":"2026-11-20T00:00:00","name_value":"other.example"},
                          {"issuer_name":"C=US, O=Google Trust Services, CN=WE1","not_before":"2026-11-02T00:00:00","name_value":"*.example.com
example.com"},
                          1, "a", null])")
        << int(CtAnswer::Status::Answered) << 1 << QStringList { QStringLiteral("Google Trust Services") } << QString();
}

void TestWhoIssues::crtShAnswers()
{
    QFETCH(QByteArray, json);
    QFETCH(int, status);
    QFETCH(int, certificates);
    QFETCH(QStringList, cas);
    QFETCH(QString, error);
    const CtAnswer a = parseCrtShJson(json, QDate(2025, 11, 1),
                                      QString::fromUtf8(QTest::currentDataTag()).contains(QLatin1String("hostile"))
                                          ? QStringLiteral("example.com")
                                          : QString(),
                                      QDate(2026, 12, 8));
    QCOMPARE(int(a.status), status);
    QCOMPARE(a.certificates, certificates);
    QVERIFY2(a.error.contains(error), qPrintable(a.error));
    if (!cas.isEmpty()) {
        QStringList got;
        for (const CtIssuer& i : a.issuers)
            got.append(i.caName);
        QCOMPARE(got, cas);
        if (cas.size() > 1)
            QCOMPARE(a.issuers.first().latest, QDate(2026, 11, 20)); // newest first
    }
    if (QString::fromUtf8(QTest::currentDataTag()).contains(QLatin1String("hostile")))
        QCOMPARE(a.unreadable, 6);
    if (certificates == 200) {
        QCOMPARE(a.issuers.size(), 64);
        QCOMPARE(a.omittedIssuers, 136);
    }
}

void TestWhoIssues::probeTarget_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << QStringLiteral("www.example.com") << true << QStringLiteral("www.example.com") << 443;
    QTest::newRow("host:port") << QStringLiteral("www.example.com:8443") << true << QStringLiteral("www.example.com")
                               << 8443;
    QTest::newRow("trailing dot") << QStringLiteral("www.example.com.:8443") << true
                                  << QStringLiteral("www.example.com") << 8443;
    QTest::newRow("IPv4") << QStringLiteral("192.0.2.1:10443") << true << QStringLiteral("192.0.2.1") << 10443;
    QTest::newRow("bare IPv6") << QStringLiteral("2001:db8::1") << true << QStringLiteral("2001:db8::1") << 443;
    QTest::newRow("[IPv6]:port") << QStringLiteral("[2001:db8::1]:8443") << true << QStringLiteral("2001:db8::1")
                                 << 8443;
    QTest::newRow("port 0") << QStringLiteral("example.com:0") << false << QString() << 0;
    QTest::newRow("port too big") << QStringLiteral("example.com:65536") << false << QString() << 0;
    QTest::newRow("port not a number") << QStringLiteral("example.com:https") << false << QString() << 0;
    QTest::newRow("empty port") << QStringLiteral("example.com:") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
    QTest::newRow("a URL") << QStringLiteral("https://example.com/") << false << QString() << 0;
    QTest::newRow("[not IPv6]") << QStringLiteral("[example.com]:443") << false << QString() << 0;
    QTest::newRow("looks like an option") << QStringLiteral("-x") << false << QString() << 0;
}

void TestWhoIssues::probeTarget()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString h;
    quint16 p = 0;
    QCOMPARE(TlsProbe::parseTarget(text, &h, &p), ok);
    if (ok) {
        QCOMPARE(h, host);
        QCOMPARE(int(p), port);
    }
}

namespace {

QSslConfiguration serverConfiguration(const test::CertFactory& certs, const QStringList& chain, const QString& key)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> list = QSslCertificate::fromData(certs.pem(chain), QSsl::Pem);
    c.setLocalCertificateChain(list);
    QFile k(certs.path(key + QStringLiteral(".key")));
    if (k.open(QIODevice::ReadOnly))
        c.setPrivateKey(QSslKey(k.readAll(), QSsl::Ec));
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    return c;
}

} // namespace

void TestWhoIssues::probeReadsServedChain()
{
    QSslServer server;
    server.setSslConfiguration(serverConfiguration(m_certs, { QStringLiteral("localhost"), QStringLiteral("r11") },
                                                   QStringLiteral("localhost")));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TlsProbe probe;
    QSignalSpy done(&probe, &TlsProbe::finished);
    probe.setTimeoutMs(5000);
    probe.start(QStringLiteral("127.0.0.1"), server.serverPort(), QStringLiteral("localhost"));
    QVERIFY(done.wait(10000));
    const TlsProbeResult& r = probe.result();
    QCOMPARE(r.status, TlsProbeResult::Status::Served);
    QCOMPARE(r.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.chain.certificates.size(), 2);
    QCOMPARE(r.chain.leaf().commonName, QStringLiteral("localhost"));
    QCOMPARE(IssuerDirectory::builtin().identify(r.chain).identifiers.value(0), QStringLiteral("letsencrypt.org"));
    QVERIFY(!r.verified()); // the test root is trusted nowhere: read and described anyway
    QVERIFY(!r.verificationErrors.isEmpty());
    // With the test root trusted (CAA_DOCTOR_CA_FILE, or here directly), the chain verifies.
    TlsProbe trusting;
    trusting.setExtraCaCertificates(QSslCertificate::fromData(m_certs.pem({ QStringLiteral("isrg") })));
    QSignalSpy trusted(&trusting, &TlsProbe::finished);
    trusting.start(QStringLiteral("127.0.0.1"), server.serverPort(), QStringLiteral("localhost"));
    QVERIFY(trusted.wait(10000));
    QVERIFY2(trusting.result().verified(), qPrintable(trusting.result().verificationErrors.join(QLatin1Char(';'))));
}

void TestWhoIssues::probeDescribesFailures_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage instead of TLS")
        << QStringLiteral("garbage") << int(TlsProbeResult::Status::HandshakeFailed);
    QTest::newRow("a handshake that never completes")
        << QStringLiteral("stall") << int(TlsProbeResult::Status::Timeout);
    QTest::newRow("closed at once") << QStringLiteral("close") << int(TlsProbeResult::Status::HandshakeFailed);
    QTest::newRow("nothing listens") << QStringLiteral("none") << int(TlsProbeResult::Status::Refused);
}

void TestWhoIssues::probeDescribesFailures()
{
    QFETCH(QString, server);
    QFETCH(int, status);
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost));
    const quint16 port = tcp.serverPort();
    QList<QTcpSocket*> held;
    connect(&tcp, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = tcp.nextPendingConnection()) {
            if (server == QLatin1String("garbage"))
                s->write(QByteArray("HTTP/1.0 400 Bad Request\r\n\r\n") + QByteArray(4096, '\xff'));
            else if (server == QLatin1String("close"))
                s->close();
            held.append(s);
        }
    });
    if (server == QLatin1String("none"))
        tcp.close();
    TlsProbe probe;
    probe.setTimeoutMs(500);
    QSignalSpy done(&probe, &TlsProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start(QStringLiteral("127.0.0.1"), port, QStringLiteral("localhost"));
    QVERIFY(done.wait(10000));
    QCOMPARE(int(probe.result().status), status);
    QVERIFY(probe.result().chain.isEmpty());
    qDeleteAll(held);
}

// Trial of issue 15: a failed address lookup (a resolver that does not answer) was "has no IPv4 or IPv6 address".
void TestWhoIssues::probeSaysWhenTheAddressLookupFails()
{
    QUdpSocket silent; // a resolver that never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost));
    DnsClientOptions resolver;
    resolver.servers = { QStringLiteral("127.0.0.1:%1").arg(silent.localPort()) };
    resolver.timeoutMs = 100;
    resolver.tries = 1;
    TlsProbe probe;
    probe.setResolver(resolver);
    QSignalSpy done(&probe, &TlsProbe::finished);
    probe.start(QStringLiteral("www.example.com"), 443, QStringLiteral("www.example.com"));
    QVERIFY(done.wait(10000));
    QCOMPARE(probe.result().status, TlsProbeResult::Status::AddressLookupFailed);
}

namespace {

// A one-answer HTTPS server for the CT lookup (a recorded crt.sh answer), on loopback in this process.
class RecordedHttps : public QSslServer
{
public:
    QByteArray body;
    int status = 200;
    bool never = false; // accept and never answer
    QStringList requests;
    RecordedHttps(const QSslConfiguration& configuration)
    {
        setSslConfiguration(configuration);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    const QByteArray request = s->readAll();
                    requests.append(QString::fromLatin1(request.left(request.indexOf('\r'))));
                    if (never)
                        return;
                    s->write(QStringLiteral("HTTP/1.1 %1 X\r\nContent-Type: application/json\r\nContent-Length: "
                                            "%2\r\nConnection: close\r\n\r\n")
                                 .arg(status)
                                 .arg(body.size())
                                 .toLatin1());
                    s->write(body);
                    s->disconnectFromHost();
                });
            }
        });
    }
};

} // namespace

void TestWhoIssues::ctLookupOverHttps_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("never");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray recorded = QStringLiteral("[{\"issuer_name\":\"C=US, O=Google Trust Services, CN=WE1\","
                                               "\"not_before\":\"%1T09:00:00\",\"name_value\":\"www.example.com\"}]")
                                    .arg(QDate::currentDate().addDays(-10).toString(Qt::ISODate))
                                    .toLatin1();
    QTest::newRow("recorded answer") << recorded << 200 << false << int(CtAnswer::Status::Answered) << QString();
    QTest::newRow("HTTP 503") << QByteArray("busy") << 503 << false << int(CtAnswer::Status::Failed)
                              << QStringLiteral("503");
    QTest::newRow("not JSON") << QByteArray("<html>") << 200 << false << int(CtAnswer::Status::Failed)
                              << QStringLiteral("not JSON");
    QTest::newRow("no answer") << QByteArray() << 200 << true << int(CtAnswer::Status::Failed) << QString();
    QTest::newRow("a file:// URL is never read") << QByteArray("[]") << 200 << false << int(CtAnswer::Status::Failed)
                                                 << QStringLiteral("is not an https:// URL");
}

void TestWhoIssues::ctLookupOverHttps()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(bool, never);
    QFETCH(int, status);
    QFETCH(QString, error);
    RecordedHttps server(serverConfiguration(m_certs, { QStringLiteral("localhost"), QStringLiteral("r11") },
                                             QStringLiteral("localhost")));
    server.body = body;
    server.status = httpStatus;
    server.never = never;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    CtLookup lookup;
    const bool file = QString::fromUtf8(QTest::currentDataTag()).contains(QLatin1String("file://"));
    lookup.setBaseUrl(file ? QUrl(QStringLiteral("file:///etc/passwd"))
                           : QUrl(QStringLiteral("https://localhost:%1/").arg(server.serverPort())));
    lookup.setExtraCaCertificates(QSslCertificate::fromData(m_certs.pem({ QStringLiteral("isrg") })));
    lookup.setTimeoutMs(1500);
    QSignalSpy done(&lookup, &CtLookup::finished);
    lookup.start(QStringLiteral("www.example.com"));
    QVERIFY(done.wait(15000));
    QCOMPARE(int(lookup.answer().status), status);
    QVERIFY2(lookup.answer().error.contains(error), qPrintable(lookup.answer().error));
    if (status == int(CtAnswer::Status::Answered)) {
        QCOMPARE(lookup.answer().issuers.size(), 1);
        QCOMPARE(lookup.answer().issuers.first().identifiers.value(0), QStringLiteral("pki.goog"));
    }
    if (file)
        return;
    QVERIFY(!server.requests.isEmpty());
    QVERIFY2(server.requests.first().contains(QLatin1String("q=www.example.com"))
                 && server.requests.first().contains(QLatin1String("output=json")),
             qPrintable(server.requests.first()));
}

QTEST_GUILESS_MAIN(TestWhoIssues)
#include "tst_whoissues.moc"
