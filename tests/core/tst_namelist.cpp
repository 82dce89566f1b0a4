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
}

QTEST_GUILESS_MAIN(TestNameList)
#include "tst_namelist.moc"
