// Fixes written the way each DNS provider's web form asks for them (ca-identifiers.md §6, peers.md §A3).
#include "providerforms.h"

#include <QTest>

using namespace caa;

Q_DECLARE_METATYPE(caa::ProviderForms::Provider)

namespace {

CaaRecord record(quint8 flags, const char* tag, const char* value)
{
    CaaRecord r;
    r.flags = flags;
    r.tag = tag;
    r.value = value;
    return r;
}

Fix trailingDotFix()
{
    RecordEdit e;
    e.kind = RecordEdit::ReplaceRecord;
    e.owner = QStringLiteral("example.com");
    e.before = record(0, "issue", "letsencrypt.org.");
    e.after = record(0, "issue", "letsencrypt.org");
    Fix fix;
    fix.edits = { e };
    return fix;
}

Fix addFix(const char* tag, const char* value)
{
    RecordEdit e;
    e.kind = RecordEdit::AddRecord;
    e.owner = QStringLiteral("example.com");
    e.after = record(0, tag, value);
    Fix fix;
    fix.edits = { e };
    return fix;
}

} // namespace

class TestProviderForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data();
    void fields();
    void notesDependOnTheRecord_data();
    void notesDependOnTheRecord();
    void everyProviderHasANameAndNotes();
};

void TestProviderForms::fields_data()
{
    QTest::addColumn<ProviderForms::Provider>("provider");
    QTest::addColumn<Fix>("fix");
    QTest::addColumn<QString>("expectedFields"); // the block after the first line ("Change the record …")

    const Fix dot = trailingDotFix();
    QTest::newRow("generic: separate fields, no quotes")
        << ProviderForms::Generic << dot
        << QStringLiteral("Name: example.com\nType: CAA\nFlags: 0\nTag: issue\nValue: letsencrypt.org");
    QTest::newRow("Cloudflare: plain-words tag, CA domain name")
        << ProviderForms::Cloudflare << dot
        << QStringLiteral("Type: CAA\nName: example.com\nFlags: 0\nTag: Only allow specific hostnames (issue)\n"
                          "CA domain name: letsencrypt.org");
    QTest::newRow("Cloudflare: issuewild")
        << ProviderForms::Cloudflare << addFix("issuewild", "pki.goog")
        << QStringLiteral("Type: CAA\nName: example.com\nFlags: 0\nTag: Only allow wildcards (issuewild)\n"
                          "CA domain name: pki.goog");
    QTest::newRow("Cloudflare: iodef is a URL, not a CA domain")
        << ProviderForms::Cloudflare << addFix("iodef", "mailto:security@example.com")
        << QStringLiteral("Type: CAA\nName: example.com\nFlags: 0\nTag: Send violation reports to URL (iodef)\n"
                          "Value: mailto:security@example.com");
    QTest::newRow("Route 53: the value in double quotes")
        << ProviderForms::Route53 << dot
        << QStringLiteral("Record name: example.com\nRecord type: CAA\nValue: 0 issue \"letsencrypt.org\"");
    QTest::newRow("Google Cloud DNS: data")
        << ProviderForms::GoogleCloudDns << dot
        << QStringLiteral("DNS name: example.com\nResource record type: CAA\nData: 0 issue \"letsencrypt.org\"");
    QTest::newRow("Hetzner: quoted") << ProviderForms::Hetzner << dot
                                     << QStringLiteral(
                                            "Type: CAA\nName: example.com\nValue: 0 issue \"letsencrypt.org\"");
    QTest::newRow("DigitalOcean: the form wants the final dot")
        << ProviderForms::DigitalOcean << dot
        << QStringLiteral("Type: CAA\nHostname: example.com\nFlags: 0\nTag: issue\n"
                          "Authority granted for: letsencrypt.org.");
    QTest::newRow("DigitalOcean: no dot after parameters")
        << ProviderForms::DigitalOcean << addFix("issue", "letsencrypt.org; validationmethods=dns-01")
        << QStringLiteral("Type: CAA\nHostname: example.com\nFlags: 0\nTag: issue\n"
                          "Authority granted for: letsencrypt.org; validationmethods=dns-01");
    QTest::newRow("DigitalOcean: no dot on iodef")
        << ProviderForms::DigitalOcean << addFix("iodef", "mailto:a@example.com")
        << QStringLiteral("Type: CAA\nHostname: example.com\nFlags: 0\nTag: iodef\n"
                          "Authority granted for: mailto:a@example.com");
    QTest::newRow("GoDaddy")
        << ProviderForms::GoDaddy << dot
        << QStringLiteral("Type: CAA\nName: example.com\nFlag: 0\nTag: issue\nCertificate authority: letsencrypt.org");
    QTest::newRow("OVH: target")
        << ProviderForms::Ovh << dot
        << QStringLiteral("Type: CAA\nSub-domain: example.com\nFlags: 0\nTag: issue\nTarget: letsencrypt.org");
    QTest::newRow("value with a quote: quoted form escapes it")
        << ProviderForms::Route53 << addFix("issue", "a\"b")
        << QStringLiteral("Record name: example.com\nRecord type: CAA\nValue: 0 issue \"a\\\"b\"");
}

