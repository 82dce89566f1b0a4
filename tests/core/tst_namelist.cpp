#include "caa/namelist.h"

#include <QFile>
#include <QTest>

using namespace caa;

class TestNameList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lists_data();
    void lists();
    void certificates_data();
    void certificates();
    void chosenColumn_data();
    void chosenColumn();
    void repeatedNamesAreCounted();
    void needsWholeFile_data();
    void needsWholeFile();
    void damagedPemIsExplained();
    void binaryIsRefused();
};

namespace {
QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(CAA_TEST_DATA "/names/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestNameList::lists_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QString>("column");
    QTest::newRow("text file") << readData(QStringLiteral("domains.txt")) << QStringLiteral("domains.txt")
                               << int(NameList::Text)
                               << QStringList { QStringLiteral("example.com"), QStringLiteral("www.example.com"),
                                                QStringLiteral("bad..name"), QStringLiteral("*.example.org") }
                               << QList<int> { 2, 3, 5, 6 } << QString();
    QTest::newRow("csv with a header") << readData(QStringLiteral("domains.csv")) << QStringLiteral("domains.csv")
                                       << int(NameList::Csv)
                                       << QStringList { QStringLiteral("example.com"),
                                                        QStringLiteral("WWW.example.com"),
                                                        QStringLiteral("shop.example.com") }
                                       << QList<int> { 2, 3, 5 } << QStringLiteral("domain");
    QTest::newRow("csv without a header, names in column 2")
        << QByteArray("1;example.com;x\n2;b.example.com;y\r\n") << QString() << int(NameList::Csv)
        << QStringList { QStringLiteral("example.com"), QStringLiteral("b.example.com") } << QList<int> { 1, 2 }
        << QStringLiteral("column 2");
    QTest::newRow("tsv with an unknown header")
        << QByteArray("id\thost name\n1\ta.example.com\n2\tb.example.com\n") << QStringLiteral("x.tsv")
        << int(NameList::Csv) << QStringList { QStringLiteral("a.example.com"), QStringLiteral("b.example.com") }
        << QList<int> { 2, 3 } << QStringLiteral("host name");
    QTest::newRow("csv under a shorter title row") // the title row is data without a name (review finding: crashed)
        << QByteArray(
               "Export by X,2024-01-01\nid,owner,expires,domain\n1,a,2025,a.example.com\n2,b,2025,b.example.com\n")
        << QStringLiteral("x.csv") << int(NameList::Csv)
        << QStringList { QStringLiteral("a.example.com"), QStringLiteral("b.example.com") } << QList<int> { 3, 4 }
        << QStringLiteral("domain");
    QTest::newRow("one column with a header")
        << QByteArray("Domain\nexample.com\n") << QString() << int(NameList::Text)
        << QStringList { QStringLiteral("example.com") } << QList<int> { 2 } << QString();
    QTest::newRow("a ';' that makes no table") // a text list is not refused for one (issue 13 item 11)
        << QByteArray("hello; world\n") << QString() << int(NameList::Text)
        << QStringList { QStringLiteral("hello; world") } << QList<int> { 1 } << QString();
    QTest::newRow("bom and crlf") << QByteArray("\xEF\xBB\xBF"
                                                "example.com\r\nwww.example.com\r\n")
                                  << QString() << int(NameList::Text)
                                  << QStringList { QStringLiteral("example.com"), QStringLiteral("www.example.com") }
                                  << QList<int> { 1, 2 } << QString();
    QTest::newRow("certificate") << readData(QStringLiteral("cert-san.pem")) << QStringLiteral("cert-san.pem")
                                 << int(NameList::Certificates)
                                 << QStringList { QStringLiteral("www.example.com"), QStringLiteral("example.com"),
                                                  QStringLiteral("*.shop.example.com") }
                                 << QList<int> { 1, 1, 1 } << QString();
}

void TestNameList::lists()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(int, kind);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, lines);
    QFETCH(QString, column);
    const NameList list = readNameList(data, fileName);
    QVERIFY2(list.error.isEmpty(), qPrintable(list.error));
    QCOMPARE(int(list.kind), kind);
    QStringList got;
    QList<int> gotLines;
    for (const NameListEntry& e : list.names) {
        got.append(e.text);
        gotLines.append(e.line);
    }
    QCOMPARE(got, names);
    QCOMPARE(gotLines, lines);
    QCOMPARE(list.column, column);
}

