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

} // namespace

class TestClimbRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersArriveAsynchronouslyInClimbOrder();
    void cancelStopsAnswers();
    void restartDiscardsOldAnswers();
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
