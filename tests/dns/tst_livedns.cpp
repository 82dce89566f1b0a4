// Integration tests against the real DNS world of tests/dnsworld (Knot authoritatives, a validating Unbound and
// misbehaving servers on 127.X.Y.0/24): the real LiveSource, ClimbRunner and evaluator, every status and finding.
#include "caa/climbrunner.h"
#include "caa/dnsmessage.h"
#include "caa/nsmatrix.h"
#include "caa/zonefile.h"
#include "dnsworld.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

namespace {

QString net()
{
    return test::worldNet();
}

QString resolver()
{
    return test::worldResolver();
}

struct Outcome2
{
    Diagnosis diagnosis;
    qint64 wallMs = 0;
};

Outcome2 check(const QString& name, const QList<CaProfile>& profiles = { letsEncryptProfile() }, int timeoutMs = 2000,
               int tries = 2, const QString& server = resolver())
{
    DnsClientOptions options;
    options.servers = { server };
    options.timeoutMs = timeoutMs;
    options.tries = tries;
    LiveSource source(options);
    ClimbRunner runner(&source);
    QSignalSpy finished(&runner, &ClimbRunner::finished);
    Request request;
    request.name = DomainName::parse(name);
    QElapsedTimer timer;
    timer.start();
    runner.start(request, profiles);
    finished.wait(timeoutMs * tries * 3 + 5000);
    return { runner.diagnosis(), timer.elapsed() };
}

bool hasFinding(const Verdict& v, const QString& code)
{
    for (const Finding& f : v.findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

QString summary(const Diagnosis& d)
{
    QStringList parts;
    for (const LookupResult& n : d.climb.nodes)
        parts.append(QStringLiteral("%1=%2/%3")
                         .arg(n.name, QLatin1String(statusCode(n.status)), QLatin1String(dnssecCode(n.dnssec))));
    const Verdict& v = d.verdicts.value(0);
    QStringList codes;
    for (const Finding& f : v.findings)
        codes.append(f.code);
    return QStringLiteral("%1 reason=%2 relevant=%3 findings=[%4] climb=[%5]")
        .arg(QLatin1String(outcomeCode(v.outcome)), v.reason, v.relevantName, codes.join(u' '), parts.join(u' '));
}

} // namespace

class TestLiveDns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void climb_data();
    void climb();
    void deepNameAskedInParallel();
    void bogusReportsEdeAndBoulderText();
    void timeoutEndsWithinTheLimit();
    void lameDelegation();
    void unreachableResolver();
    void bigAnswerOverTcp();
    void wildcardRequestUsesIssuewild();
    void nameserverMatrix_data();
    void nameserverMatrix();
    void resolversCompared();
    void hostileAnswers_data();
    void hostileAnswers();
    void cliCheckLive();
    void cliBatchLive();
    void batchRowsSayWhatCheckSays_data();
    void lookupFailuresNameTheFailingServers_data();
    void cacheTimeOfAnAliasIsNotCalledPublished_data();
    void bogusRungSaysItOnce();
    void doubledOwnerHasOneFix_data();
    void doubledOwnerHasOneFix();
    void dnameProbeNamesTheSynthesisedTarget();
    void deadResolverDecidedNothing();
    void climbTextIsWhatTheVerdictWasJudgedOn();
    void cacheTimeOfAnAliasIsNotCalledPublished();
    void lookupFailuresNameTheFailingServers();
    void batchRowsSayWhatCheckSays();
    void cliReportOfALookupFailure();
    void cliEvidenceReplaysOffline();
    void edgesOfLookupFailures_data();
    void edgesOfLookupFailures();
    void cacheTimeIsTheServersTtl();
    void resolverFailingCaaOnlyForZonesThatValidate_data();
    void resolverFailingCaaOnlyForZonesThatValidate();
    void matrixAsksEveryNameOfTheClimb();
    void withoutTheMatrixAResolverFailureIsNotBlamedOnTheServers();
    void dnssecCauseIsTheSameOnEveryCheck_data();
    void dnssecCauseIsTheSameOnEveryCheck();
    void ownRecordsForANameThatDoesNotExist();
    void aliasLoopIsNotTheResolversFault();
    void replaySaysWhatItCannotCheck();
};

void TestLiveDns::initTestCase()
{
    // The world must be up (ctest starts it as a fixture; by hand: bash tests/dnsworld/world.sh start).
    const Outcome2 probe = check(QStringLiteral("permit.test"));
    QVERIFY2(probe.diagnosis.climb.nodes.value(0).status == LookupStatus::Records,
             qPrintable(
                 QStringLiteral("the DNS world at %1 does not answer: %2").arg(resolver(), summary(probe.diagnosis))));
}

void TestLiveDns::climb_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("relevant");
    QTest::addColumn<QString>("firstStatus");
    QTest::addColumn<QString>("firstDnssec");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QString>("finding"); // one more finding that must be present ("" for none)

    QTest::addRow("signed, permitted") << "permit.test"
                                       << "permit"
                                       << "permitted"
                                       << "permit.test"
                                       << "records"
                                       << "secure" << QStringList() << "";
    QTest::addRow("trailing dot refused, iodef unsent") << "www.dot.test"
                                                        << "forbid"
                                                        << "issuer-trailing-dot"
                                                        << "dot.test"
                                                        << "nxdomain"
                                                        << "secure" << QStringList() << "iodef-not-supported";
    QTest::addRow("existing name without CAA inherits") << "www.permit.test"
                                                        << "permit"
                                                        << "permitted"
                                                        << "permit.test"
                                                        << "nodata"
                                                        << "secure" << QStringList() << "inherited-from-parent";
    QTest::addRow("NXDOMAIN below a set") << "nope.permit.test"
                                          << "permit"
                                          << "permitted"
                                          << "permit.test"
                                          << "nxdomain"
                                          << "secure" << QStringList() << "";
    QTest::addRow("NSEC3 zone, NXDOMAIN") << "nope.nsec3.test"
                                          << "permit"
                                          << "permitted"
                                          << "nsec3.test"
                                          << "nxdomain"
                                          << "secure" << QStringList() << "";
    QTest::addRow("CNAME to a target with CAA: the alias is foundAt")
        << "www.cname.test"
        << "forbid"
        << "issuer-not-listed"
        << "www.cname.test"
        << "records"
        << "secure" << QStringList { QStringLiteral("host.target.test") } << "cname-target-caa";
    QTest::addRow("CNAME to a target without CAA: climb the original name, not target.test")
        << "www2.cname.test"
        << "permit"
        << "no-caa"
        << ""
        << "nodata"
        << "secure" << QStringList { QStringLiteral("bare.target.test") } << "";
    QTest::addRow("DNAME") << "host.old.dname.test"
                           << "forbid"
                           << "issuer-not-listed"
                           << "host.old.dname.test"
                           << "records"
                           // issue 18 item 5: said as a DNAME, not as "an alias (CNAME)"
                           << "secure" << QStringList { QStringLiteral("host.target.test") } << "dname-redirect";
    QTest::addRow("wildcard owner with CAA") << "x.cw.wild.test"
                                             << "forbid"
                                             << "issuer-not-listed"
                                             << "x.cw.wild.test"
                                             << "records"
                                             << "secure" << QStringList() << "";
    QTest::addRow("unsigned delegation is insecure") << "insecure.test"
                                                     << "permit"
                                                     << "permitted"
                                                     << "insecure.test"
                                                     << "records"
                                                     << "insecure" << QStringList() << "";
    QTest::addRow("SERVFAIL for CAA only") << "www.servfail.test"
                                           << "error"
                                           << "lookup-servfail"
                                           << ""
                                           << "servfail"
                                           << "indeterminate" << QStringList() << "";
    QTest::addRow("REFUSED at the authoritative, SERVFAIL at the resolver") << "refused.test"
                                                                            << "error"
                                                                            << "lookup-servfail"
                                                                            << ""
                                                                            << "servfail"
                                                                            << "indeterminate" << QStringList() << "";
    QTest::addRow("TC=1 over UDP, full answer over TCP") << "tc.test"
                                                         << "permit"
                                                         << "permitted"
                                                         << "tc.test"
                                                         << "records"
                                                         << "insecure" << QStringList() << "";
    QTest::addRow("slow authoritative still answers") << "a.b.c.d.slow.test"
                                                      << "permit"
                                                      << "permitted"
                                                      << "slow.test"
                                                      << "nodata"
                                                      << "insecure" << QStringList() << "";
}

