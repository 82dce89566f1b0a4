#include "caa/acmeerror.h"
#include "messagecatalogue.h"

#include <QTest>

using namespace caa;

// The real texts of caa-semantics.md §6.6-§6.7 and peers.md §(c), as CAs and clients print them.
class TestAcmeError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void explanationSaysOnlyWhatTheTextSays();
    void namesTheCa_data();
    void namesTheCa();
};

void TestAcmeError::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind"); // caa | dns | unknown
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("foundAt");
    QTest::addColumn<QString>("problem"); // dnsProblem, or the EDE text
    QTest::addColumn<bool>("secondary");
    QTest::addColumn<bool>("recheck");

    QTest::addRow("Boulder forbid")
        << "While processing CAA for www.example.com: CAA record for example.com prevents issuance"
        << "caa"
        << "www.example.com"
        << "example.com"
        << "" << false << false;
    // A new-user trial: other CAs' and platforms' wording named no name ("no name found in the error message").
    QTest::addRow("CAA records for … do not authorize") << "CAA records for dot.test do not authorize SSL.com"
                                                        << "caa"
                                                        << "dot.test"
                                                        << ""
                                                        << "" << false << false;
    QTest::addRow("CAA check failed for") << "Error: CAA check failed for shop.example.com: Sectigo is not allowed"
                                          << "caa"
                                          << "shop.example.com"
                                          << ""
                                          << "" << false << false;
    QTest::addRow("Invalid CAA record for domain") << "Invalid CAA record for domain dot.test"
                                                   << "caa"
                                                   << "dot.test"
                                                   << ""
                                                   << "" << false << false;
    QTest::addRow("Boulder forbid, wildcard") << "While processing CAA for *.example.com: CAA record for example.com "
                                                 "prevents issuance"
                                              << "caa"
                                              << "*.example.com"
                                              << "example.com"
                                              << "" << false << false;
    QTest::addRow("problem JSON (acmebot #982)")
        << R"({"type":"urn:ietf:params:acme:error:caa","detail":"While processing CAA for test-acme2.domain.ext: CAA record for domain.ext prevents issuance","status":403})"
        << "caa"
        << "test-acme2.domain.ext"
        << "domain.ext"
        << "" << false << false;
    QTest::addRow("certbot") << "The following errors were reported by the server:\n\n  Domain: shop.example.org\n  "
                                "Type: caa\n  Detail: CAA record for shop.example.org prevents issuance"
                             << "caa"
                             << "shop.example.org"
                             << "shop.example.org"
                             << "" << false << false;
    QTest::addRow("acme.sh") << "[Sat Nov 28 10:00:00 UTC 2026] blog.example.net:Verify error:CAA record for "
                                "blog.example.net prevents issuance"
                             << "caa"
                             << "blog.example.net"
                             << "blog.example.net"
                             << "" << false << false;
    QTest::addRow("lego") << "[example.com] acme: error: 403 :: urn:ietf:params:acme:error:caa :: CAA record for "
                             "example.com prevents issuance"
                          << "caa"
                          << "example.com"
                          << "example.com"
                          << "" << false << false;
    QTest::addRow("Caddy, secondary validation")
        << "HTTP 0 urn:ietf:params:acme:error:caa - During secondary validation: While processing CAA for "
           "app.example.com: CAA record for example.com prevents issuance"
        << "caa"
        << "app.example.com"
        << "example.com"
        << "" << true << false;
    QTest::addRow("win-acme, SERVFAIL at finalize")
        << "Error finalizing order :: While processing CAA for www.example.com: DNS problem: SERVFAIL looking up CAA "
           "for example.com - the domain's nameservers may be malfunctioning"
        << "dns"
        << "www.example.com"
        << "example.com"
        << "SERVFAIL" << false << false;
    QTest::addRow("REFUSED") << "While processing CAA for a.example.com: DNS problem: REFUSED looking up CAA for "
                                "a.example.com"
                             << "dns"
                             << "a.example.com"
                             << "a.example.com"
                             << "REFUSED" << false << false;
    QTest::addRow("timeout") << "While processing CAA for a.example.com: DNS problem: query timed out looking up CAA "
                                "for example.com"
                             << "dns"
                             << "a.example.com"
                             << "example.com"
                             << "timeout" << false << false;
    QTest::addRow("timeout, canceled") << "DNS problem: query timed out (and was canceled) looking up CAA for net"
                                       << "dns"
                                       << "net"
                                       << "net"
                                       << "timeout" << false << false;
    QTest::addRow("truncated") << "While processing CAA for big.example: DNS problem: response was truncated looking "
                                  "up CAA for big.example"
                               << "dns"
                               << "big.example"
                               << "big.example"
                               << "truncated" << false << false;
    QTest::addRow("NXDOMAIN at a TLD") << "While processing CAA for x.gone: DNS problem: NXDOMAIN looking up CAA for "
                                          "gone - check that a DNS record exists for this domain"
                                       << "dns"
                                       << "x.gone"
                                       << "gone"
                                       << "NXDOMAIN" << false << false;
    QTest::addRow("EDE DNSSEC")
        << "While processing CAA for bogus.example: DNS problem: looking up CAA for bogus.example: DNSSEC: Bogus: "
           "validation failure <bogus.example. CAA IN>"
        << "dns"
        << "bogus.example"
        << "bogus.example"
        << "DNSSEC: Bogus: validation failure <bogus.example. CAA IN>" << false << false;
    QTest::addRow("finalize recheck") << "Error finalizing order :: rechecking caa: While processing CAA for "
                                         "www.example.com: CAA record for example.com prevents issuance"
                                      << "caa"
                                      << "www.example.com"
                                      << "example.com"
                                      << "" << false << true;
    QTest::addRow("finalize recheck, several identifiers")
        << "Error finalizing order :: Rechecking CAA for \"a.example.com\" and 2 more identifiers failed. Refer to "
           "sub-problems for more information"
        << "unknown"
        << "a.example.com"
        << ""
        << "" << false << true;
    QTest::addRow("pre-2023 text") << "CAA record for www.example.com prevents issuance"
                                   << "caa"
                                   << "www.example.com"
                                   << "www.example.com"
                                   << "" << false << false;
    QTest::addRow("Cloudflare DNSSEC")
        << "the Certificate Authority had trouble performing a DNS lookup: dns problem: looking up caa for "
           "shop.example.com: dnssec: bogus"
        << "dns"
        << "shop.example.com"
        << "shop.example.com"
        << "dnssec: bogus" << false << false;
    QTest::addRow("SSL.com") << "MPIC failed.. CAA record does not include ssl.com which is required to issue the "
                                "certificate."
                             << "caa"
                             << ""
                             << ""
                             << "" << false << false;
    // Issue 12 item 8: the DNS problem without "While processing" names the name.
    QTest::addRow("lego, DNS problem only")
        << "acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: query timed out looking up CAA for "
           "api.example.net"
        << "dns"
        << "api.example.net"
        << "api.example.net"
        << "timeout" << false << false;
    // certbot lists every failed domain: the CAA failure belongs to its own domain, not the first one listed.
    QTest::addRow("certbot, several domains, several kinds")
        << "Certbot failed to authenticate some domains (authenticator: nginx). The Certificate Authority reported "
           "these problems:\n  Domain: www.example.org\n  Type:   unauthorized\n  Detail: 192.0.2.1: Invalid "
           "response from http://www.example.org/.well-known/acme-challenge/x: 404\n\n  Domain: shop.example.org\n  "
           "Type:   caa\n  Detail: CAA record for example.org prevents issuance\n\n  Domain: mail.example.org\n  Type: "
           "  connection\n  Detail: 192.0.2.2: Timeout during "
           "connect (likely firewall problem)\n"
        << "caa"
        << "shop.example.org"
        << "example.org"
        << "" << false << false;
    QTest::addRow("certbot, DNS failure among others")
        << "  Domain: a.example.org\n  Type:   unauthorized\n  Detail: Invalid response\n\n  Domain: b.example.org\n  "
           "Type:   dns\n  Detail: DNS problem: SERVFAIL looking up CAA for b.example.org - the domain's "
           "nameservers may be malfunctioning\n"
        << "dns"
        << "b.example.org"
        << "b.example.org"
        << "SERVFAIL" << false << false;
    QTest::addRow("unrelated text") << "Connection reset by peer"
                                    << "unknown"
                                    << ""
                                    << ""
                                    << "" << false << false;
}

