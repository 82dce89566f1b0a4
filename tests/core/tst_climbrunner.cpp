#include "caa/climbrunner.h"
#include "testzones.h"

#include <QSignalSpy>
#include <QTest>

using namespace caa;

namespace {

std::shared_ptr<const ZoneSet> zones()
{
    return test::zoneSetFromText(
        "@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\n@ 60 CAA 0 issue \"letsencrypt.org\"\na.b.c.d 60 A 192.0.2.1\n");
}

// A zone source that remembers which names were asked.
class CountingSource : public ZoneSource
{
public:
    using ZoneSource::ZoneSource;
    void lookupCaa(int id, const QString& name) override
    {
        asked.append(name);
        ZoneSource::lookupCaa(id, name);
    }
    QStringList asked;
};

} // namespace

class TestClimbRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersArriveAsynchronouslyInClimbOrder();
    void cancelStopsAnswers();
    void restartDiscardsOldAnswers();
    void doubledOwnersBelowAnNxdomainAreNotAsked_data();
    void doubledOwnersBelowAnNxdomainAreNotAsked();
};

void TestClimbRunner::answersArriveAsynchronouslyInClimbOrder()
{
    ZoneSource source(zones());
    ClimbRunner runner(&source);
    QSignalSpy nodes(&runner, &ClimbRunner::nodeAnswered);
    QSignalSpy finished(&runner, &ClimbRunner::finished);
    Request request;
    request.name = DomainName::parse(u"x.a.b.c.d.example.com");
    runner.start(request, { letsEncryptProfile(), rfc8659Profile() });
    QCOMPARE(nodes.size(), 0); // never synchronously from start()
    QVERIFY(runner.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(nodes.size(), 7); // x.a.b.c.d.example.com ... com
    const Diagnosis& d = runner.diagnosis();
    QCOMPARE(d.climb.nodes.size(), 7);
    QCOMPARE(d.climb.nodes[0].name, QStringLiteral("x.a.b.c.d.example.com"));
    QCOMPARE(d.climb.nodes[0].status, LookupStatus::NxDomain);
    QCOMPARE(d.climb.nodes[1].status, LookupStatus::NoData);
    QCOMPARE(d.climb.nodes[4].status, LookupStatus::NoData); // d.example.com: empty non-terminal
    QCOMPARE(d.climb.nodes[5].status, LookupStatus::Records);
    QCOMPARE(d.climb.nodes[6].status, LookupStatus::Unavailable);
    QCOMPARE(d.verdicts.size(), 2);
    QCOMPARE(d.verdicts[0].outcome, Outcome::Permit);
    QCOMPARE(d.verdicts[0].relevantName, QStringLiteral("example.com"));
    QCOMPARE(d.verdicts[1].outcome, Outcome::Permit);
    QCOMPARE(d.sourceKind, QStringLiteral("zone"));
    QVERIFY(d.isComplete());
    QVERIFY(!runner.isRunning());
}

void TestClimbRunner::cancelStopsAnswers()
{
    ZoneSource source(zones());
    ClimbRunner runner(&source);
    QSignalSpy nodes(&runner, &ClimbRunner::nodeAnswered);
    QSignalSpy finished(&runner, &ClimbRunner::finished);
    Request request;
    request.name = DomainName::parse(u"www.example.com");
    runner.start(request, { letsEncryptProfile() });
    runner.cancel();
    QVERIFY(!finished.wait(200));
    QCOMPARE(nodes.size(), 0);
}

void TestClimbRunner::restartDiscardsOldAnswers()
{
    ZoneSource source(zones());
    ClimbRunner runner(&source);
    QSignalSpy finished(&runner, &ClimbRunner::finished);
    Request first;
    first.name = DomainName::parse(u"a.b.c.d.example.com");
    runner.start(first, { letsEncryptProfile() });
    Request second;
    second.name = DomainName::parse(u"example.com");
    runner.start(second, { letsEncryptProfile() });
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(runner.diagnosis().climb.nodes.size(), 2);
    QCOMPARE(runner.diagnosis().request.name.text(), QStringLiteral("example.com"));
}

QTEST_GUILESS_MAIN(TestClimbRunner)
#include "tst_climbrunner.moc"

void TestClimbRunner::doubledOwnersBelowAnNxdomainAreNotAsked_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QStringList>("notAsked");
    const QString base = QStringLiteral("@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\nwww 60 A 192.0.2.1\n");
    // Nothing doubled: example.com.example.com is NXDOMAIN, so www.example.com.example.com is not asked.
    QTest::newRow("none") << base << "www.example.com" << QStringList()
                          << QStringList { QStringLiteral("www.example.com.example.com") };
    // The apex record typed with its full name: found, and the name below it asked too.
    QTest::newRow("apex doubled") << base + QStringLiteral("example.com 60 CAA 0 issue \"letsencrypt.org\"\n")
                                  << "www.example.com" << QStringList { QStringLiteral("example.com.example.com") }
                                  << QStringList();
    // Only www doubled: its parent example.com.example.com is an empty non-terminal (NODATA), so it is asked.
    // A wildcard answers at every doubled name below it: records it synthesises were never typed there.
    QTest::newRow("wildcard") << base + QStringLiteral("*.cw 60 CAA 0 issue \"sectigo.com\"\n") << "x.cw.example.com"
                              << QStringList() << QStringList();
    // The apex's doubled records do not matter to a name with a set of its own.
    QTest::newRow("apex doubled, own set")
        << base
            + QStringLiteral("example.com 60 CAA 0 issue \"letsencrypt.org\"\n"
                             "shop 60 CAA 0 issue \"sectigo.com\"\n")
        << "shop.example.com" << QStringList { QStringLiteral("example.com.example.com") } << QStringList();
    QTest::newRow("www doubled") << base + QStringLiteral("www.example.com 60 CAA 0 issue \"letsencrypt.org\"\n")
                                 << "www.example.com" << QStringList { QStringLiteral("www.example.com.example.com") }
                                 << QStringList();
}

void TestClimbRunner::doubledOwnersBelowAnNxdomainAreNotAsked()
{
    QFETCH(QString, zone);
    QFETCH(QString, name);
    QFETCH(QStringList, found);
    QFETCH(QStringList, notAsked);
    CountingSource source(test::zoneSetFromText(zone.toUtf8()));
    ClimbRunner runner(&source);
    runner.setLookForDoubledOwners(true);
    QSignalSpy finished(&runner, &ClimbRunner::finished);
    Request request;
    request.name = DomainName::parse(name);
    runner.start(request, { letsEncryptProfile() });
    QVERIFY(finished.wait(5000));
    QStringList owners;
    for (const LookupResult& r : runner.diagnosis().doubledOwners)
        owners.append(r.name);
    QCOMPARE(owners, found);
    bool named = false;
    for (const Finding& f : runner.diagnosis().verdicts.first().findings)
        named = named || f.code == QLatin1String(code::OwnerDoubledZone);
    QCOMPARE(named, !found.isEmpty() && !name.startsWith(QStringLiteral("shop.")));
    for (const QString& n : notAsked)
        QVERIFY2(!source.asked.contains(n), qPrintable(n));
    QVERIFY(source.asked.contains(name + u'.' + name)); // the name itself doubled is always asked
}