void TestLiveDns::climb()
{
    QFETCH(QString, name);
    QFETCH(QString, outcome);
    QFETCH(QString, reason);
    QFETCH(QString, relevant);
    QFETCH(QString, firstStatus);
    QFETCH(QString, firstDnssec);
    QFETCH(QStringList, aliases);
    QFETCH(QString, finding);
    const Diagnosis d = check(name).diagnosis;
    const QString info = summary(d);
    QVERIFY2(d.isComplete(), qPrintable(info));
    const Verdict& v = d.verdicts.first();
    QVERIFY2(QLatin1String(outcomeCode(v.outcome)) == outcome, qPrintable(info));
    QVERIFY2(v.reason == reason, qPrintable(info));
    QVERIFY2(v.relevantName == relevant, qPrintable(info));
    const LookupResult& first = d.climb.nodes.first();
    QVERIFY2(QLatin1String(statusCode(first.status)) == firstStatus, qPrintable(info));
    QVERIFY2(QLatin1String(dnssecCode(first.dnssec)) == firstDnssec, qPrintable(info));
    QCOMPARE(first.aliases, aliases);
    if (!finding.isEmpty())
        QVERIFY2(hasFinding(v, finding), qPrintable(info));
    // Every answered node carries its evidence: the server, the time and the raw message.
    for (const LookupResult& n : d.climb.nodes) {
        QCOMPARE(n.server, resolver() + QStringLiteral(":53"));
        QVERIFY(n.elapsedMs >= 0);
        if (n.status != LookupStatus::Timeout && n.status != LookupStatus::NetworkError) {
            dns::Message m;
            QVERIFY(dns::parseMessage(n.rawMessage, &m));
            QCOMPARE(m.questions.first().name, n.name);
        }
    }
    QCOMPARE(d.climb.nodes.last().name, QStringLiteral("test")); // the TLD is asked, the root never
}

void TestLiveDns::deepNameAskedInParallel()
{
    const Outcome2 r = check(QStringLiteral("a.b.c.d.deep.permit.test"));
    QCOMPARE(r.diagnosis.climb.nodes.size(), 7);
    QCOMPARE(r.diagnosis.verdicts.first().relevantName, QStringLiteral("permit.test"));
    for (int i = 0; i < 5; ++i) // the name, three empty non-terminals and deep.permit.test: all empty
        QCOMPARE(r.diagnosis.climb.nodes[i].status, LookupStatus::NoData);
    QCOMPARE(r.diagnosis.climb.nodes[5].status, LookupStatus::Records);
}

void TestLiveDns::bogusReportsEdeAndBoulderText()
{
    const Diagnosis d = check(QStringLiteral("bogus.test")).diagnosis;
    const Verdict& v = d.verdicts.first();
    QVERIFY2(v.outcome == Outcome::Error, qPrintable(summary(d)));
    QCOMPARE(v.reason, QStringLiteral("dnssec-bogus"));
    QCOMPARE(d.climb.nodes.first().status, LookupStatus::Bogus);
    QCOMPARE(d.climb.nodes.first().dnssec, DnssecState::Bogus);
    QVERIFY(!d.climb.nodes.first().ede.isEmpty());
    QVERIFY2(v.caErrorText.startsWith(QStringLiteral("While processing CAA for bogus.test: DNS problem: looking up CAA "
                                                     "for bogus.test: DNSSEC: ")),
             qPrintable(v.caErrorText));
}

void TestLiveDns::timeoutEndsWithinTheLimit()
{
    // silent.test's server drops CAA queries. With 400 ms x 1 try, we must report a timeout within that limit,
    // whatever the resolver does meanwhile.
    const Outcome2 r = check(QStringLiteral("x.silent.test"), { letsEncryptProfile() }, 400, 1);
    const Verdict& v = r.diagnosis.verdicts.first();
    QVERIFY2(v.outcome == Outcome::Error, qPrintable(summary(r.diagnosis)));
    QVERIFY2(v.reason == QLatin1String("lookup-timeout") || v.reason == QLatin1String("lookup-servfail"),
             qPrintable(summary(r.diagnosis)));
    QVERIFY2(r.wallMs < 400 + 600, qPrintable(QString::number(r.wallMs)));
}

void TestLiveDns::lameDelegation()
{
    // Nothing answers for lame.test: the resolver gives up with SERVFAIL, or our deadline comes first.
    const Outcome2 r = check(QStringLiteral("lame.test"), { letsEncryptProfile() }, 1000, 2);
    const Verdict& v = r.diagnosis.verdicts.first();
    QCOMPARE(v.outcome, Outcome::Error);
    QVERIFY2(v.reason == QLatin1String("lookup-timeout") || v.reason == QLatin1String("lookup-servfail"),
             qPrintable(summary(r.diagnosis)));
    QCOMPARE(r.diagnosis.climb.nodes.first().dnssec, DnssecState::Indeterminate);
    QVERIFY(r.wallMs < 2000 + 600);
}

void TestLiveDns::unreachableResolver()
{
    // Nothing listens at NET.99: quickly, never a hang, and said as what it is (issue 12 item 4): the person's own
    // resolver, which the CA never uses, not the CA refusing.
    const Outcome2 r
        = check(QStringLiteral("permit.test"), { letsEncryptProfile() }, 300, 1, net() + QStringLiteral(".99"));
    const Verdict& v = r.diagnosis.verdicts.first();
    QCOMPARE(v.outcome, Outcome::Error);
    QCOMPARE(v.reason, QStringLiteral("resolver-unreachable"));
    QVERIFY2(v.caErrorText.isEmpty(), qPrintable(v.caErrorText));
    QVERIFY(r.diagnosis.climb.resolverUnreachable);
    QVERIFY(r.wallMs < 2000);
}

void TestLiveDns::bigAnswerOverTcp()
{
    const Diagnosis d = check(QStringLiteral("big.test")).diagnosis;
    QCOMPARE(d.climb.nodes.first().status, LookupStatus::Records);
    QVERIFY(d.climb.nodes.first().records.size() > 50);
    QVERIFY(d.climb.nodes.first().rawMessage.size() > 4096);
    QCOMPARE(d.verdicts.first().outcome, Outcome::Permit);
}

