#include "caa/zonefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

namespace {

ZoneFile parse(const QByteArray& text, const char* origin = "example.com")
{
    ZoneLoadOptions options;
    options.origin = QString::fromLatin1(origin);
    return ZoneFile::parse(text, QStringLiteral("t.zone"), options);
}

QString errorsOf(const ZoneFile& zone)
{
    QStringList lines;
    for (const ZoneError& e : zone.errors())
        lines.append(QStringLiteral("%1:%2 %3").arg(e.line).arg(e.column).arg(e.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestZoneFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ttlDefaults_data();
    void ttlDefaults();
    void ownersAndSpans();
    void lineEndingsAndBom();
    void errorPositions_data();
    void errorPositions();
    void parsingContinuesAfterErrors();
    void errorLimit();
    void includeFilesAndIndices();
    void refusesHugeFilesAndFolders();
    void caaForms_data();
    void caaForms();
};

void TestZoneFile::ttlDefaults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<quint32>>("ttls");
    QTest::addRow("$TTL") << QByteArray("$TTL 1h\n@ SOA a b 1 2 3 4 5\nx A 192.0.2.1\n")
                          << QList<quint32> { 3600, 3600 };
    QTest::addRow("$TTL units") << QByteArray("$TTL 1d2h3m4s\nx A 192.0.2.1\ny 1W A 192.0.2.1\n")
                                << QList<quint32> { 93784, 604800 };
    QTest::addRow("explicit beats $TTL") << QByteArray("$TTL 60\nx 30 A 192.0.2.1\ny A 192.0.2.1\n")
                                         << QList<quint32> { 30, 60 };
    QTest::addRow("last explicit without $TTL (RFC 1035)")
        << QByteArray("@ 120 SOA a b 1 2 3 4 5\nx 30 A 192.0.2.1\ny A 192.0.2.1\n") << QList<quint32> { 120, 30, 30 };
    QTest::addRow("SOA minimum when nothing else")
        << QByteArray("@ SOA a b 1 2 3 4 77\nx A 192.0.2.1\n") << QList<quint32> { 77, 77 };
    QTest::addRow("class and ttl in either order")
        << QByteArray("x IN 40 A 192.0.2.1\ny 50 IN A 192.0.2.1\n") << QList<quint32> { 40, 50 };
}

void TestZoneFile::ttlDefaults()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<quint32>, ttls);
    const ZoneFile zone = parse(text);
    QVERIFY2(zone.errors().isEmpty(), qPrintable(errorsOf(zone)));
    QCOMPARE(zone.recordCount(), ttls.size());
    for (int i = 0; i < ttls.size(); ++i)
        QCOMPARE(zone.record(i).ttl, ttls[i]);
}

void TestZoneFile::ownersAndSpans()
{
    const QByteArray text = "$ORIGIN Example.COM.\n"
                            "@   SOA ns1 host ( 1 2\n   3 4 5 ) ; soa\n"
                            "WWW A 192.0.2.1\n"
                            "\tAAAA 2001:db8::1\n"
                            "$ORIGIN sub\n"
                            "x   CAA 0 issue \"letsencrypt.org\"  ; note\n"
                            "abs.example.net. CNAME @\n";
    const ZoneFile zone = parse(text, "");
    QVERIFY2(zone.errors().isEmpty(), qPrintable(errorsOf(zone)));
    QCOMPARE(zone.origin(), QStringLiteral("example.com"));
    QCOMPARE(zone.recordCount(), 5);
    QCOMPARE(zone.ownerOf(1), QStringLiteral("www.example.com"));
    QCOMPARE(zone.ownerOf(2), QStringLiteral("www.example.com"));
    QVERIFY(zone.record(1).flags & ZoneRecord::OwnerExplicit);
    QVERIFY(!(zone.record(2).flags & ZoneRecord::OwnerExplicit));
    QCOMPARE(zone.ownerOf(3), QStringLiteral("x.sub.example.com"));
    QCOMPARE(zone.name(zone.record(4).target), QStringLiteral("sub.example.com"));
    QCOMPARE(zone.soaSerial(), 1u);
    QCOMPARE(zone.soaMinimum(), 5u);
    // The SOA spans three lines; its text ends before the final newline, comment included.
    const ZoneRecord& soa = zone.record(0);
    QCOMPARE(text.mid(soa.begin, soa.end - soa.begin), QByteArray("@   SOA ns1 host ( 1 2\n   3 4 5 ) ; soa"));
    QCOMPARE(int(soa.line), 2);
    QCOMPARE(zone.rdataText(3), QByteArrayView("0 issue \"letsencrypt.org\""));
    QCOMPARE(int(zone.record(3).line), 7);
    QCOMPARE(zone.caa(3).value, QByteArray("letsencrypt.org"));
}

