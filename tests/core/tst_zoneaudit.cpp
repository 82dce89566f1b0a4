#include "caa/zoneaudit.h"
#include "testzones.h"

#include <QTest>

using namespace caa;

class TestZoneAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void childZoneInheritsFromLoadedParent();
    void groupsAreSharedAndProgressCancels();
    void nameOnSeveralLinesIsListedOnce();
};

namespace {

const QByteArray kZone = "$ORIGIN example.com.\n$TTL 300\n"
                         "@        IN SOA ns1 h 1 1 1 1 1\n"
                         "@        IN NS  ns1\n"
                         "@        IN CAA 0 issue \"letsencrypt.org.\"\n"
                         "ns1      IN A   192.0.2.1\n"
                         "www      IN A   192.0.2.2\n"
                         "deep.a.b IN A   192.0.2.3\n"
                         "shop     IN CAA 0 issue \"letsencrypt.org\"\n"
                         "api.shop IN A   192.0.2.4\n"
                         "alias    IN CNAME shop\n"
                         "sub      IN NS  ns.sub\n"
                         "ns.sub   IN A   192.0.2.5\n"
                         "*.wild   IN A   192.0.2.6\n";

QString outcomeText(Outcome o)
{
    return QString::fromLatin1(outcomeCode(o));
}

} // namespace

void TestZoneAudit::rows_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("relevant");
    QTest::addColumn<bool>("inherited");
    QTest::addColumn<QString>("letsencrypt");
    QTest::addColumn<QString>("google");
    // The row's "Where": its first CAA record (a trial: the apex pointed at its SOA, not at the records it is about),
    // else its first record.
    QTest::addColumn<int>("line");
    QTest::newRow("apex: its own records") << "example.com"
                                           << "example.com" << false << "forbid"
                                           << "forbid" << 5;
    QTest::newRow("host: inherits the apex") << "www.example.com"
                                             << "example.com" << true << "forbid"
                                             << "forbid" << 7;
    QTest::newRow("below empty non-terminals") << "deep.a.b.example.com"
                                               << "example.com" << true << "forbid"
                                               << "forbid" << 8;
    QTest::newRow("own set") << "shop.example.com"
                             << "shop.example.com" << false << "permit"
                             << "forbid" << 9;
    QTest::newRow("inherits the nearer set") << "api.shop.example.com"
                                             << "shop.example.com" << true << "permit"
                                             << "forbid" << 10;
    QTest::newRow("CNAME: the target's set") << "alias.example.com"
                                             << "shop.example.com" << true << "permit"
                                             << "forbid" << 11;
    QTest::newRow("nameserver host") << "ns1.example.com"
                                     << "example.com" << true << "forbid"
                                     << "forbid" << 6;
}

void TestZoneAudit::rows()
{
    QFETCH(QString, name);
    QFETCH(QString, relevant);
    QFETCH(bool, inherited);
    QFETCH(QString, letsencrypt);
    QFETCH(QString, google);
    QFETCH(int, line);
    const auto set = test::zoneSetFromText(kZone);
    const auto audit = ZoneAudit::run(set,
                                      { CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org")),
                                        CaDirectory::builtin().profile(QStringLiteral("pki.goog")) });
    QStringList names;
    for (qsizetype i = 0; i < audit->rowCount(); ++i)
        names.append(audit->name(i));
    // Delegated names (sub, ns.sub) and wildcard owners are not this zone's names to certify.
    QCOMPARE(names.size(), 7);
    const qsizetype row = names.indexOf(name);
    QVERIFY2(row >= 0, qPrintable(names.join(u' ')));
    const ZoneAudit::Group& g = audit->group(row);
    QCOMPARE(g.relevantName, relevant);
    QCOMPARE(g.inherited, inherited);
    QCOMPARE(outcomeText(g.verdicts[0].outcome), letsencrypt);
    QCOMPARE(outcomeText(g.verdicts[1].outcome), google);
    QCOMPARE(int(audit->row(row).line), line);
    QCOMPARE(audit->namesWithoutCaa(), 0);
}