void TestLiveDns::wildcardRequestUsesIssuewild()
{
    const Diagnosis le = check(QStringLiteral("*.wild.test")).diagnosis;
    QCOMPARE(le.verdicts.first().outcome, Outcome::Forbid);
    QCOMPARE(le.verdicts.first().reason, QStringLiteral("issuewild-overrides"));
    const Diagnosis gts
        = check(QStringLiteral("*.wild.test"), { CaDirectory::builtin().profile(QStringLiteral("pki.goog")) })
              .diagnosis;
    QCOMPARE(gts.verdicts.first().outcome, Outcome::Permit);
}

void TestLiveDns::nameserverMatrix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("servers");
    QTest::addColumn<QStringList>("findings"); // "code@address-suffix"; exactly these (in any order)
    QTest::addRow("signed zone, two servers agree") << "permit.test" << 2 << QStringList();
    QTest::addRow("server fails only CAA (SERVFAIL)")
        << "www.servfail.test" << 1 << QStringList { QStringLiteral("ns-caa-failure@.20:53") };
    QTest::addRow("server fails only CAA (REFUSED)")
        << "refused.test" << 1 << QStringList { QStringLiteral("ns-caa-failure@.21:53") };
    QTest::addRow("server fails only CAA (NOTIMP)")
        << "notimp.test" << 1 << QStringList { QStringLiteral("ns-caa-failure@.22:53") };
    QTest::addRow("server drops CAA queries")
        << "silent.test" << 1 << QStringList { QStringLiteral("ns-caa-failure@.23:53") };
    QTest::addRow("NODATA without SOA") << "nosoa.test" << 1
                                        << QStringList { QStringLiteral("ns-nodata-without-soa@.25:53") };
    QTest::addRow("TC over UDP, fine over TCP") << "tc.test" << 1 << QStringList();
    QTest::addRow("stale secondary") << "split.test" << 2 << QStringList { QStringLiteral("ns-disagree@") };
    QTest::addRow("lame delegation") << "lame.test" << 1 << QStringList { QStringLiteral("ns-unreachable@.28:53") };
    QTest::addRow("alias name probed at its parent zone's servers") << "www.cname.test" << 2 << QStringList();
}

void TestLiveDns::nameserverMatrix()
{
    QFETCH(QString, name);
    QFETCH(int, servers);
    QFETCH(QStringList, findings);
    DnsClientOptions options;
    options.servers = { resolver() };
    options.timeoutMs = 1500;
    NsMatrixRunner runner(options);
    runner.setTimeoutMs(500);
    QSignalSpy finished(&runner, &NsMatrixRunner::finished);
    runner.start({ name });
    QVERIFY(finished.wait(20000));
    const NsMatrix& m = runner.matrix();
    QCOMPARE(m.zones, QStringList { name.mid(name.startsWith(QStringLiteral("www.")) ? 4 : 0) });
    QCOMPARE(m.servers.size(), servers);
    QCOMPARE(m.probes.size(), servers * 2); // UDP and TCP per server
    QStringList got;
    for (const Finding& f : m.findings) {
        const QString address = f.args.value(QStringLiteral("address")).toString();
        got.append(f.code + u'@' + address.mid(address.lastIndexOf(u'.')));
    }
    for (const QString& want : findings) {
        bool found = false;
        for (const QString& g : got)
            found = found || g.startsWith(want);
        QVERIFY2(found, qPrintable(QStringLiteral("%1 not in %2").arg(want, got.join(u' '))));
    }
    QCOMPARE(got.size(), findings.size());
    if (name == QLatin1String("split.test")) {
        const Finding& f = m.findings.first();
        QVERIFY(f.args.value(QStringLiteral("stale")).toStringList().join(u' ').contains(QStringLiteral(".27:53")));
        QCOMPARE(f.args.value(QStringLiteral("newestSerial")).toLongLong(), 2);
    }
    for (const NsServer& s : m.servers) {
        if (name != QLatin1String("lame.test"))
            QVERIFY(s.serialKnown);
    }
}

void TestLiveDns::resolversCompared()
{
    // Knot at NET.3 and the stale secondary at NET.27 answer split.test differently; asked as "resolvers" they show
    // how a verdict can depend on the viewpoint.
    Diagnosis d = check(QStringLiteral("split.test"), { letsEncryptProfile() }, 1000, 1, net() + QStringLiteral(".3"))
                      .diagnosis;
    const Diagnosis other
        = check(QStringLiteral("split.test"), { letsEncryptProfile() }, 1000, 1, net() + QStringLiteral(".27"))
              .diagnosis;
    d.otherResolvers.append({ net() + QStringLiteral(".27:53"), other.climb, other.verdicts });
    d.compareResolvers();
    QCOMPARE(d.verdicts.first().outcome, Outcome::Permit);
    QCOMPARE(other.verdicts.first().outcome, Outcome::Forbid);
    QStringList codes;
    for (const Finding& f : d.resolverFindings)
        codes.append(f.code + u'@' + f.args.value(QStringLiteral("name")).toString());
    QCOMPARE(
        codes,
        QStringList({ QStringLiteral("resolvers-disagree@split.test"), QStringLiteral("resolver-verdicts-differ@") }));
    // A second resolver that answers nothing is down, not a view of split-horizon DNS.
    const Diagnosis dead
        = check(QStringLiteral("split.test"), { letsEncryptProfile() }, 300, 1, net() + QStringLiteral(".99"))
              .diagnosis;
    d.otherResolvers = { { net() + QStringLiteral(".99:53"), dead.climb, dead.verdicts } };
    d.compareResolvers();
    codes.clear();
    for (const Finding& f : d.resolverFindings)
        codes.append(f.code + u'@' + f.args.value(QStringLiteral("server")).toString());
    QCOMPARE(codes, QStringList { QStringLiteral("resolver-unreachable@") + net() + QStringLiteral(".99:53") });
}

void TestLiveDns::hostileAnswers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("statuses"); // acceptable: c-ares drops some of these itself (then: timeout)
    QTest::addRow("answer to another ID") << "wrongid.hostile.test" << QStringList { QStringLiteral("timeout") };
    QTest::addRow("answer to another question") << "wrongq.hostile.test" << QStringList { QStringLiteral("timeout") };
    QTest::addRow("compression loop") << "loop.hostile.test"
                                      << QStringList { QStringLiteral("formerr"), QStringLiteral("timeout") };
    QTest::addRow("counts past the end") << "counts.hostile.test"
                                         << QStringList { QStringLiteral("formerr"), QStringLiteral("timeout") };
    QTest::addRow("truncated RDATA") << "truncrdata.hostile.test"
                                     << QStringList { QStringLiteral("formerr"), QStringLiteral("timeout") };
    QTest::addRow("garbage") << "garbage.hostile.test"
                             << QStringList { QStringLiteral("formerr"), QStringLiteral("timeout") };
    QTest::addRow("60 KB answer over TCP") << "huge.hostile.test" << QStringList { QStringLiteral("records") };
}