void TestAcmeError::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, identifier);
    QFETCH(QString, foundAt);
    QFETCH(QString, problem);
    QFETCH(bool, secondary);
    QFETCH(bool, recheck);
    const AcmeError e = parseAcmeError(text);
    const QString gotKind = e.kind == AcmeError::Kind::CaaForbid ? QStringLiteral("caa")
        : e.kind == AcmeError::Kind::DnsProblem                  ? QStringLiteral("dns")
                                                                 : QStringLiteral("unknown");
    QCOMPARE(gotKind, kind);
    QCOMPARE(e.identifier, identifier);
    QCOMPARE(e.foundAt, foundAt);
    QCOMPARE(e.dnsProblem.isEmpty() ? e.ede : e.dnsProblem, problem);
    QCOMPARE(e.secondaryValidation, secondary);
    QCOMPARE(e.finalizeRecheck, recheck);
    if (text.startsWith(u'{')) {
        QCOMPARE(e.problemType, QStringLiteral("urn:ietf:params:acme:error:caa"));
        QCOMPARE(e.httpStatus, 403);
    }
    if (text.contains(QStringLiteral("and 2 more")))
        QCOMPARE(e.moreIdentifiers, 2);
    if (text.startsWith(QStringLiteral("MPIC")))
        QCOMPARE(e.ca, QStringLiteral("ssl.com"));
    // from_error.problem: what went wrong, in the CA's words, for every recognised error.
    if (kind != QLatin1String("unknown"))
        QVERIFY2(!e.problem().isEmpty(), qPrintable(text));
}

