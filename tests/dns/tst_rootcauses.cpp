// The catalogue of real root causes of CAA refusals (shared/research/peers.md §(c), issue 18), each rebuilt as a
// case: zone files, the DNS world (tests/dnsworld) and its misbehaving servers. For every cause the real
// caa-doctor-cli must name it (the verdict's reason and the finding code), and where a change fixes it, that change,
// applied to the zone file it concerns, must make the CA issue: `fix --write`, then `check` again.

#include "dnsworld.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using caa::test::worldZone;

QString net()
{
    return caa::test::worldNet();
}

QString resolver()
{
    return caa::test::worldResolver();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(CAA_CLI), args);
}

Run world(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAA_DNSWORLD_NET"), net());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), QStringList { QStringLiteral(CAA_SOURCE_DIR "/tests/dnsworld/world.sh") } + args);
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QStringList codesOf(const QJsonArray& findings)
{
    QStringList codes;
    for (const QJsonValue& f : findings)
        codes.append(f.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

} // namespace

class TestRootCauses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void causes_data();
    void causes();
};

void TestRootCauses::initTestCase()
{
    // The world must be up (ctest starts it as a fixture; by hand: bash tests/dnsworld/world.sh start).
    QVERIFY2(world({ QStringLiteral("status") }).exitCode == 0, "the DNS world is not running");
}

// Columns: how to check (live DNS through the world's resolver, or a zone file written from `zone`), what the verdict
// must say, and how its fix is proven: "zone" (fix --write on the zone file), "world:Z1,Z2" (fix --write on the
// world's own zone files), "server" (the fix is a server's, proven by asking the fresh server), or "none" (no
// record can fix it; the verdict says whose it is).
void TestRootCauses::causes_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("args"); // more check/fix arguments
    QTest::addColumn<QByteArray>("zone"); // empty: live DNS
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("finding"); // in the verdict, or the nameserver matrix
    QTest::addColumn<QString>("fixWith");
    QTest::addColumn<QString>("setup"); // "stale-cache": the fix published after the resolver cached the old set

    const QByteArray head = "$ORIGIN example.org.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n"
                            "@ NS ns1\nns1 A 192.0.2.1\nwww A 192.0.2.2\n";
    const QStringList none;
    const QString le = QStringLiteral("letsencrypt.org");
    auto add = [](int cause, const char* title, const QString& name, const QStringList& args, const QByteArray& zone,
                  int exit, const char* reason, const char* finding, const QString& fixWith,
                  const QString& setup = {}) {
        QTest::addRow("%02d %s", cause, title) << cause << name << args << zone << exit << QString::fromLatin1(reason)
                                               << QString::fromLatin1(finding) << fixWith << setup;
    };
    add(1, "CA not in the policy", QStringLiteral("www.example.org"), none, head + "@ CAA 0 issue \"sectigo.com\"\n", 1,
        "issuer-not-listed", "issuer-other-ca", QStringLiteral("zone"));
    add(2, "inherited from a parent", QStringLiteral("api.example.org"), none,
        head + "@ CAA 0 issue \"pki.goog\"\napi A 192.0.2.3\n", 1, "issuer-not-listed", "inherited-from-parent",
        QStringLiteral("zone"));
    add(3, "CAA at the CNAME target", QStringLiteral("www.cname.test"), none, {}, 1, "issuer-not-listed",
        "cname-target-caa", QStringLiteral("world:cname.test,target.test"));
    add(4, "trailing dot", QStringLiteral("www.dot.test"), none, {}, 1, "issuer-trailing-dot", "issuer-trailing-dot",
        QStringLiteral("world:dot.test"));
    add(5, "a URL for an identifier", QStringLiteral("www.example.org"), none,
        head + "@ CAA 0 issue \"https://letsencrypt.org/\"\n", 1, "issuer-url", "issuer-url", QStringLiteral("zone"));
    add(5, "another brand's name", QStringLiteral("www.example.org"),
        { QStringLiteral("--ca"), QStringLiteral("sectigo.com") }, head + "@ CAA 0 issue \"zerossl.com\"\n", 1,
        "issuer-unknown-ca", "issuer-unknown-ca", QStringLiteral("zone"));
    add(6, "quote damage", QStringLiteral("www.example.org"), none,
        head + "@ CAA 0 issue \"\\\"letsencrypt.org\\\"\"\n", 1, "issuer-quoted", "issuer-quoted",
        QStringLiteral("zone"));
    add(7, "issuewild overrides issue", QStringLiteral("*.wild.test"), none, {}, 1, "issuewild-overrides",
        "issuewild-overrides", QStringLiteral("world:wild.test"));
    add(8, "deny-all left in place", QStringLiteral("www.example.org"), none, head + "@ CAA 0 issue \";\"\n", 1,
        "issue-deny-all", "issue-deny-all", QStringLiteral("zone"));
    add(9, "RFC 8657 account and method", QStringLiteral("www.example.org"),
        { QStringLiteral("--account-uri"), QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/222"),
          QStringLiteral("--method"), QStringLiteral("http-01") },
        head
            + "@ CAA 0 issue \"letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/111; "
              "validationmethods=dns-01\"\n",
        1, "accounturi-mismatch", "validationmethods-mismatch", QStringLiteral("zone"));
    add(10, "critical flag on a tag the CA does not know", QStringLiteral("www.example.org"), none,
        head + "@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 128 contactemail \"ops@example.org\"\n", 1,
        "critical-unknown-tag", "critical-unknown-tag", QStringLiteral("zone"));
    add(11, "nameserver fails type 257", QStringLiteral("www.servfail.test"), none, {}, 2, "lookup-servfail",
        "ns-caa-failure", QStringLiteral("none"));
    add(12, "empty answers without the SOA", QStringLiteral("nosoa.test"), none, {}, 2, "ns-nodata-without-soa",
        "ns-nodata-without-soa", QStringLiteral("none"));
    add(13, "DNSSEC: DS does not match", QStringLiteral("bogus.test"), none, {}, 2, "dnssec-bogus", "dnssec-bogus",
        QStringLiteral("none"));
    add(13, "DNSSEC: signatures expired", QStringLiteral("expired.test"), none, {}, 2, "dnssec-bogus", "dnssec-bogus",
        QStringLiteral("none"));
    add(14, "nameservers disagree", QStringLiteral("split.test"), none, {}, 1, "ns-disagree", "ns-disagree",
        QStringLiteral("server"));
    add(15, "lame delegation", QStringLiteral("lame.test"), none, {}, 2, "", "ns-unreachable", QStringLiteral("none"));
    add(16, "only remote perspectives fail", QStringLiteral("a.b.c.d.slow.test"),
        { QStringLiteral("--error"),
          QStringLiteral("During secondary validation: While processing CAA for a.b.c.d.slow.test: DNS problem: "
                         "query timed out looking up CAA for a.b.c.d.slow.test") },
        {}, 0, "permitted", "ns-perspective-risk", QStringLiteral("none"));
    add(17, "the TLD's servers fail", QStringLiteral("shop.hiccup"), none, {}, 2, "lookup-servfail",
        "tld-lookup-failure", QStringLiteral("none"));
    add(18, "a resolver keeps the old set", QStringLiteral("www.fixed.test"), none, {}, 0, "permitted",
        "resolver-cache-stale", QStringLiteral("none"), QStringLiteral("stale-cache"));
    add(19, "name doubled by a provider's form", QStringLiteral("doubled.test"), none, {}, 1, "owner-doubled-zone",
        "owner-doubled-zone", QStringLiteral("world:doubled.test"));
    add(20, "DNAME in the path", QStringLiteral("host.old.dname.test"), none, {}, 1, "issuer-not-listed",
        "dname-redirect", QStringLiteral("world:dname.test,target.test"));
    add(21, "private ACME CA", QStringLiteral("www.example.org"),
        { QStringLiteral("--ca"), QStringLiteral("ca.internal.example") }, head + "@ CAA 0 issue \"letsencrypt.org\"\n",
        1, "issuer-not-listed", "issuer-not-listed", QStringLiteral("zone"));
    add(22, "the resolver between you and the world", QStringLiteral("www.permit.test"),
        { QStringLiteral("--resolver"), net() + QStringLiteral(".11") }, {}, 0, "permitted", "resolver-fails-caa",
        QStringLiteral("none"));
    Q_UNUSED(le);
}