void TestLiveDns::hostileAnswers()
{
    QFETCH(QString, name);
    QFETCH(QStringList, statuses);
    // The hostile server is asked directly, as if it were the resolver: whatever it sends, a clear status within
    // the time limit, never a crash or a hang.
    DnsClientOptions options;
    options.servers = { net() + QStringLiteral(".30") };
    options.timeoutMs = 400;
    options.tries = 1;
    LiveSource source(options);
    QSignalSpy answered(&source, &DnsSource::answered);
    QElapsedTimer timer;
    timer.start();
    source.lookupCaa(1, name);
    QVERIFY(answered.wait(5000));
    QVERIFY(timer.elapsed() < 400 + 600);
    const LookupResult r = answered.first().at(1).value<LookupResult>();
    QVERIFY2(statuses.contains(QLatin1String(statusCode(r.status))),
             qPrintable(QStringLiteral("%1: %2 (%3)").arg(name, QLatin1String(statusCode(r.status)), r.error)));
    if (r.status == LookupStatus::Records)
        QVERIFY(r.records.size() > 500);
}

void TestLiveDns::cliCheckLive()
{
    QProcess p;
    p.start(QStringLiteral(CAA_CLI),
            { QStringLiteral("check"), QStringLiteral("www.dot.test"), QStringLiteral("--resolver"), resolver(),
              QStringLiteral("--timeout"), QStringLiteral("1000"), QStringLiteral("--json") });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("live"));
    QCOMPARE(o.value(QStringLiteral("relevant")).toString(), QStringLiteral("dot.test"));
    const QJsonObject v = o.value(QStringLiteral("verdicts")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("issuer-trailing-dot"));
    QCOMPARE(o.value(QStringLiteral("provenance"))
                 .toObject()
                 .value(QStringLiteral("resolvers"))
                 .toArray()
                 .first()
                 .toString(),
             resolver() + QStringLiteral(":53"));
    const QJsonObject ns = o.value(QStringLiteral("nameservers")).toObject();
    QCOMPARE(ns.value(QStringLiteral("zones")).toArray().first().toString(), QStringLiteral("dot.test"));
    QCOMPARE(ns.value(QStringLiteral("servers")).toArray().size(), 2);
    QCOMPARE(ns.value(QStringLiteral("findings")).toArray().size(), 0);
    const QJsonObject first = o.value(QStringLiteral("climb")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("dnssec")).toString(), QStringLiteral("secure"));
}

void TestLiveDns::cliBatchLive()
{
    QProcess p;
    p.start(QStringLiteral(CAA_CLI),
            { QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--resolver"), resolver(),
              QStringLiteral("--json") });
    p.write("permit.test\nwww.dot.test\nbogus.test\nnot..valid\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1); // a refusal beats an undetermined one
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QStringList verdicts;
    for (const QByteArray& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        verdicts.append(o.contains(QStringLiteral("error")) ? QStringLiteral("invalid")
                                                            : o.value(QStringLiteral("verdicts"))
                                                                  .toArray()
                                                                  .first()
                                                                  .toObject()
                                                                  .value(QStringLiteral("verdict"))
                                                                  .toString());
    }
    QCOMPARE(verdicts,
             QStringList({ QStringLiteral("permit"), QStringLiteral("forbid"), QStringLiteral("error"),
                           QStringLiteral("invalid") }));
}

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CAA_CLI), args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Each CA's verdict of one diagnosis as JSON: "ca verdict reason relevant" lines.
QStringList verdictLines(const QJsonObject& diagnosis)
{
    QStringList lines;
    for (const QJsonValue& value : diagnosis.value(QStringLiteral("verdicts")).toArray()) {
        const QJsonObject v = value.toObject();
        lines.append(
            QStringList { v.value(QStringLiteral("ca")).toString(), v.value(QStringLiteral("verdict")).toString(),
                          v.value(QStringLiteral("reason")).toString(), v.value(QStringLiteral("relevant")).toString() }
                .join(u' '));
    }
    return lines;
}

// The first CA's verdict of a `check --json` output.
QJsonObject firstVerdict(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("verdicts")).toArray().first().toObject();
}

// The message of a verdict's finding with this code (the first one when empty).
QString findingMessage(const QJsonObject& verdict, const QString& code = QString())
{
    for (const QJsonValue f : verdict.value(QStringLiteral("findings")).toArray()) {
        if (code.isEmpty() || f.toObject().value(QStringLiteral("code")).toString() == code)
            return f.toObject().value(QStringLiteral("message")).toString();
    }
    return {};
}

// Empties the validating resolver's cache: the next lookup is a CA's first one.
void flushResolverCache()
{
    QProcess flush;
    flush.start(QStringLiteral("bash"),
                { QStringLiteral(CAA_SOURCE_DIR "/tests/dnsworld/world.sh"), QStringLiteral("flush") });
    flush.waitForFinished(20000);
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

void TestLiveDns::cliReportOfALookupFailure()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("servfail.pdf"));
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("www.servfail.test"), QStringLiteral("--resolver"),
                           resolver(), QStringLiteral("--timeout"), QStringLiteral("1000"), QStringLiteral("--report"),
                           pdf, QStringLiteral("--page-size"), QStringLiteral("letter") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("wrote"), r.err.constData());
    const QString text = pdfText(pdf);
    for (const QString& e :
         { QStringLiteral("Let's Encrypt cannot"), QStringLiteral("LOOKUP FAILED"),
           QStringLiteral("live DNS through %1:53").arg(resolver()),
           QStringLiteral("dig +dnssec CAA www.servfail.test @%1").arg(resolver()), QStringLiteral("SERVFAIL"),
           QStringLiteral("Authoritative nameservers"), QStringLiteral("0000 ") })
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in %2").arg(e, text)));
}

void TestLiveDns::cliEvidenceReplaysOffline()
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("dot.json"));
    const CliRun checked = cli({ QStringLiteral("check"), QStringLiteral("www.dot.test"), QStringLiteral("--resolver"),
                                 resolver(), QStringLiteral("--timeout"), QStringLiteral("1000"),
                                 QStringLiteral("--json"), QStringLiteral("--evidence"), bundle });
    QCOMPARE(checked.exitCode, 1);
    const QJsonObject original = QJsonDocument::fromJson(checked.out).object();
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    // Every answered name keeps its DNS message, and the matrix its probes' messages.
    for (const QJsonValue& node : saved.value(QStringLiteral("climb")).toArray())
        QVERIFY(!node.toObject().value(QStringLiteral("raw_message")).toString().isEmpty());
    const QJsonArray probes
        = saved.value(QStringLiteral("nameservers")).toObject().value(QStringLiteral("probes")).toArray();
    QVERIFY(!probes.isEmpty());
    QVERIFY(!probes.first().toObject().value(QStringLiteral("raw_message")).toString().isEmpty());

    // Offline, the same diagnosis: the climb, the verdicts, the matrix findings.
    const CliRun replayed = cli({ QStringLiteral("replay"), bundle, QStringLiteral("--json") });
    QCOMPARE(replayed.exitCode, 1);
    const QJsonObject again = QJsonDocument::fromJson(replayed.out).object();
    QCOMPARE(again.value(QStringLiteral("replay_notes")).toArray().size(), 0);
    for (const char* key : { "query", "climb", "relevant", "verdicts", "source" })
        QCOMPARE(again.value(QLatin1String(key)), original.value(QLatin1String(key)));
    QCOMPARE(again.value(QStringLiteral("nameservers")).toObject().value(QStringLiteral("findings")),
             original.value(QStringLiteral("nameservers")).toObject().value(QStringLiteral("findings")));
    QCOMPARE(again.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("started_utc")),
             original.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("started_utc")));

    // Someone "fixes" the record in the JSON only: the raw message still says what DNS said, and wins.
    QJsonArray climb = saved.value(QStringLiteral("climb")).toArray();
    QJsonObject node = climb[1].toObject();
    QCOMPARE(node.value(QStringLiteral("name")).toString(), QStringLiteral("dot.test"));
    QJsonArray records = node.value(QStringLiteral("records")).toArray();
    QJsonObject record = records[0].toObject();
    record[QStringLiteral("value")] = QStringLiteral("letsencrypt.org");
    records[0] = record;
    node[QStringLiteral("records")] = records;
    climb[1] = node;
    saved[QStringLiteral("climb")] = climb;
    const QString tampered = dir.filePath(QStringLiteral("tampered.json"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(saved).toJson());
    out.close();
    const CliRun checkedAgain = cli({ QStringLiteral("replay"), tampered });
    QCOMPARE(checkedAgain.exitCode, 1); // still refused: the message has the trailing dot
    QVERIFY2(checkedAgain.err.contains("differ from its raw DNS message"), checkedAgain.err.constData());
    const QString pdf = dir.filePath(QStringLiteral("replayed.pdf"));
    QCOMPARE(cli({ QStringLiteral("replay"), bundle, QStringLiteral("--report"), pdf }).exitCode, 1);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("will refuse to issue for www.dot.test")));
    QVERIFY(text.contains(QStringLiteral("offline from the evidence bundle")));
    QVERIFY(text.contains(QStringLiteral("Authoritative nameservers")));
}