// Issue 18 item 9: a pasted error from another CA is checked for that CA.
void TestAcmeError::namesTheCa_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ca");
    QTest::addRow("SSL.com") << "MPIC failed.. CAA record does not include ssl.com which is required to issue the "
                                "certificate."
                             << "ssl.com";
    QTest::addRow("Google's ACME URL") << "acme: error: 403 :: POST :: https://dv.acme-v02.api.pki.goog/authz/x :: "
                                          "urn:ietf:params:acme:error:caa :: CAA records forbid issuance"
                                       << "pki.goog";
    QTest::addRow("ZeroSSL via acme.sh") << "Using CA: https://acme.zerossl.com/v2/DV90\nexample.com:Verify error:CAA "
                                            "record does not authorize issuance"
                                         << "sectigo.com";
    QTest::addRow("SSL.com quoting a record for Let's Encrypt")
        << "SSL.com: CAA record does not include ssl.com; found 0 issue \"letsencrypt.org\""
        << "ssl.com";
    QTest::addRow("ZeroSSL's name is not SSL.com's") << "zerossl.com: CAA records do not authorize issuance"
                                                     << "sectigo.com";
    QTest::addRow("CAA policy … prevents issuance by") << "CAA policy for dot.test prevents issuance by pki.goog"
                                                       << "pki.goog";
    QTest::addRow("Sectigo's wording") << "Sectigo: the CAA records of example.com do not authorize sectigo.com"
                                       << "sectigo.com";
    QTest::addRow("Boulder's own text") << "While processing CAA for www.example.com: CAA record for example.com "
                                           "prevents issuance"
                                        << "letsencrypt.org";
    QTest::addRow("Cloudflare relay, lower case")
        << "the Certificate Authority had trouble performing a DNS lookup: dns problem: looking up caa for "
           "shop.example.com: dnssec: bogus"
        << "letsencrypt.org";
}

void TestAcmeError::namesTheCa()
{
    QFETCH(QString, text);
    QFETCH(QString, ca);
    QCOMPARE(parseAcmeError(text).ca, ca);
}

// The trial of issue 14: "CAA record for www.dot.test prevents issuance" was explained as "the CAA records it found
// at www.dot.test" while they were at dot.test: a text that names one name says nothing of where the records were.
void TestAcmeError::explanationSaysOnlyWhatTheTextSays()
{
    const QString oneName = caa::MessageCatalogue::acmeError(
        caa::parseAcmeError(QStringLiteral("urn:ietf:params:acme:error:caa :: CAA record for www.dot.test prevents "
                                           "issuance")));
    QVERIFY2(!oneName.contains(QStringLiteral("found at")), qPrintable(oneName));
    QVERIFY2(oneName.contains(QStringLiteral("www.dot.test")), qPrintable(oneName));
    const QString both = caa::MessageCatalogue::acmeError(caa::parseAcmeError(
        QStringLiteral("While processing CAA for www.example.com: CAA record for example.com prevents issuance")));
    QVERIFY2(both.contains(QStringLiteral("found at example.com")), qPrintable(both));
}

QTEST_GUILESS_MAIN(TestAcmeError)
#include "tst_acmeerror.moc"