void TestZoneAudit::childZoneInheritsFromLoadedParent()
{
    ZoneLoadOptions parent, child;
    parent.origin = QStringLiteral("example.com");
    child.origin = QStringLiteral("dev.example.com");
    auto set = std::make_shared<ZoneSet>();
    set->add(std::make_shared<ZoneFile>(ZoneFile::parse("@ 300 IN SOA ns1 h 1 1 1 1 1\n@ 300 IN NS ns1\n"
                                                        "@ 300 IN CAA 0 issue \"sectigo.com\"\n"
                                                        "dev 300 IN NS ns1.dev\n",
                                                        QStringLiteral("p.zone"), parent)));
    set->add(std::make_shared<ZoneFile>(ZoneFile::parse("@ 300 IN SOA ns1 h 1 1 1 1 1\n@ 300 IN NS ns1\n"
                                                        "app 300 IN A 192.0.2.1\n",
                                                        QStringLiteral("c.zone"), child)));
    auto other = std::make_shared<ZoneFile>(
        ZoneFile::parse("@ 300 IN SOA ns1 h 1 1 1 1 1\nwww 300 IN A 192.0.2.9\n", QStringLiteral("o.zone"), [] {
            ZoneLoadOptions o;
            o.origin = QStringLiteral("example.org");
            return o;
        }()));
    set->add(other);
    set->prepare();
    const auto audit = ZoneAudit::run(set, { CaDirectory::builtin().profile(QStringLiteral("sectigo.com")) });
    QStringList names;
    for (qsizetype i = 0; i < audit->rowCount(); ++i)
        names.append(audit->name(i) + u'>' + audit->group(i).relevantName);
    QCOMPARE(names,
             (QStringList { QStringLiteral("example.com>example.com"), QStringLiteral("dev.example.com>example.com"),
                            QStringLiteral("app.dev.example.com>example.com") }));
    QCOMPARE(audit->group(2).verdicts.first().outcome, Outcome::Permit);
    QCOMPARE(audit->namesWithoutCaa(), 2); // example.org and www.example.org: no CAA in any loaded zone
}

void TestZoneAudit::groupsAreSharedAndProgressCancels()
{
    QByteArray text = "$ORIGIN example.com.\n@ 300 IN SOA ns1 h 1 1 1 1 1\n@ 300 IN CAA 0 issue \"pki.goog\"\n";
    for (int i = 0; i < 200000; ++i)
        text += "h" + QByteArray::number(i) + " 300 IN A 192.0.2.1\n";
    const auto set = test::zoneSetFromText(text);
    const auto audit = ZoneAudit::run(set, { CaDirectory::builtin().profile(QStringLiteral("pki.goog")) });
    QCOMPARE(audit->rowCount(), 200001);
    QCOMPARE(audit->groups().size(), 2); // the apex's own, and everything inheriting it
    int calls = 0;
    const auto cancelled = ZoneAudit::run(set, { CaDirectory::builtin().profile(QStringLiteral("pki.goog")) },
                                          [&](qint64 done, qint64 total) {
                                              ++calls;
                                              return done < total / 2;
                                          });
    QVERIFY(cancelled->cancelled());
    QVERIFY(calls >= 1);
    QVERIFY(cancelled->rowCount() < 200001);
}

// A name written again after other names has a second name index; it was listed once per index, the copy without
// the CAA records counted as "without CAA" (the demo zone showed 1 such phantom name).
void TestZoneAudit::nameOnSeveralLinesIsListedOnce()
{
    const auto set
        = test::zoneSetFromText("$ORIGIN example.com.\n@ 300 IN SOA ns1 h 1 1 1 1 1\nns1 300 IN A 192.0.2.1\n"
                                "@ 300 IN CAA 0 issue \"letsencrypt.org\"\nwww 300 IN A 192.0.2.2\n"
                                "@ 300 IN A 192.0.2.3\nns1 300 IN AAAA 2001:db8::1\n");
    const auto audit = ZoneAudit::run(set, { CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org")) });
    QStringList names;
    for (qsizetype i = 0; i < audit->rowCount(); ++i)
        names.append(audit->name(i));
    QCOMPARE(names,
             (QStringList { QStringLiteral("example.com"), QStringLiteral("ns1.example.com"),
                            QStringLiteral("www.example.com") }));
    QCOMPARE(audit->namesWithoutCaa(), 0);
    QCOMPARE(audit->group(0).verdicts.first().outcome, Outcome::Permit);
}

QTEST_GUILESS_MAIN(TestZoneAudit)
#include "tst_zoneaudit.moc"