QTEST_GUILESS_MAIN(TestLiveDns)
#include "tst_livedns.moc"

// Issue 12 item 7: lookup failures named by their cause, with the advice that cause needs.
void TestLiveDns::edgesOfLookupFailures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("says"); // in the verdict's first finding
    QTest::addColumn<QString>("action");
    QTest::addRow("CNAME loop") << "loop1.cname.test"
                                << "cname-loop"
                                << "loop1.cname.test → loop2.cname.test → loop1.cname.test"
                                << "fix your DNS";
    QTest::addRow("DS does not match (EDE 9)") << "bogus.test"
                                               << "dnssec-bogus"
                                               << "the DS record at the registrar does not match"
                                               << "fix your DNS";
    QTest::addRow("signatures expired (EDE 7)") << "expired.test"
                                                << "dnssec-bogus"
                                                << "re-sign the zone"
                                                << "fix your DNS";
    QTest::addRow("a server dropping CAA") << "silent.test"
                                           << ""
                                           << "silent.test"
                                           << "fix your DNS";
    QTest::addRow("the TLD's servers") << "shop.hiccup"
                                       << "lookup-servfail"
                                       << "which the registry runs"
                                       << "retry later";
}

void TestLiveDns::edgesOfLookupFailures()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QFETCH(QString, says);
    QFETCH(QString, action);
    // Unbound answers a cached bogus result with the bare EDE 6: ask it fresh, as a CA's first lookup is.
    flushResolverCache();
    const CliRun r = cli({ QStringLiteral("check"), name, QStringLiteral("--resolver"), resolver(),
                           QStringLiteral("--json"), QStringLiteral("--no-matrix") });
    QCOMPARE(r.exitCode, 2);
    const QJsonObject v
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("verdicts")).toArray().first().toObject();
    if (!reason.isEmpty())
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), reason);
    const QString first
        = v.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(first.contains(says), qPrintable(first));
    QCOMPARE(v.value(QStringLiteral("action")).toString(), action);
}

// Issue 12 item 9: "resolvers may keep the current records for up to N" is the TTL the nameservers publish, not
// what is left in the resolver's cache (which shrinks from one run to the next).
// Through a resolver that fails every CAA query (NET.11), the nameservers' answers decide, but only for zones that
// validate: for a zone with broken DNSSEC their unvalidated answers say nothing (it said "may issue" for bogus.test).
void TestLiveDns::resolverFailingCaaOnlyForZonesThatValidate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("signed, valid") << "permit.test"
                                   << "permit" << 0;
    QTest::addRow("signed, wrong DS") << "bogus.test"
                                      << "error" << 2;
    QTest::addRow("signed, expired") << "expired.test"
                                     << "error" << 2;
    QTest::addRow("unsigned") << "insecure.test"
                              << "permit" << 0;
    // An alias the servers name, which only a working resolver follows: nothing tells what the CA sees.
    QTest::addRow("CNAME") << "www.cname.test"
                           << "error" << 2;
}

void TestLiveDns::resolverFailingCaaOnlyForZonesThatValidate()
{
    QFETCH(QString, name);
    QFETCH(QString, verdict);
    QFETCH(int, exitCode);
    const CliRun r = cli({ QStringLiteral("check"), name, QStringLiteral("--resolver"), net() + QStringLiteral(".11"),
                           QStringLiteral("--json") });
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject v = root.value(QStringLiteral("verdicts")).toArray().first().toObject();
    QCOMPARE(v.value(QStringLiteral("verdict")).toString(), verdict);
    const bool failing = !root.value(QStringLiteral("nameservers"))
                              .toObject()
                              .value(QStringLiteral("resolver_fails_zone"))
                              .toArray()
                              .isEmpty();
    QCOMPARE(failing, verdict == QLatin1String("error") && !name.startsWith(QLatin1String("www.")));
    if (failing) {
        // Not "the domain's nameservers may be malfunctioning": they answer; the resolver fails the whole zone.
        const QString first = findingMessage(v);
        QVERIFY2(first.contains(QStringLiteral("although the domain's nameservers answer it")), qPrintable(first));
    }
    if (name.startsWith(QLatin1String("www."))) {
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("resolver-fails-caa"));
        QCOMPARE(v.value(QStringLiteral("action")).toString(), QStringLiteral("check your resolver setting"));
        QVERIFY(v.value(QStringLiteral("headline")).toString().startsWith(QStringLiteral("Cannot tell")));
    }
}

void TestLiveDns::cacheTimeIsTheServersTtl()
{
    QList<qint64> ttls;
    for (int run = 0; run < 2; ++run) {
        if (run)
            QTest::qWait(2100);
        const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("www.dot.test"), QStringLiteral("--resolver"),
                               resolver(), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue f : root.value(QStringLiteral("verdicts"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("findings"))
                                      .toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("code")).toString() != QLatin1String("cache-ttl"))
                continue;
            const QJsonObject args = o.value(QStringLiteral("args")).toObject();
            QCOMPARE(args.value(QStringLiteral("ttl_source")).toString(), QStringLiteral("authoritative"));
            ttls.append(args.value(QStringLiteral("positive_ttl")).toInteger());
        }
        // The resolver's copy ages; the records it holds say so.
        const qint64 held = root.value(QStringLiteral("climb"))
                                .toArray()
                                .at(1)
                                .toObject()
                                .value(QStringLiteral("records"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("ttl"))
                                .toInteger();
        QVERIFY(held <= 300);
    }
    QCOMPARE(ttls, (QList<qint64> { 300, 300 }));
}

