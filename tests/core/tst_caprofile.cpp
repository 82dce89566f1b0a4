#include "caa/caprofile.h"

#include <QTest>

using namespace caa;

class TestCaProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinLoads();
    void profileResolution_data();
    void profileResolution();
    void sharedIdentifiers();
    void mistakesAndNearest_data();
    void mistakesAndNearest();
    void malformedData();
};

void TestCaProfile::builtinLoads()
{
    const CaDirectory& d = CaDirectory::builtin();
    QVERIFY(d.cas().size() > 50);
    QCOMPARE(d.cas().first().identifiers.first(), QStringLiteral("letsencrypt.org"));
    QCOMPARE(d.cas().first().iodef, Support::No);
    QVERIFY(d.allIdentifiers().contains(QStringLiteral("pki.goog")));
    for (const QString& id : d.allIdentifiers()) {
        QCOMPARE(id, id.toLower());
        QVERIFY(!id.endsWith(u'.'));
        QVERIFY(!id.contains(u'@'));
    }
}

void TestCaProfile::profileResolution_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("profileKey");
    QTest::addColumn<int>("behaviour");
    QTest::addColumn<QString>("firstIdentifier");
    QTest::addRow("LE") << "letsencrypt.org"
                        << "letsencrypt.org" << int(CaProfile::Behaviour::Boulder) << "letsencrypt.org";
    QTest::addRow("LE by name") << "Let's Encrypt"
                                << "letsencrypt.org" << int(CaProfile::Behaviour::Boulder) << "letsencrypt.org";
    QTest::addRow("rfc") << "rfc8659"
                         << "rfc8659" << int(CaProfile::Behaviour::Rfc8659) << "letsencrypt.org";
    QTest::addRow("rfc with id") << "rfc8659:CA.Example"
                                 << "rfc8659:ca.example" << int(CaProfile::Behaviour::Rfc8659) << "ca.example";
    QTest::addRow("GTS") << "pki.goog"
                         << "pki.goog" << int(CaProfile::Behaviour::Generic) << "pki.goog";
    QTest::addRow("identifier keeps its CA's others")
        << "comodoca.com"
        << "comodoca.com" << int(CaProfile::Behaviour::Generic) << "comodoca.com";
    QTest::addRow("private CA") << "ca.internal.example"
                                << "ca.internal.example" << int(CaProfile::Behaviour::Generic) << "ca.internal.example";
    // Issue 12: the habitual DNS dot made a private CA "letsencrypt.org." (with a warning) that was then checked as
    // Let's Encrypt anyway.
    QTest::addRow("LE with a final dot") << "letsencrypt.org."
                                         << "letsencrypt.org" << int(CaProfile::Behaviour::Boulder)
                                         << "letsencrypt.org";
    QTest::addRow("GTS with a final dot") << "pki.goog."
                                          << "pki.goog" << int(CaProfile::Behaviour::Generic) << "pki.goog";
    QTest::addRow("garbage") << "!!"
                             << "" << -1 << "";
    QTest::addRow("single label") << "localhost"
                                  << "" << -1 << "";
    QTest::addRow("rfc with bad id") << "rfc8659:a..b"
                                     << "" << -1 << "";
}

void TestCaProfile::profileResolution()
{
    QFETCH(QString, key);
    QFETCH(QString, profileKey);
    QFETCH(int, behaviour);
    QFETCH(QString, firstIdentifier);
    const CaProfile p = CaDirectory::builtin().profile(key);
    QCOMPARE(p.key, profileKey);
    if (profileKey.isEmpty())
        return;
    QCOMPARE(int(p.behaviour), behaviour);
    QCOMPARE(p.recommendedIdentifier(), firstIdentifier);
    QVERIFY(p.knowsTag("issue") && p.knowsTag("issuewild") && p.knowsTag("iodef"));
    if (key.endsWith(u'.')) // no "did you mean" for a key that is read as the CA itself
        QVERIFY(CaDirectory::builtin().suggestionFor(key).isEmpty());
}

void TestCaProfile::sharedIdentifiers()
{
    const CaDirectory& d = CaDirectory::builtin();
    QStringList owners;
    for (const CaInfo* ca : d.casForIdentifier("amazon.com"))
        owners.append(ca->name);
    QVERIFY2(owners.size() >= 2, qPrintable(owners.join(u'|')));
    QVERIFY(owners.join(u'|').contains(QStringLiteral("Amazon")));
    QVERIFY(owners.join(u'|').contains(QStringLiteral("DigiCert")));
    // Cloudflare lists the CAs it uses but is not a CA: it never answers "who is letsencrypt.org".
    for (const CaInfo* ca : d.casForIdentifier("letsencrypt.org"))
        QVERIFY(!ca->name.contains(QStringLiteral("Cloudflare")));
    const CaProfile sectigo = d.profile(QStringLiteral("sectigo.com"));
    QVERIFY(sectigo.recognises("comodoca.com"));
    QVERIFY(sectigo.recognises("SECTIGO.COM")); // generic CAs: DNS names compare case-insensitively
    QVERIFY(!letsEncryptProfile().recognises("LetsEncrypt.org"));
}

void TestCaProfile::mistakesAndNearest_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("meant");
    QTest::addRow("letsencrypt.com") << QByteArray("letsencrypt.com") << "letsencrypt.org";
    QTest::addRow("lencr.org") << QByteArray("lencr.org") << "letsencrypt.org";
    QTest::addRow("authority name") << QByteArray("let's encrypt authority x3") << "letsencrypt.org";
    QTest::addRow("zerossl") << QByteArray("zerossl.com") << "sectigo.com";
}

void TestCaProfile::mistakesAndNearest()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, meant);
    const KnownMistake* m = CaDirectory::builtin().knownMistake(value);
    QVERIFY(m);
    QCOMPARE(m->right, meant);
    int distance = 0;
    QCOMPARE(CaDirectory::builtin().nearestIdentifier("letsencrpyt.org", &distance), QStringLiteral("letsencrypt.org"));
    QCOMPARE(distance, 1); // a transposition is one edit
    QCOMPARE(CaDirectory::builtin().nearestIdentifier("PKI.GOOG", &distance), QStringLiteral("pki.goog"));
    QCOMPARE(distance, 0);
}

void TestCaProfile::malformedData()
{
    QString error;
    CaDirectory::fromData("wrong header\n", "wrong\tright\tnote\n", &error);
    QVERIFY(error.contains(QStringLiteral("header")));
    CaDirectory::fromData("name\tidentifiers\tiodef\taccounturi\tvalidationmethods\tissuemail\tdistrusted\nx\ty\n",
                          "wrong\tright\tnote\n", &error);
    QVERIFY(error.contains(QStringLiteral("7 fields")));
    const CaDirectory ok = CaDirectory::fromData(
        "# comment\r\nname\tidentifiers\tiodef\taccounturi\tvalidationmethods\tissuemail\tdistrusted\r\n"
        "Example CA\tca.example;ca2.example\tyes\tunknown\tno\tmandated\tno\r\n",
        "wrong\tright\tnote\n", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ok.cas().size(), 1);
    QCOMPARE(ok.cas().first().identifiers,
             QStringList({ QStringLiteral("ca.example"), QStringLiteral("ca2.example") }));
    QCOMPARE(ok.cas().first().iodef, Support::Yes);
    QCOMPARE(ok.cas().first().validationMethods, Support::No);
}

QTEST_GUILESS_MAIN(TestCaProfile)
#include "tst_caprofile.moc"