void TestProviderForms::fields()
{
    QFETCH(ProviderForms::Provider, provider);
    QFETCH(Fix, fix);
    QFETCH(QString, expectedFields);
    const QString text = ProviderForms::formText(provider, fix);
    const QStringList blocks = text.split(QStringLiteral("\n\n"));
    QVERIFY2(blocks.size() >= 1, qPrintable(text));
    const qsizetype firstBreak = blocks.first().indexOf(u'\n');
    QCOMPARE(blocks.first().mid(firstBreak + 1), expectedFields);
    const QString head = blocks.first().left(firstBreak);
    if (fix.edits.first().kind == RecordEdit::ReplaceRecord)
        QCOMPARE(head, QStringLiteral("Change the record 0 issue \"letsencrypt.org.\" at example.com to:"));
    else
        QCOMPARE(head, QStringLiteral("Add a record:"));
    // The provider's notes close the text.
    const QStringList notes = ProviderForms::notes(provider, fix);
    QVERIFY(!notes.isEmpty());
    QVERIFY(text.endsWith(notes.last()));
}

void TestProviderForms::notesDependOnTheRecord_data()
{
    QTest::addColumn<ProviderForms::Provider>("provider");
    QTest::addColumn<Fix>("fix");
    QTest::addColumn<QString>("mentioned");
    QTest::addColumn<bool>("present");
    QTest::newRow("DigitalOcean cannot store ;")
        << ProviderForms::DigitalOcean << addFix("issue", ";") << QStringLiteral("cannot store") << true;
    QTest::newRow("DigitalOcean, a CA: no such note")
        << ProviderForms::DigitalOcean << trailingDotFix() << QStringLiteral("cannot store") << false;
    QTest::newRow("Hetzner and spaces") << ProviderForms::Hetzner
                                        << addFix("issue", "letsencrypt.org; accounturi=https://a/1")
                                        << QStringLiteral("HTTP 422") << true;
    QTest::newRow("Hetzner, no spaces") << ProviderForms::Hetzner << trailingDotFix() << QStringLiteral("HTTP 422")
                                        << false;
    QTest::newRow("Cloudflare adds its own CAs")
        << ProviderForms::Cloudflare << trailingDotFix() << QStringLiteral("Universal SSL") << true;
    QTest::newRow("Azure flag 1") << ProviderForms::AzureDns << trailingDotFix() << QStringLiteral("flag 1") << true;
    QTest::newRow("GoDaddy 128") << ProviderForms::GoDaddy << trailingDotFix() << QStringLiteral("128") << true;
}

void TestProviderForms::notesDependOnTheRecord()
{
    QFETCH(ProviderForms::Provider, provider);
    QFETCH(Fix, fix);
    QFETCH(QString, mentioned);
    QFETCH(bool, present);
    QCOMPARE(ProviderForms::notes(provider, fix).join(u' ').contains(mentioned), present);
}

void TestProviderForms::everyProviderHasANameAndNotes()
{
    RecordEdit remove;
    remove.kind = RecordEdit::RemoveRecord;
    remove.owner = QStringLiteral("example.com");
    remove.before = record(128, "tbs", "x");
    Fix fix = trailingDotFix();
    fix.edits.append(remove);
    QSet<QString> names;
    for (const ProviderForms::Provider p : ProviderForms::all()) {
        QVERIFY(!ProviderForms::name(p).isEmpty());
        names.insert(ProviderForms::name(p));
        QVERIFY(!ProviderForms::notes(p, fix).isEmpty());
        QVERIFY(ProviderForms::formText(p, fix).contains(
            QStringLiteral("Delete the record 128 tbs \"x\" at example.com.")));
    }
    QCOMPARE(names.size(), ProviderForms::all().size());
}

QTEST_GUILESS_MAIN(TestProviderForms)
#include "tst_providerforms.moc"