// Issue 12 item 16: the matrix starts with the climb and walks the delegations itself; cold, behind the delaying
// relay, it still asks every name the climb needs at the zone's server. (How long the whole check takes beside one
// query and a serial run is the benchmark's to say: bench_dns.sh.)
void TestLiveDns::matrixAsksEveryNameOfTheClimb()
{
    flushResolverCache();
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("x.a.b.c.d.slow.test"), QStringLiteral("--resolver"),
                           resolver(), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    // Every name of the climb, at the one server of its zone, over UDP and TCP: the matrix is complete.
    QCOMPARE(root.value(QStringLiteral("nameservers")).toObject().value(QStringLiteral("probes")).toArray().size(), 12);
}

// Check B for live DNS: a batch row and `check NAME` take their verdicts from the same evaluation, nameservers
// included (before, batch asked the resolver alone: nosoa.test read "may issue", split.test "add a record", and
// through a resolver that fails CAA every name read SERVFAIL while check said "cannot tell: your resolver").
void TestLiveDns::batchRowsSayWhatCheckSays_data()
{
    QTest::addColumn<QString>("resolverHost");
    QTest::addColumn<bool>("matrix");
    QTest::newRow("validating resolver") << QStringLiteral(".10") << true;
    QTest::newRow("resolver failing CAA") << QStringLiteral(".11") << true;
    QTest::newRow("validating resolver, --no-matrix") << QStringLiteral(".10") << false;
}

void TestLiveDns::batchRowsSayWhatCheckSays()
{
    QFETCH(QString, resolverHost);
    QFETCH(bool, matrix);
    const QStringList names {
        QStringLiteral("permit.test"),    QStringLiteral("www.dot.test"),   QStringLiteral("nosoa.test"),
        QStringLiteral("www.nosoa.test"), QStringLiteral("split.test"),     QStringLiteral("www.split.test"),
        QStringLiteral("doubled.test"),   QStringLiteral("www.cname.test"), QStringLiteral("x.old.dname.test"),
        QStringLiteral("refused.test"),   QStringLiteral("notimp.test"),    QStringLiteral("www.bogus.test"),
        QStringLiteral("insecure.test"),  QStringLiteral("nsec3.test"),     QStringLiteral("wild.test"),
        QStringLiteral("a.b.wild.test"),  QStringLiteral("expired.test"),   QStringLiteral("big.test"),
        QStringLiteral("tc.test"),        QStringLiteral("servfail.test"),  QStringLiteral("nothing.here.test"),
        QStringLiteral("192.0.2.1")
    };
    QStringList common { QStringLiteral("--resolver"),      net() + resolverHost,
                         QStringLiteral("--timeout"),       QStringLiteral("1000"),
                         QStringLiteral("--json"),          QStringLiteral("--ca"),
                         QStringLiteral("letsencrypt.org"), QStringLiteral("--ca"),
                         QStringLiteral("pki.goog") };
    if (!matrix)
        common.append(QStringLiteral("--no-matrix"));
    QProcess batch;
    batch.start(QStringLiteral(CAA_CLI), QStringList { QStringLiteral("batch"), QStringLiteral("-") } + common);
    batch.write(names.join(u'\n').toUtf8() + '\n');
    batch.closeWriteChannel();
    QVERIFY(batch.waitForFinished(120000));
    const QList<QByteArray> rows = batch.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(rows.size(), names.size());
    int worst = 0;
    for (int i = 0; i < names.size(); ++i) {
        const CliRun checked = cli(QStringList { QStringLiteral("check"), names[i] } + common);
        QVERIFY2(checked.exitCode >= 0 && checked.exitCode <= 2, qPrintable(names[i]));
        worst = checked.exitCode == 1 || worst == 1 ? 1 : std::max(worst, checked.exitCode);
        const QStringList fromCheck = verdictLines(QJsonDocument::fromJson(checked.out).object());
        const QStringList fromBatch = verdictLines(QJsonDocument::fromJson(rows[i]).object());
        QVERIFY2(fromCheck.size() == 2, qPrintable(names[i]));
        QVERIFY2(fromBatch == fromCheck,
                 qPrintable(QStringLiteral("%1: batch says\n  %2\ncheck says\n  %3")
                                .arg(names[i], fromBatch.join(QStringLiteral("\n  ")),
                                     fromCheck.join(QStringLiteral("\n  ")))));
    }
    QCOMPARE(batch.exitCode(), worst);
}

// Issue 12: with the nameserver matrix, a lookup failure says which of the domain's servers fail the CAA query and
// how (it read "the domain's nameservers may be malfunctioning" where the matrix knew REFUSED or a silent server),
// and a server failing over TCP too is not reported as failing "over UDP".
void TestLiveDns::lookupFailuresNameTheFailingServers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("verdictSays");
    QTest::addColumn<QString>("serverSays");
    QTest::addRow("REFUSED") << "www.refused.test"
                             << "ns.refused.test (@NET@.21:53) answers the CAA query with REFUSED over UDP and TCP"
                             << "with REFUSED over UDP and TCP.";
    QTest::addRow("NOTIMP") << "www.notimp.test"
                            << "ns.notimp.test (@NET@.22:53) answers the CAA query with NOTIMP over UDP and TCP"
                            << "with NOTIMP over UDP and TCP.";
    QTest::addRow("silent") << "www.silent.test"
                            << "ns.silent.test (@NET@.23:53) does not answer the CAA query at all (no reply over "
                               "UDP and TCP)"
                            << "never answers CAA queries for www.silent.test (no reply over UDP and TCP)";
}

void TestLiveDns::lookupFailuresNameTheFailingServers()
{
    QFETCH(QString, name);
    QFETCH(QString, verdictSays);
    QFETCH(QString, serverSays);
    verdictSays.replace(QStringLiteral("@NET@"), net());
    const CliRun r = cli({ QStringLiteral("check"), name, QStringLiteral("--resolver"), resolver(),
                           QStringLiteral("--timeout"), QStringLiteral("1000"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString first = findingMessage(firstVerdict(r.out));
    QVERIFY2(first.contains(verdictSays), qPrintable(first));
    QVERIFY2(!first.contains(QStringLiteral("may be malfunctioning")), qPrintable(first));
    const QJsonArray ns = o.value(QStringLiteral("nameservers")).toObject().value(QStringLiteral("findings")).toArray();
    QVERIFY(!ns.isEmpty());
    const QString server = ns.first().toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(server.contains(serverSays), qPrintable(server));
}

// Issue 12: for a name whose CAA comes through an alias (CNAME, DNAME), the nameserver matrix does not ask the
// target's servers, so the TTL at hand is what is left in the resolver's cache. It was presented as "the TTL the
// nameservers publish" (1 minute where target.test publishes 5); from zone files it is the file's TTL.
void TestLiveDns::cacheTimeOfAnAliasIsNotCalledPublished_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fromZoneFiles");
    QTest::addColumn<QString>("says");
    QTest::addRow("CNAME, live") << "www.cname.test" << false
                                 << "your resolver keeps the current records of host.target.test (what "
                                    "www.cname.test is an alias of) for another";
    QTest::addRow("DNAME, live") << "host.old.dname.test" << false
                                 << "your resolver keeps the current records of host.target.test (what "
                                    "host.old.dname.test is an alias of) for another";
    QTest::addRow("CNAME, zone files") << "www.cname.test" << true
                                       << "for up to 5 minutes. (The TTL in the zone file.)";
}

void TestLiveDns::cacheTimeOfAnAliasIsNotCalledPublished()
{
    QFETCH(QString, name);
    QFETCH(bool, fromZoneFiles);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QStringList args { QStringLiteral("check"), name, QStringLiteral("--ca"), QStringLiteral("pki.goog"),
                       QStringLiteral("--json") };
    if (fromZoneFiles) {
        for (const QString& zone : { QStringLiteral("cname.test"), QStringLiteral("target.test") })
            args << QStringLiteral("--zone") << test::worldZone(dir, zone);
    } else {
        args << QStringLiteral("--resolver") << resolver();
    }
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 1);
    const QString message = findingMessage(firstVerdict(r.out), QStringLiteral("cache-ttl"));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("The TTL the nameservers publish")), qPrintable(message));
}