// Issue 13 item 11: the column that holds the names can be chosen, by header or number; one that is not there is
// an error that names the columns there are.
void TestNameList::chosenColumn_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("error"); // a part of it
    const QByteArray table = "id,primary,backup\n1,a.example.com,b.example.net\n2,c.example.com,d.example.net\n";
    QTest::newRow("guess: the first column with names")
        << table << QString() << QStringList { QStringLiteral("a.example.com"), QStringLiteral("c.example.com") }
        << QString();
    QTest::newRow("by header, any case") << table << QStringLiteral("BACKUP")
                                         << QStringList { QStringLiteral("b.example.net"),
                                                          QStringLiteral("d.example.net") }
                                         << QString();
    QTest::newRow("by number") << table << QStringLiteral("3")
                               << QStringList { QStringLiteral("b.example.net"), QStringLiteral("d.example.net") }
                               << QString();
    QTest::newRow("number past the last") << table << QStringLiteral("4") << QStringList()
                                          << QStringLiteral("there is no column 4: the table has 3 columns");
    QTest::newRow("header not there") << table << QStringLiteral("fqdn") << QStringList()
                                      << QStringLiteral("no column is called \"fqdn\"; the first row has \"id\", "
                                                        "\"primary\", \"backup\"");
    QTest::newRow("a plain list has no columns") << QByteArray("a.example.com\nb.example.com\n") << QStringLiteral("2")
                                                 << QStringList() << QStringLiteral("one name per line has one column");
    // The trial of issue 14: "--column 2" read the header row "Owner" as a name where "--column Owner" skipped it.
    QTest::newRow("header skipped when the column is chosen by number")
        << QByteArray("Name;Owner\nwww.example.com;a\nexample.com;b\n") << QStringLiteral("2")
        << QStringList { QStringLiteral("a"), QStringLiteral("b") } << QString();
    QTest::newRow("the same by header") << QByteArray("Name;Owner\nwww.example.com;a\nexample.com;b\n")
                                        << QStringLiteral("owner")
                                        << QStringList { QStringLiteral("a"), QStringLiteral("b") } << QString();
    // A one-column table is a list with column 1, called by its header.
    const QByteArray oneColumn = "fqdn\n\"www.example.com\"\n\"mail.example.com\"\n";
    QTest::newRow("one column is column 1")
        << oneColumn << QStringLiteral("1")
        << QStringList { QStringLiteral("www.example.com"), QStringLiteral("mail.example.com") } << QString();
    QTest::newRow("one column by its header")
        << oneColumn << QStringLiteral("FQDN")
        << QStringList { QStringLiteral("www.example.com"), QStringLiteral("mail.example.com") } << QString();
    QTest::newRow("one column has no column 2")
        << oneColumn << QStringLiteral("2") << QStringList()
        << QStringLiteral("has one column (1, \"fqdn\"): there is no column \"2\"");
    QTest::newRow("a missing number names the columns")
        << table << QStringLiteral("7") << QStringList()
        << QStringLiteral("the table has 3 columns (the first row: \"id\", \"primary\", \"backup\")");
    QTest::newRow("column without a header, by number")
        << QByteArray("1;x;a.example.com\n2;y;b.example.com\n") << QStringLiteral("3")
        << QStringList { QStringLiteral("a.example.com"), QStringLiteral("b.example.com") } << QString();
}

void TestNameList::repeatedNamesAreCounted()
{
    // Checked once, and counted so that the CLI can say so (a CSV with a name twice had one row, silently).
    const NameList list = readNameList("domain\na.example.com\nb.example.com\nA.example.com\na.example.com\n",
                                       QStringLiteral("list.csv"));
    QCOMPARE(list.names.size(), 2);
    QCOMPARE(list.repeated, 2);
}

void TestNameList::chosenColumn()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, column);
    QFETCH(QStringList, names);
    QFETCH(QString, error);
    const NameList list = readNameList(data, QStringLiteral("list.csv"), column);
    QStringList got;
    for (const NameListEntry& e : list.names)
        got.append(e.text);
    QCOMPARE(got, names);
    QVERIFY2(error.isEmpty() ? list.error.isEmpty() : list.error.contains(error), qPrintable(list.error));
    QCOMPARE(list.columnNotFound, !error.isEmpty());
}

