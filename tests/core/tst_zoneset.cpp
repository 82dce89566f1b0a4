#include "caa/zoneset.h"

#include <QTest>

using namespace caa;

namespace {

std::shared_ptr<const ZoneFile> zone(const char* text, const char* origin)
{
    ZoneLoadOptions options;
    options.origin = QString::fromLatin1(origin);
    auto z = std::make_shared<ZoneFile>(ZoneFile::parse(QByteArray(text), QStringLiteral("mem.zone"), options));
    for (const ZoneError& e : z->errors())
        qWarning() << z->describeError(e);
    return z;
}

const char* const kExample = R"($TTL 3600
@        SOA   ns1 host 1 7200 3600 1209600 300
@        NS    ns1
ns1      A     192.0.2.1
@        CAA   0 issue "letsencrypt.org"
www      A     192.0.2.2
alias    CNAME target.example.net.
alias2   CNAME alias
loop1    CNAME loop2
loop2    CNAME loop1
a.b.c    A     192.0.2.3
*.wild   CAA   0 issue "pki.goog"
*.wild2  CNAME target.example.net.
old      DNAME new.example.net.
sub      NS    ns.sub
ns.sub   A     192.0.2.9
inside   CNAME www
)";

const char* const kTarget = R"($TTL 600
@        SOA   ns host 5 7200 3600 1209600 60
@        NS    ns
target   CAA   128 issue "sectigo.com"
plain    A     192.0.2.4
x.new    CAA   0 issue "ssl.com"
)";

} // namespace

class TestZoneSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookup_data();
    void lookup();
    void recordLocations();
};

void TestZoneSet::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("records");
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<bool>("loop");

    QTest::addRow("apex records") << "example.com"
                                  << "records" << 1 << QStringList() << false;
    QTest::addRow("existing name without CAA") << "www.example.com"
                                               << "nodata" << 0 << QStringList() << false;
    QTest::addRow("missing name") << "nope.example.com"
                                  << "nxdomain" << 0 << QStringList() << false;
    QTest::addRow("empty non-terminal") << "b.c.example.com"
                                        << "nodata" << 0 << QStringList() << false;
    QTest::addRow("empty non-terminal 2") << "c.example.com"
                                          << "nodata" << 0 << QStringList() << false;
    QTest::addRow("below an existing leaf") << "x.a.b.c.example.com"
                                            << "nxdomain" << 0 << QStringList() << false;
    QTest::addRow("cname into other zone with CAA")
        << "alias.example.com"
        << "records" << 1 << QStringList { QStringLiteral("target.example.net") } << false;
    QTest::addRow("cname chain") << "alias2.example.com"
                                 << "records" << 1
                                 << QStringList { QStringLiteral("alias.example.com"),
                                                  QStringLiteral("target.example.net") }
                                 << false;
    QTest::addRow("cname loop") << "loop1.example.com"
                                << "servfail" << 0
                                << QStringList { QStringLiteral("loop2.example.com"),
                                                 QStringLiteral("loop1.example.com") }
                                << true;
    QTest::addRow("cname inside zone without CAA")
        << "inside.example.com"
        << "nodata" << 0 << QStringList { QStringLiteral("www.example.com") } << false;
    QTest::addRow("wildcard synthesises") << "host.wild.example.com"
                                          << "records" << 1 << QStringList() << false;
    QTest::addRow("wildcard owner's parent is empty non-terminal") << "wild.example.com"
                                                                   << "nodata" << 0 << QStringList() << false;
    QTest::addRow("wildcard cname") << "x.wild2.example.com"
                                    << "records" << 1 << QStringList { QStringLiteral("target.example.net") } << false;
    QTest::addRow("dname below owner") << "x.old.example.com"
                                       << "records" << 1 << QStringList { QStringLiteral("x.new.example.net") }
                                       << false;
    QTest::addRow("dname owner itself is not redirected") << "old.example.com"
                                                          << "nodata" << 0 << QStringList() << false;
    QTest::addRow("below a delegation is not ours") << "host.sub.example.com"
                                                    << "unavailable" << 0 << QStringList() << false;
    QTest::addRow("the delegation point itself") << "sub.example.com"
                                                 << "unavailable" << 0 << QStringList() << false;
    QTest::addRow("outside every zone") << "example.org"
                                        << "unavailable" << 0 << QStringList() << false;
    QTest::addRow("tld outside") << "com"
                                 << "unavailable" << 0 << QStringList() << false;
    QTest::addRow("cname to missing name") << "missing.example.net"
                                           << "nxdomain" << 0 << QStringList() << false;
    QTest::addRow("other zone nodata") << "plain.example.net"
                                       << "nodata" << 0 << QStringList() << false;
}

void TestZoneSet::lookup()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(int, records);
    QFETCH(QStringList, aliases);
    QFETCH(bool, loop);
    ZoneSet set;
    set.add(zone(kExample, "example.com."));
    set.add(zone(kTarget, "example.net."));
    const LookupResult r = set.lookupCaa(name);
    QCOMPARE(QString::fromLatin1(statusCode(r.status)), status);
    QCOMPARE(r.records.size(), records);
    QCOMPARE(r.aliases, aliases);
    QCOMPARE(r.aliasLoop, loop);
    QCOMPARE(r.name, name);
    if (r.status == LookupStatus::NoData || r.status == LookupStatus::NxDomain)
        QVERIFY(r.negativeTtl == 300 || r.negativeTtl == 60);
}

void TestZoneSet::recordLocations()
{
    ZoneSet set;
    set.add(zone(kExample, "example.com."));
    set.add(zone(kTarget, "example.net."));
    const LookupResult r = set.lookupCaa(QStringLiteral("alias.example.com"));
    QCOMPARE(r.records.size(), 1);
    const CaaResourceRecord& rr = r.records.first();
    QCOMPARE(rr.owner, QStringLiteral("target.example.net"));
    QCOMPARE(rr.ttl, 600u);
    QCOMPARE(rr.rdata.flags, quint8(128));
    QCOMPARE(rr.location.zone, 1);
    QCOMPARE(rr.location.line, 4);
    const QByteArray text(kTarget);
    QCOMPARE(text.mid(rr.location.rdataBegin, rr.location.rdataEnd - rr.location.rdataBegin),
             QByteArray("128 issue \"sectigo.com\""));
    QCOMPARE(text.mid(rr.location.begin, rr.location.end - rr.location.begin),
             QByteArray("target   CAA   128 issue \"sectigo.com\""));
}

QTEST_GUILESS_MAIN(TestZoneSet)
#include "tst_zoneset.moc"