void TestRootCauses::causes()
{
    QFETCH(int, cause);
    QFETCH(QString, name);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, zone);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    QFETCH(QString, finding);
    QFETCH(QString, fixWith);
    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QStringList source;
    if (!zone.isEmpty()) {
        const QString path = dir.filePath(QStringLiteral("example.org.zone"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(zone);
        f.close();
        source = { QStringLiteral("--zone"), path };
    } else if (!args.contains(QStringLiteral("--resolver"))) {
        source = { QStringLiteral("--resolver"), resolver() };
    }
    if (setup == QLatin1String("stale-cache")) {
        // The old set is what the resolver caches; then the owner's fix is published.
        const QString zones = QStringLiteral(CAA_SOURCE_DIR "/tests/dnsworld/zones/");
        QCOMPARE(
            world({ QStringLiteral("load"), QStringLiteral("fixed.test"), zones + QStringLiteral("fixed.test.zone") })
                .exitCode,
            0);
        QCOMPARE(world({ QStringLiteral("flush") }).exitCode, 0);
        QCOMPARE(cli({ QStringLiteral("check"), name, QStringLiteral("--no-matrix"), QStringLiteral("--resolver"),
                       resolver() })
                     .exitCode,
                 1);
        QCOMPARE(world({ QStringLiteral("load"), QStringLiteral("fixed.test"),
                         zones + QStringLiteral("fixed.test.new.zone") })
                     .exitCode,
                 0);
    }
    const QStringList checkArgs
        = QStringList { QStringLiteral("check"), name, QStringLiteral("--json") } + source + args;
    const Run r = cli(checkArgs);
    const QString context = QStringLiteral("cause %1: caa-doctor-cli %2\n%3")
                                .arg(cause)
                                .arg(checkArgs.join(u' '), QString::fromUtf8(r.err));
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(context + QStringLiteral("\nexit %1\n").arg(r.exitCode) + QString::fromUtf8(r.out.left(4000))));
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    const QJsonObject v = root.value(QStringLiteral("verdicts")).toArray().first().toObject();
    if (!reason.isEmpty())
        QVERIFY2(v.value(QStringLiteral("reason")).toString() == reason,
                 qPrintable(context + QStringLiteral("\nreason ") + v.value(QStringLiteral("reason")).toString()));
    const QStringList codes = codesOf(v.value(QStringLiteral("findings")).toArray())
        + codesOf(root.value(QStringLiteral("nameservers")).toObject().value(QStringLiteral("findings")).toArray());
    QVERIFY2(codes.contains(finding), qPrintable(context + QStringLiteral("\nfindings ") + codes.join(u' ')));
    const QJsonArray fixes = v.value(QStringLiteral("fixes")).toArray();

    if (fixWith == QLatin1String("none")) {
        // Nothing in the records can fix it: no record fix is offered, and the verdict says what to do instead.
        QVERIFY2(fixes.isEmpty(), qPrintable(context));
        QVERIFY(!v.value(QStringLiteral("action")).toString().isEmpty());
        return;
    }
    QVERIFY2(!fixes.isEmpty(), qPrintable(context));
    if (fixWith == QLatin1String("server")) {
        // No record changes: the stale server must serve the current zone. Proven by asking the current one.
        const QJsonObject fix = fixes.first().toObject();
        QVERIFY(fix.value(QStringLiteral("records")).toArray().isEmpty());
        QVERIFY(!fix.value(QStringLiteral("description")).toString().isEmpty());
        const Run fresh = cli({ QStringLiteral("check"), name, QStringLiteral("--no-matrix"),
                                QStringLiteral("--resolver"), net() + QStringLiteral(".3") });
        QCOMPARE(fresh.exitCode, 0);
        return;
    }
    // A record fix: written into the zone file it concerns, the CA issues.
    QStringList files;
    if (fixWith == QLatin1String("zone")) {
        files = { source.value(1) };
    } else {
        for (const QString& z : fixWith.mid(6).split(u',')) {
            const QString path = worldZone(dir, z);
            QVERIFY(!path.isEmpty());
            files << path;
        }
    }
    QStringList zoneArgs;
    for (const QString& f : files)
        zoneArgs << QStringLiteral("--zone") << f;
    QStringList requestArgs = args;
    if (const qsizetype e = requestArgs.indexOf(QStringLiteral("--error")); e >= 0)
        requestArgs.remove(e, 2);
    const Run fixed
        = cli(QStringList { QStringLiteral("fix"), name, QStringLiteral("--write") } + zoneArgs + requestArgs);
    QVERIFY2(fixed.exitCode == 0,
             qPrintable(context + QStringLiteral("\nfix: ") + QString::fromUtf8(fixed.out + fixed.err)));
    const Run after = cli(QStringList { QStringLiteral("check"), name } + zoneArgs + requestArgs);
    QVERIFY2(after.exitCode == 0,
             qPrintable(context + QStringLiteral("\nafter the fix: ") + QString::fromUtf8(after.out)));
}

QTEST_GUILESS_MAIN(TestRootCauses)
#include "tst_rootcauses.moc"