void TestNameList::needsWholeFile_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("whole");
    QTest::newRow("plain list") << QByteArray("a.example.com\nb.example.com\n") << QStringLiteral("-") << false;
    QTest::newRow("comment with a comma")
        << QByteArray("# names, one per line\na.example.com\n") << QStringLiteral("names.txt") << false;
    QTest::newRow("table without a header") << QByteArray("1,a.example.com\n") << QStringLiteral("-") << true;
    QTest::newRow("csv by name") << QByteArray("a.example.com\n") << QStringLiteral("x.CSV") << true;
    QTest::newRow("PEM") << QByteArray("junk\n-----BEGIN CERTIFICATE-----\n") << QStringLiteral("-") << true;
    QTest::newRow("DER by name") << QByteArray("\x30\x82\x01\x00", 4) << QStringLiteral("x.der") << true;
}

void TestNameList::needsWholeFile()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(bool, whole);
    QCOMPARE(nameListNeedsWholeFile(fileName, head), whole);
}

void TestNameList::certificates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("request");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("dnsNames");
    QTest::newRow("PEM certificate, SANs of several kinds")
        << QStringLiteral("cert-san.pem") << false << QStringLiteral("www.example.com")
        << QStringList { QStringLiteral("www.example.com"), QStringLiteral("example.com"),
                         QStringLiteral("*.shop.example.com") };
    QTest::newRow("DER certificate") << QStringLiteral("cert-san.der") << false << QStringLiteral("www.example.com")
                                     << QStringList { QStringLiteral("www.example.com"), QStringLiteral("example.com"),
                                                      QStringLiteral("*.shop.example.com") };
    QTest::newRow("request with SANs") << QStringLiteral("request-san.csr") << true << QStringLiteral("req.example.net")
                                       << QStringList { QStringLiteral("req.example.net"),
                                                        QStringLiteral("api.example.net") };
    QTest::newRow("request with a common name only")
        << QStringLiteral("request-cn.csr") << true << QStringLiteral("cn-only.example.org") << QStringList();
}

void TestNameList::certificates()
{
    QFETCH(QString, file);
    QFETCH(bool, request);
    QFETCH(QString, commonName);
    QFETCH(QStringList, dnsNames);
    QString error;
    const QList<CertificateNames> certs = readCertificates(readData(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(certs.size(), 1);
    QCOMPARE(certs.first().isRequest, request);
    QCOMPARE(certs.first().commonName, commonName);
    QCOMPARE(certs.first().dnsNames, dnsNames);
    // A request without SANs is checked for its common name.
    const NameList list = readNameList(readData(file), file);
    QCOMPARE(list.names.first().text, dnsNames.isEmpty() ? commonName : dnsNames.first());
}

void TestNameList::damagedPemIsExplained()
{
    QByteArray pem = readData(QStringLiteral("cert-san.pem"));
    pem.replace(100, 4, "!!!!"); // not base64 any more
    const NameList list = readNameList(pem, QStringLiteral("x.pem"));
    QVERIFY(list.names.isEmpty());
    QVERIFY2(list.error.contains(QLatin1String("damaged")), qPrintable(list.error));
    const NameList truncated = readNameList(pem.left(300), QStringLiteral("x.pem"));
    QVERIFY(truncated.error.contains(QLatin1String("END")));
}

void TestNameList::binaryIsRefused()
{
    const NameList list = readNameList(QByteArray("\x7f"
                                                  "ELF\x02\x01\x01\0\0\0",
                                                  10),
                                       QStringLiteral("a.out"));
    QVERIFY(list.names.isEmpty());
    QVERIFY(list.error.contains(QLatin1String("binary")));
    QVERIFY(!readNameList(QByteArray("\n\n# only a comment\n")).error.isEmpty());
    // A trial finding: an unclosed quote swallowed the rest of the file into one cell, silently.
    const NameList unclosed = readNameList(
        QByteArray("domain,n\nexample.com,1\n\"open.example.com,2\nwww.example.com,3\n"), QStringLiteral("x.csv"));
    QVERIFY(unclosed.names.isEmpty());
    QCOMPARE(unclosed.error, QStringLiteral("line 3: a quote opens a cell there and is never closed"));
    // Issue 13 item 20: a key was "certificates with no DNS names".
    const NameList key
        = readNameList(QByteArray("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n"),
                       QStringLiteral("k.pem"));
    QVERIFY2(key.error.startsWith(QStringLiteral("this is a private key")), qPrintable(key.error));
}

QTEST_GUILESS_MAIN(TestNameList)
#include "tst_namelist.moc"
