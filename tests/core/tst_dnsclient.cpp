#include "caa/dnsclient.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace caa;

class TestDnsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normaliseServer_data();
    void normaliseServer();
    void invalidServerFailsEveryQueryLater();
    void deadlineWhenNothingAnswers();
    void aServerGivenTwiceIsOne();
};

void TestDnsClient::normaliseServer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised"); // empty: invalid
    QTest::addRow("IPv4") << "192.0.2.1"
                          << "192.0.2.1:53";
    QTest::addRow("IPv4 with port") << " 127.0.0.1:5353 "
                                    << "127.0.0.1:5353";
    QTest::addRow("IPv6") << "2001:db8::1"
                          << "[2001:db8::1]:53";
    QTest::addRow("IPv6 loopback") << "::1"
                                   << "[::1]:53";
    QTest::addRow("IPv6 bracketed with port") << "[::1]:5353"
                                              << "[::1]:5353";
    QTest::addRow("IPv6 bracketed without port") << "[2001:db8::53]"
                                                 << "[2001:db8::53]:53";
    QTest::addRow("host name") << "dns.google"
                               << "";
    QTest::addRow("port zero") << "127.0.0.1:0"
                               << "";
    QTest::addRow("port too big") << "127.0.0.1:65536"
                                  << "";
    QTest::addRow("port not a number") << "127.0.0.1:x"
                                       << "";
    QTest::addRow("unclosed bracket") << "[::1:53"
                                      << "";
    QTest::addRow("bracket junk") << "[::1]x"
                                  << "";
    QTest::addRow("bad IPv4") << "256.1.1.1"
                              << "";
    QTest::addRow("empty") << ""
                           << "";
    // Shorthand IPv4 forms that inet_aton reads (1.2.3 = 1.2.0.3) were passed on and came out as other addresses
    // (1.2.3.32): only the dotted quad is an address here.
    QTest::addRow("three parts") << "1.2.3"
                                 << "";
    QTest::addRow("two parts") << "127.1"
                               << "";
    QTest::addRow("one number") << "10"
                                << "";
    QTest::addRow("three parts with port") << "127.53.10:53"
                                           << "";
    QTest::addRow("hex part") << "0x7f.0.0.1"
                              << "";
    QTest::addRow("trailing dot") << "127.0.0.1."
                                  << "";
    QTest::addRow("IPv4 in IPv6 form") << "::ffff:127.0.0.1"
                                       << "[::ffff:127.0.0.1]:53";
}

void TestDnsClient::normaliseServer()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QString out, error;
    const bool ok = DnsClient::normaliseServer(input, &out, &error);
    QCOMPARE(ok, !normalised.isEmpty());
    if (ok)
        QCOMPARE(out, normalised);
    else
        QVERIFY(error.contains(input.trimmed().isEmpty() ? QStringLiteral("invalid resolver") : input.trimmed()));
}

void TestDnsClient::invalidServerFailsEveryQueryLater()
{
    DnsClientOptions options;
    options.servers = { QStringLiteral("not-an-address") };
    DnsClient client(options);
    QVERIFY(!client.isValid());
    QVERIFY(client.errorString().contains(QStringLiteral("invalid resolver")));
    bool called = false;
    DnsReply reply;
    client.query(QStringLiteral("example.com"), 257, true, false, [&](const DnsReply& r) {
        called = true;
        reply = r;
    });
    QVERIFY(!called); // never synchronously
    QTRY_VERIFY_WITH_TIMEOUT(called, 2000);
    QCOMPARE(reply.transport, DnsReply::NetworkError);
}

void TestDnsClient::deadlineWhenNothingAnswers()
{
    // A loopback socket that reads queries and never answers: the client reports a timeout at its deadline.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    DnsClientOptions options;
    options.servers = { QStringLiteral("127.0.0.1:%1").arg(silent.localPort()) };
    options.timeoutMs = 150;
    options.tries = 2;
    DnsClient client(options);
    QVERIFY(client.isValid());
    QElapsedTimer timer;
    timer.start();
    bool called = false;
    DnsReply reply;
    client.query(QStringLiteral("example.com"), 257, true, false, [&](const DnsReply& r) {
        called = true;
        reply = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 3000);
    QCOMPARE(reply.transport, DnsReply::Timeout);
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY2(timer.elapsed() < 150 * 2 + 400, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(silent.hasPendingDatagrams()); // it really asked
    QCOMPARE(client.pendingCount(), 0);
}

// Issue 12: the same resolver given twice ("192.0.2.1", "192.0.2.1:53") was listed twice as the source.
void TestDnsClient::aServerGivenTwiceIsOne()
{
    DnsClientOptions o;
    o.servers = { QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.1:53"), QStringLiteral("[2001:db8::1]"),
                  QStringLiteral("[2001:db8::1]:53") };
    DnsClient client(o);
    QVERIFY(client.isValid());
    QCOMPARE(client.servers(), QStringList({ QStringLiteral("192.0.2.1:53"), QStringLiteral("[2001:db8::1]:53") }));
}

QTEST_GUILESS_MAIN(TestDnsClient)
#include "tst_dnsclient.moc"