// Issue 12: the climb line of a bogus name read "DNSSEC bogus  [DNSSEC bogus, 5 ms]".
void TestLiveDns::bogusRungSaysItOnce()
{
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("www.bogus.test"), QStringLiteral("--resolver"),
                           resolver(), QStringLiteral("--no-matrix") });
    QCOMPARE(r.exitCode, 2);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("www.bogus.test  validation failed (SERVFAIL)  [DNSSEC bogus")),
             qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("DNSSEC bogus")), 1);
}

// Issue 12: doubled.test showed two fix cards writing the same record ("Move the records…" and "Add the CA…").
// Issue 12 (trials): through a resolver that fails every CAA query the records at doubled.test.doubled.test were not
// found (the resolver's SERVFAIL for them read as "none"), and the fix added a record instead of moving them. The
// servers are asked for the doubled names the resolver cannot answer.
void TestLiveDns::doubledOwnerHasOneFix_data()
{
    QTest::addColumn<QString>("resolverHost");
    QTest::addRow("validating resolver") << ".10";
    QTest::addRow("resolver failing CAA") << ".11";
}

void TestLiveDns::doubledOwnerHasOneFix()
{
    QFETCH(QString, resolverHost);
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("doubled.test"), QStringLiteral("--resolver"),
                           net() + resolverHost, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray fixes = firstVerdict(r.out).value(QStringLiteral("fixes")).toArray();
    QCOMPARE(fixes.size(), 1);
    QCOMPARE(fixes.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("owner-doubled-zone"));
    const QJsonArray doubled
        = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("doubled_owners")).toArray();
    QCOMPARE(doubled.size(), 1);
    QCOMPARE(doubled.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("doubled.test.doubled.test"));
}

// Issue 12: the nameserver matrix said x.old.dname.test was an "alias of target.test" (the DNAME's own target), where
// the DNAME maps it to x.target.test.
void TestLiveDns::dnameProbeNamesTheSynthesisedTarget()
{
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("x.old.dname.test"), QStringLiteral("--resolver"),
                           resolver(), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    int seen = 0;
    for (const QJsonValue p : QJsonDocument::fromJson(r.out)
                                  .object()
                                  .value(QStringLiteral("nameservers"))
                                  .toObject()
                                  .value(QStringLiteral("probes"))
                                  .toArray()) {
        if (p.toObject().value(QStringLiteral("name")).toString() != QLatin1String("x.old.dname.test"))
            continue;
        QCOMPARE(p.toObject().value(QStringLiteral("alias")).toString(), QStringLiteral("x.target.test"));
        ++seen;
    }
    QCOMPARE(seen, 4); // two servers, UDP and TCP
}

// Issue 12: through a resolver that answers nothing, the text said the TLD was "not consulted (a closer name
// decided)" though nothing decided.
void TestLiveDns::deadResolverDecidedNothing()
{
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("www.dot.test"), QStringLiteral("--resolver"),
                           net() + QStringLiteral(".99"), QStringLiteral("--timeout"), QStringLiteral("300"),
                           QStringLiteral("--tries"), QStringLiteral("1") });
    QCOMPARE(r.exitCode, 2);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(!out.contains(QStringLiteral("not consulted")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("network error")), 3);
}

// Through a resolver that fails CAA, the verdict comes from the nameservers: the text's climb said "SERVFAIL <-
// relevant" above "OK Let's Encrypt may issue". It now shows the climb the verdict was judged on, and says so.
void TestLiveDns::climbTextIsWhatTheVerdictWasJudgedOn()
{
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("permit.test"), QStringLiteral("--resolver"),
                           net() + QStringLiteral(".11") });
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Tree climb as the domain's nameservers answer it")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("permit.test CAA 0 issue \"letsencrypt.org\"")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("SERVFAIL  [")), qPrintable(out));
}

