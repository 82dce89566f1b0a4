#include "caa/batchrunner.h"
#include "testzones.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace caa;

namespace {

std::shared_ptr<const ZoneSet> zones()
{
    return test::zoneSetFromText(
        "@ 60 SOA a b 1 2 3 4 5\n@ 60 NS ns\n@ 60 CAA 0 issue \"pki.goog\"\nwww 60 CAA 0 issue \"letsencrypt.org\"\n");
}

QStringList run(QIODevice* input, int concurrency)
{
    ZoneSource source(zones());
    BatchRunner runner(&source, { letsEncryptProfile() });
    runner.setConcurrency(concurrency);
    QStringList out;
    QObject::connect(&runner, &BatchRunner::itemReady, &runner, [&](const BatchRunner::Item& item) {
        out.append(item.isName()
                       ? item.text + u'=' + QLatin1String(outcomeCode(item.diagnosis.verdicts.first().outcome))
                       : item.text + QStringLiteral("=invalid"));
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(input);
    if (!finished.wait(10000))
        out.append(QStringLiteral("TIMEOUT"));
    return out;
}

} // namespace

class TestBatchRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inputOrderKept();
    void manyInvalidLinesDoNotStall();
    void bufferInputEnds();
    void lastLineWithoutNewline();
};

void TestBatchRunner::inputOrderKept()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("www.example.com\n# comment\nexample.com\n\n  x.example.com  \n");
    file.seek(0);
    QCOMPARE(run(&file, 2),
             QStringList({ QStringLiteral("www.example.com=permit"), QStringLiteral("example.com=forbid"),
                           QStringLiteral("x.example.com=forbid") }));
}

void TestBatchRunner::manyInvalidLinesDoNotStall()
{
    // A CSV of "rank,name" lines: every line is an invalid name. More of them than the reorder backlog holds.
    QTemporaryFile file;
    QVERIFY(file.open());
    for (int i = 0; i < 50; ++i)
        file.write(QByteArray::number(i) + ",example" + QByteArray::number(i) + ".com\n");
    file.write("www.example.com\n");
    file.seek(0);
    const QStringList out = run(&file, 1);
    QCOMPARE(out.size(), 51);
    QCOMPARE(out.last(), QStringLiteral("www.example.com=permit"));
}

void TestBatchRunner::bufferInputEnds()
{
    QByteArray data("www.example.com\nexample.com\n");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(run(&buffer, 4).size(), 2);
}

void TestBatchRunner::lastLineWithoutNewline()
{
    QByteArray data("example.com\nwww.example.com");
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(run(&buffer, 4),
             QStringList({ QStringLiteral("example.com=forbid"), QStringLiteral("www.example.com=permit") }));
}

QTEST_GUILESS_MAIN(TestBatchRunner)
#include "tst_batchrunner.moc"