void TestZoneFile::lineEndingsAndBom()
{
    const ZoneFile crlf = parse("\xEF\xBB\xBF@ 60 SOA a b 1 2 3 4 5\r\nx 60 TXT \"a b\"\r\n");
    QVERIFY2(crlf.errors().isEmpty(), qPrintable(errorsOf(crlf)));
    QVERIFY(crlf.files()[0].crlf);
    QVERIFY(crlf.files()[0].bom);
    QCOMPARE(crlf.rdataText(1), QByteArrayView("\"a b\""));
    const ZoneRecord& r = crlf.record(1);
    QCOMPARE(crlf.files()[0].content.mid(r.end, 2), QByteArray("\r\n"));
    const ZoneFile lf = parse("x 60 A 192.0.2.1");
    QVERIFY(!lf.files()[0].crlf);
    QVERIFY(!lf.files()[0].bom);
    QCOMPARE(lf.recordCount(), 1);
}

void TestZoneFile::errorPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("unbalanced paren reported where it opened")
        << QByteArray("x 60 A 192.0.2.1\ny 60 TXT ( \"a\"\n\"b\"\n") << 2 << 10 << "never closed";
    QTest::addRow("stray close paren") << QByteArray("x 60 A 192.0.2.1 )\n") << 1 << 18 << "without a matching";
    QTest::addRow("unterminated quote") << QByteArray("x 60 TXT \"abc\n") << 1 << 10 << "unterminated";
    QTest::addRow("bad ttl") << QByteArray("x 1x A 192.0.2.1\n") << 1 << 3 << "bad TTL";
    QTest::addRow("unknown type") << QByteArray("x 60 BOGUS 1\n") << 1 << 6 << "unknown record type";
    QTest::addRow("A out of range") << QByteArray("x 60 A 192.0.2.256\n") << 1 << 8 << "not an IPv4";
    QTest::addRow("AAAA garbage") << QByteArray("x 60 AAAA 2001:db8:::1\n") << 1 << 11 << "not an IPv6";
    QTest::addRow("CAA flags 256") << QByteArray("x 60 CAA 256 issue \"a\"\n") << 1 << 10 << "0 to 255";
    QTest::addRow("CAA tag with hyphen") << QByteArray("x 60 CAA 0 issue-wild \"a\"\n") << 1 << 10 << "letters";
    QTest::addRow("CAA value with spaces") << QByteArray("x 60 CAA 0 issue a b\n") << 1 << 10 << "quotes";
    QTest::addRow("generic length") << QByteArray("x 60 TYPE999 \\# 3 0102\n") << 1 << 17 << "does not match";
    QTest::addRow("64-octet label") << QByteArray(QByteArray(64, 'a') + " 60 A 192.0.2.1\n") << 1 << 1 << "63 octets";
    QTest::addRow("empty label") << QByteArray("a..b 60 A 192.0.2.1\n") << 1 << 3 << "empty label";
    QTest::addRow("no owner yet") << QByteArray("   60 A 192.0.2.1\n") << 1 << 1 << "without an owner";
    QTest::addRow("unknown directive") << QByteArray("$FOO bar\n") << 1 << 1 << "unknown directive";
    QTest::addRow("binary") << QByteArray("x 60 A 192.0.2.1\ny\x01 60 A 192.0.2.1\n", 36) << 2 << 1 << "binary data";
    // Issue 13 item 3: records that Knot and BIND refuse to load were accepted.
    QTest::addRow("TXT string over 255 octets")
        << QByteArray("x 60 TXT \"a\" \"" + QByteArray(256, 'b') + "\"\n") << 1 << 14 << "at most 255";
    QTest::addRow("TXT string over 255 octets by escapes")
        << QByteArray("x 60 TXT \"" + QByteArray("\\065").repeated(256) + "\"\n") << 1 << 10 << "256 octets";
    QTest::addRow("TXT RDATA over 65,535 octets")
        << QByteArray("x 60 TXT " + QByteArray("\"" + QByteArray(255, 'c') + "\" ").repeated(257) + "\n") << 1 << 10
        << "65792 octets";
    QTest::addRow("CAA RDATA over 65,535 octets")
        << QByteArray("x 60 CAA 0 issue \"" + QByteArray(65530, 'd') + "\"\n") << 1 << 10 << "65537 octets";
}

void TestZoneFile::errorPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ZoneFile zone = parse(text);
    QVERIFY(!zone.errors().isEmpty());
    const ZoneError& e = zone.errors().first();
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(zone.describeError(e).startsWith(QStringLiteral("t.zone:%1:%2: ").arg(line).arg(column)));
}

void TestZoneFile::parsingContinuesAfterErrors()
{
    const ZoneFile zone = parse("a 60 A 1.2.3\nb 60 A 192.0.2.1\nc 60 CAA 0 issue\nd 60 CAA 0 issue \"x\"\n");
    QCOMPARE(zone.errors().size(), 2);
    QCOMPARE(zone.errors()[0].line, 1);
    QCOMPARE(zone.errors()[1].line, 3);
    QCOMPARE(zone.recordCount(), 2); // the good lines are kept
}