// Issue 12 (trials): with --no-matrix, a resolver that fails every CAA query made the check say "Let's Encrypt cannot
// check CAA … and will refuse (fix your DNS)" and blame "the domain's nameservers", which nothing had asked. It cannot
// tell: every view says so, and the evidence bundle keeps why the servers were not asked.
void TestLiveDns::withoutTheMatrixAResolverFailureIsNotBlamedOnTheServers()
{
    const QString failing = net() + QStringLiteral(".11");
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("evidence.json"));
    const CliRun r
        = cli({ QStringLiteral("check"), QStringLiteral("www.example.test"), QStringLiteral("--resolver"), failing,
                QStringLiteral("--no-matrix"), QStringLiteral("--json"), QStringLiteral("--evidence"), bundle });
    QCOMPARE(r.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("nameservers_skipped")).toString(), QStringLiteral("nameservers-not-asked"));
    const QJsonObject v = firstVerdict(r.out);
    QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("nameservers-not-asked"));
    QVERIFY(!v.contains(QStringLiteral("ca_error"))); // no CA error text: the CA may not meet this failure
    const QString message = findingMessage(v, QStringLiteral("lookup-servfail"));
    QVERIFY2(message.contains(QStringLiteral("not asked directly")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("may be malfunctioning")), qPrintable(message));

    const CliRun text = cli({ QStringLiteral("check"), QStringLiteral("www.example.test"), QStringLiteral("--resolver"),
                              failing, QStringLiteral("--no-matrix") });
    QVERIFY2(text.out.contains("Cannot tell whether Let's Encrypt may issue for www.example.test"), text.out);
    QVERIFY2(text.out.contains("Nameservers not asked directly (--no-matrix)"), text.out);
    // The climb shows the TLD's failure that the finding names (a trial: "test  not consulted" beside "…and the one
    // for test too").
    QVERIFY2(text.out.contains("test              SERVFAIL (not consulted: a closer name decided)"), text.out);

    const CliRun replay = cli({ QStringLiteral("replay"), bundle, QStringLiteral("--json") });
    QCOMPARE(replay.exitCode, 2);
    QCOMPARE(verdictLines(QJsonDocument::fromJson(replay.out).object()), verdictLines(root));
    QCOMPARE(QJsonDocument::fromJson(replay.out).object().value(QStringLiteral("nameservers_skipped")).toString(),
             QStringLiteral("nameservers-not-asked"));

    // A bundle whose reason does not fit its check is refused, not believed.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject edited = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    edited.insert(QStringLiteral("nameservers_skipped"), QStringLiteral("resolver-unreachable"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(edited).toJson());
    f.close();
    const CliRun refused = cli({ QStringLiteral("replay"), bundle });
    QCOMPARE(refused.exitCode, 65);
    QVERIFY2(refused.err.contains("nameservers_skipped"), refused.err);

    // The batch row says the same as check.
    QTemporaryDir listDir;
    QFile list(listDir.filePath(QStringLiteral("names.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("www.example.test\n");
    list.close();
    const CliRun batch = cli({ QStringLiteral("batch"), list.fileName(), QStringLiteral("--resolver"), failing,
                               QStringLiteral("--no-matrix") });
    QVERIFY2(batch.out.contains("www.example.test\tletsencrypt.org\terror\tnameservers-not-asked"), batch.out);

    // Through a resolver that answers the TLD, a failure at the domain stays the domain's (the CA meets it too), and
    // says that the servers were not asked.
    const CliRun silent = cli({ QStringLiteral("check"), QStringLiteral("silent.test"), QStringLiteral("--resolver"),
                                resolver(), QStringLiteral("--no-matrix"), QStringLiteral("--json") });
    QCOMPARE(silent.exitCode, 2);
    QCOMPARE(firstVerdict(silent.out).value(QStringLiteral("action")).toString(), QStringLiteral("fix your DNS"));
    const QString said = findingMessage(firstVerdict(silent.out));
    QVERIFY2(said.contains(QStringLiteral("not asked directly (--no-matrix)")), qPrintable(said));
}

// Issue 12 (trials): bogus.test read "the DS record at the registrar does not match" on the first check and a vague
// "DNSSEC validation failed" on the next, once Unbound answered from its cache with a bare EDE 6. The zone's DS and
// keys name the cause on every check, and in the evidence bundle's replay.
void TestLiveDns::dnssecCauseIsTheSameOnEveryCheck_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::addRow("DS does not match") << "www.bogus.test"
                                       << "the DS record at the registrar does not match";
    QTest::addRow("signatures expired") << "www.expired.test"
                                        << "re-sign the zone";
}

void TestLiveDns::dnssecCauseIsTheSameOnEveryCheck()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    flushResolverCache();
    QTemporaryDir dir;
    QStringList seen;
    for (int run = 0; run < 2; ++run) {
        const QString bundle = dir.filePath(QStringLiteral("run%1.json").arg(run));
        const CliRun r = cli({ QStringLiteral("check"), name, QStringLiteral("--resolver"), resolver(),
                               QStringLiteral("--json"), QStringLiteral("--evidence"), bundle });
        QCOMPARE(r.exitCode, 2);
        const QString first = findingMessage(firstVerdict(r.out));
        QVERIFY2(first.contains(says), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(first)));
        seen.append(first.section(u'.', 0, 0));
        const CliRun replay = cli({ QStringLiteral("replay"), bundle, QStringLiteral("--json") });
        QCOMPARE(findingMessage(firstVerdict(replay.out)), first);
    }
    QCOMPARE(seen.at(1), seen.at(0));
}

// Issue 12 (trials): for www.dot.test, which does not exist, "Give www.dot.test its own CAA records" said nothing of
// the NXDOMAIN, and copied an iodef record that a note on the same page says Let's Encrypt never uses, without a word.
void TestLiveDns::ownRecordsForANameThatDoesNotExist()
{
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("www.dot.test"), QStringLiteral("--resolver"),
                           resolver(), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject v = firstVerdict(r.out);
    const QString inherited = findingMessage(v, QStringLiteral("inherited-from-parent"));
    QVERIFY2(inherited.contains(QStringLiteral("does not exist in DNS (NXDOMAIN)")), qPrintable(inherited));
    QJsonObject own;
    for (const QJsonValue f : v.value(QStringLiteral("fixes")).toArray()) {
        if (f.toObject().value(QStringLiteral("code")).toString() == QLatin1String("inherited-from-parent"))
            own = f.toObject();
    }
    QVERIFY(!own.isEmpty());
    const QString caveat = own.value(QStringLiteral("caveat")).toString();
    QVERIFY2(caveat.contains(QStringLiteral("these records create it")), qPrintable(caveat));
    QVERIFY2(caveat.contains(QStringLiteral("iodef")), qPrintable(caveat));
    QVERIFY(own.value(QStringLiteral("records"))
                .toArray()
                .contains(QStringLiteral("www.dot.test. CAA 0 iodef \"mailto:security@dot.test\"")));

    // A name that exists gets neither sentence about existing.
    const CliRun exists = cli({ QStringLiteral("check"), QStringLiteral("dot.test"), QStringLiteral("--resolver"),
                                resolver(), QStringLiteral("--json") });
    QVERIFY(!exists.out.contains("NXDOMAIN"));
}

// New-user trial: with the nameserver matrix (the default), a CNAME loop was "Your resolver fails CAA queries… check
// again with another resolver", where --no-matrix said rightly that the alias chain loops.
void TestLiveDns::aliasLoopIsNotTheResolversFault()
{
    for (const QStringList& extra : { QStringList(), QStringList { QStringLiteral("--no-matrix") } }) {
        const CliRun r = cli(QStringList { QStringLiteral("check"), QStringLiteral("loop1.cname.test"),
                                           QStringLiteral("--resolver"), resolver(), QStringLiteral("--json") }
                             + extra);
        const QJsonObject v = firstVerdict(r.out);
        QCOMPARE(v.value(QStringLiteral("reason")).toString(), QStringLiteral("cname-loop"));
        QCOMPARE(v.value(QStringLiteral("action")).toString(), QStringLiteral("fix your DNS"));
        QVERIFY2(!r.out.contains("resolver-fails-caa"), r.out.constData());
    }
}

// Issue 13 item 13: replay took a climb answer or a nameserver's answer without its raw message, edited to say
// anything, without a word.
void TestLiveDns::replaySaysWhatItCannotCheck()
{
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("permit.json"));
    const CliRun r = cli({ QStringLiteral("check"), QStringLiteral("permit.test"), QStringLiteral("--resolver"),
                           resolver(), QStringLiteral("--evidence"), bundle });
    QCOMPARE(r.exitCode, 0);
    const CliRun clean = cli({ QStringLiteral("replay"), bundle });
    QVERIFY2(!clean.err.contains("no DNS message"), clean.err.constData());

    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray climb = root.value(QStringLiteral("climb")).toArray();
    QJsonObject first = climb[0].toObject();
    first.remove(QStringLiteral("raw_message"));
    climb[0] = first;
    root.insert(QStringLiteral("climb"), climb);
    QJsonObject ns = root.value(QStringLiteral("nameservers")).toObject();
    QJsonArray probes = ns.value(QStringLiteral("probes")).toArray();
    QJsonObject probe = probes[0].toObject();
    probe.remove(QStringLiteral("raw_message"));
    probes[0] = probe;
    ns.insert(QStringLiteral("probes"), probes);
    root.insert(QStringLiteral("nameservers"), ns);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const CliRun edited = cli({ QStringLiteral("replay"), bundle });
    // Notes go to stderr, beside the report.
    QVERIFY2(edited.err.contains("The bundle holds no DNS message for permit.test: its words for it (records) were "
                                 "taken unchecked."),
             edited.err.constData());
    QVERIFY2(edited.err.contains("no DNS message for the nameservers' answers of permit.test at"),
             edited.err.constData());
}