void TestZoneFile::errorLimit()
{
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "x 60 A 999.0.0.1\n";
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    options.maxErrors = 100;
    const ZoneFile zone = ZoneFile::parse(text, QStringLiteral("t.zone"), options);
    QCOMPARE(zone.errors().size(), 101);
    QVERIFY(zone.errors().last().message.contains(QStringLiteral("too many errors")));
}

void TestZoneFile::includeFilesAndIndices()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("inc")));
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("main.zone"),
          "$ORIGIN example.com.\n$TTL 60\n@ SOA a b 1 2 3 4 5\n"
          "$INCLUDE inc/a.inc sub.example.com.\nafter A 192.0.2.9\n");
    write(QStringLiteral("inc/a.inc"), "x A 192.0.2.1\n$INCLUDE b.inc\n");
    write(QStringLiteral("inc/b.inc"), "y A 192.0.2.2\n$INCLUDE a.inc\n");
    const ZoneFile zone = ZoneFile::load(dir.filePath(QStringLiteral("main.zone")));
    QCOMPARE(zone.files().size(), 3);
    QCOMPARE(zone.errors().size(), 1);
    QVERIFY(zone.errors()[0].message.contains(QStringLiteral("loop")));
    QCOMPARE(zone.errors()[0].fileIndex, 2);
    QCOMPARE(zone.errors()[0].line, 2);
    QCOMPARE(zone.ownerOf(1), QStringLiteral("x.sub.example.com"));
    QCOMPARE(int(zone.record(1).file), 1);
    QCOMPARE(zone.ownerOf(2), QStringLiteral("y.sub.example.com"));
    QCOMPARE(int(zone.record(2).file), 2);
    QCOMPARE(zone.ownerOf(3), QStringLiteral("after.example.com")); // origin restored after the include
}

void TestZoneFile::refusesHugeFilesAndFolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.zone"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(3 * 1024 * 1024)); // sparse
    f.close();
    ZoneLoadOptions options;
    options.maxFileSize = 1024 * 1024;
    const ZoneFile big = ZoneFile::load(path, options);
    QVERIFY(big.openFailed());
    QVERIFY(big.errors().first().message.contains(QStringLiteral("not supported")));
    const ZoneFile folder = ZoneFile::load(dir.path());
    QVERIFY(folder.openFailed());
    QVERIFY(folder.errors().first().message.contains(QStringLiteral("folder")));
    const ZoneFile missing = ZoneFile::load(dir.filePath(QStringLiteral("nope.zone")));
    QVERIFY(missing.openFailed());
}

void TestZoneFile::caaForms_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<int>("flags");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("value");
    QTest::addRow("quoted") << QByteArray("0 issue \"letsencrypt.org\"") << 0 << QByteArray("issue")
                            << QByteArray("letsencrypt.org");
    QTest::addRow("unquoted") << QByteArray("128 ISSUE letsencrypt.org") << 128 << QByteArray("ISSUE")
                              << QByteArray("letsencrypt.org");
    QTest::addRow("escapes") << QByteArray("0 issue \"a\\\"b\\\\c\\059d\"") << 0 << QByteArray("issue")
                             << QByteArray("a\"b\\c;d");
    QTest::addRow("semicolon in quotes is not a comment")
        << QByteArray("0 issue \"letsencrypt.org; validationmethods=dns-01\"") << 0 << QByteArray("issue")
        << QByteArray("letsencrypt.org; validationmethods=dns-01");
    QTest::addRow("generic") << QByteArray("\\# 22 000569737375656c657473656e63727970742e6f7267") << 0
                             << QByteArray("issue") << QByteArray("letsencrypt.org");
    QTest::addRow("parentheses and comment")
        << QByteArray("( 0 issuewild ; tag\n  \";\" )") << 0 << QByteArray("issuewild") << QByteArray(";");
    QTest::addRow("empty value") << QByteArray("0 issue \"\"") << 0 << QByteArray("issue") << QByteArray();
}

void TestZoneFile::caaForms()
{
    QFETCH(QByteArray, rdata);
    QFETCH(int, flags);
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, value);
    for (const QByteArray& type : { QByteArray("CAA"), QByteArray("TYPE257") }) {
        const ZoneFile zone = parse("x 60 " + type + ' ' + rdata + '\n');
        QVERIFY2(zone.errors().isEmpty(), qPrintable(errorsOf(zone)));
        QCOMPARE(zone.recordCount(), 1);
        QCOMPARE(zone.record(0).type, rrtype::CAA);
        QCOMPARE(int(zone.caa(0).flags), flags);
        QCOMPARE(zone.caa(0).tag, tag);
        QCOMPARE(zone.caa(0).value, value);
    }
}

QTEST_GUILESS_MAIN(TestZoneFile)
#include "tst_zonefile.moc"
