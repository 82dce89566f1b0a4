// PDF reports as a reader gets them: rendered by the real renderer on the offscreen platform, then read back with
// poppler's pdftotext, pdfinfo, pdffonts and pdfdetach (the tools a person or a ticket system would use).
#include "caa/batchrunner.h"
#include "caa/dnssource.h"
#include "diagnosisjson.h"
#include "evidencebundle.h"
#include "messagecatalogue.h"
#include "reportdocument.h"
#include "reportzone.h"

#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace caa;
using caa::test::diagnose;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(60000))
        return t;
    t.exitCode = p.exitCode();
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    return t;
}

// pdftotext -layout joins what a table puts in columns; whitespace runs are one space for comparisons.
QString text(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
        .out.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QString info(const QString& pdf)
{
    return run(QStringLiteral("pdfinfo"), { pdf }).out;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
private Q_SLOTS:
    void initTestCase();
    void singleReport_data();
    void singleReport();
    void pageSizeAndMetadata();
    void fontsAreEmbedded();
    void attachedBundleReopensToTheSameDiagnosis();
    void thousandNameSummary();
    void defaultPaperFollowsTheLocale();
    void unwritablePathsLoseNothing_data();
    void unwritablePathsLoseNothing();
    void fullDiskLeavesNoHalfFile();
};

void TestReport::initTestCase()
{
    for (const char* tool : { "pdftotext", "pdfinfo", "pdffonts", "pdfdetach" })
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 (poppler-utils) is needed").arg(QLatin1String(tool))));
}

void TestReport::singleReport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("cas");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    const QStringList le { QStringLiteral("letsencrypt.org") };
    QTest::newRow("permit") << QStringLiteral("ok.example.org") << le
                            << QStringList { QStringLiteral("Let's Encrypt may issue for ok.example.org"),
                                             QStringLiteral("nothing to fix"), QStringLiteral("Relevant record set"),
                                             QStringLiteral("0 issue \"letsencrypt.org\"") }
                            << QStringList { QStringLiteral("Fix:") };
    QTest::newRow("trailing dot") << QStringLiteral("dot.example.org") << le
                                  << QStringList { QStringLiteral(
                                                       "Let's Encrypt will refuse to issue for dot.example.org"),
                                                   QStringLiteral("with a final dot"),
                                                   QStringLiteral("found \"letsencrypt.org.\""),
                                                   QStringLiteral("expected \"letsencrypt.org\""),
                                                   QStringLiteral("Fix: Remove the trailing dot"),
                                                   QStringLiteral("dot.example.org. CAA 0 issue \"letsencrypt.org\""),
                                                   QStringLiteral("CAA record for dot.example.org prevents issuance"),
                                                   QStringLiteral("RELEVANT SET · BLOCKS"),
                                                   QStringLiteral("caa-doctor-cli check dot.example.org --zone") }
                                  << QStringList();
    QTest::newRow("wildcard issuewild") << QStringLiteral("*.wild.example.org") << le
                                        << QStringList { QStringLiteral("will refuse to issue for *.wild.example.org"),
                                                         QStringLiteral("a wildcard certificate: issuewild applies"),
                                                         QStringLiteral("issuewild records at wild.example.org forbid "
                                                                        "every CA"),
                                                         QStringLiteral("0 issuewild \";\"") }
                                        << QStringList();
    QTest::newRow("multi-CA") << QStringLiteral("multi.example.org")
                              << QStringList { QStringLiteral("letsencrypt.org"), QStringLiteral("sectigo.com"),
                                               QStringLiteral("pki.goog") }
                              << QStringList { QStringLiteral("Let's Encrypt may issue for multi.example.org"),
                                               QStringLiteral("will refuse to issue for multi.example.org"),
                                               QStringLiteral("Google Trust Services may issue for multi.example.org"),
                                               QStringLiteral("How Sectigo") }
                              << QStringList();
}

void TestReport::singleReport()
{
    QFETCH(QString, name);
    QFETCH(QStringList, cas);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const Diagnosis d = diagnose(name, cas);
    QVERIFY(d.isComplete());
    const QString pdf
        = path(QStringLiteral("single-%1.pdf").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
    QString error;
    int pages = 0;
    QVERIFY2(ReportDocument::forDiagnosis(d).writePdf(pdf, QPageSize(QPageSize::A4), &error, &pages),
             qPrintable(error));
    QVERIFY(pages >= 1);
    const QString t = text(pdf);
    // The parts every report has: facts with the zone's SHA-256, versions, the climb, the evidence section.
    QStringList always { QStringLiteral("CAA report for %1").arg(name),
                         QStringLiteral("Checked"),
                         QStringLiteral("UTC"),
                         QStringLiteral("SHA-256 %1").arg(d.zoneFiles.first().sha256),
                         QStringLiteral("CAA Doctor %1 · Qt").arg(QStringLiteral(CAA_VERSION)),
                         QStringLiteral("c-ares"),
                         QStringLiteral("Tree climb"),
                         QStringLiteral("the root"),
                         QStringLiteral("Raw answers and how to reproduce"),
                         QStringLiteral("Page 1 of %1").arg(pages),
                         QStringLiteral("CCADB") };
    for (const QString& e : always + expected)
        QVERIFY2(t.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, t)));
    for (const QString& a : absent)
        QVERIFY2(!t.contains(a), qPrintable(QStringLiteral("unexpected \"%1\"").arg(a)));
    QCOMPARE(info(pdf).contains(QStringLiteral("Pages:           %1").arg(pages)), true);
    // Vectors and text only: not one image (pdfimages lists a header of two lines and then one line per image).
    const QStringList images
        = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf }).out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2);
}

void TestReport::pageSizeAndMetadata()
{
    const ReportDocument report = ReportDocument::forDiagnosis(diagnose(QStringLiteral("dot.example.org")));
    QString error;
    QVERIFY(report.writePdf(path(QStringLiteral("a4.pdf")), QPageSize(QPageSize::A4), &error));
    QVERIFY(report.writePdf(path(QStringLiteral("letter.pdf")), QPageSize(QPageSize::Letter), &error));
    const QString a4 = info(path(QStringLiteral("a4.pdf")));
    const QString letter = info(path(QStringLiteral("letter.pdf")));
    QVERIFY2(a4.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(a4));
    QVERIFY2(letter.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(letter));
    QVERIFY2(a4.contains(QStringLiteral("Title:           CAA report for dot.example.org")), qPrintable(a4));
    QVERIFY2(a4.contains(QStringLiteral("Creator:         CAA Doctor %1").arg(QStringLiteral(CAA_VERSION))),
             qPrintable(a4));
}

void TestReport::fontsAreEmbedded()
{
    const QString pdf = path(QStringLiteral("fonts.pdf"));
    QString error;
    QVERIFY(ReportDocument::forDiagnosis(diagnose(QStringLiteral("dot.example.org")))
                .writePdf(pdf, QPageSize(QPageSize::A4), &error));
    const QStringList lines = run(QStringLiteral("pdffonts"), { pdf }).out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // the header, the rule, then one line per font
    for (const QString& line : lines.mid(2)) {
        // name type encoding emb sub uni object ID: "emb" must be yes for every font.
        const QStringList columns = line.simplified().split(u' ');
        QVERIFY2(columns.size() >= 7, qPrintable(line));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
    }
}

void TestReport::attachedBundleReopensToTheSameDiagnosis()
{
    const Diagnosis d = diagnose(QStringLiteral("*.wild.example.org"),
                                 { QStringLiteral("letsencrypt.org"), QStringLiteral("pki.goog") });
    const QString pdf = path(QStringLiteral("attached.pdf"));
    QString error;
    QVERIFY(ReportDocument::forDiagnosis(d).writePdf(pdf, QPageSize(QPageSize::A4), &error));
    QVERIFY2(run(QStringLiteral("pdfdetach"), { QStringLiteral("-list"), pdf })
                 .out.contains(QStringLiteral("caa-evidence.json")),
             "the evidence bundle is attached");
    const QString saved = path(QStringLiteral("detached.json"));
    QCOMPARE(run(QStringLiteral("pdfdetach"),
                 { QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), saved, pdf })
                 .exitCode,
             0);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const EvidenceBundle bundle = readEvidenceBundle(file.readAll(), saved);
    QVERIFY2(bundle.ok, qPrintable(bundle.error));
    QVERIFY2(bundle.notes.isEmpty(), qPrintable(bundle.notes.join(u'\n')));
    QJsonObject before = diagnosisToJson(d), after = diagnosisToJson(bundle.diagnosis);
    QCOMPARE(after, before);
    // And the report made again from it says the same, plus where it came from.
    const QString again = path(QStringLiteral("again.pdf"));
    QVERIFY(ReportDocument::forDiagnosis(bundle.diagnosis).writePdf(again, QPageSize(QPageSize::A4), &error));
    const QString t = text(again);
    QVERIFY(t.contains(QStringLiteral("will refuse to issue for *.wild.example.org")));
    QVERIFY(t.contains(QStringLiteral("offline from the evidence bundle")));
}

void TestReport::thousandNameSummary()
{
    // 1,000 names: a third inherit the permit of ok, a third the trailing dot, a third issuewild ";" as wildcards,
    // and one line that is not a name.
    QByteArray names;
    for (int i = 0; i < 1000; ++i) {
        if (i % 3 == 0)
            names += QStringLiteral("host%1.ok.example.org\n").arg(i).toUtf8();
        else if (i % 3 == 1)
            names += QStringLiteral("host%1.dot.example.org\n").arg(i).toUtf8();
        else
            names += QStringLiteral("*.h%1.wild.example.org\n").arg(i).toUtf8();
    }
    names += "not a name!\n";
    auto set = test::reportZoneSet();
    ZoneSource source(set);
    BatchRunner runner(&source, { CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org")) });
    SummaryData summary;
    summary.title = QStringLiteral("Batch check of names.txt");
    summary.profiles = { CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org")) };
    summary.facts = { QStringLiteral("Zone file report.zone") };
    QObject::connect(&runner, &BatchRunner::itemReady, &runner, [&](const BatchRunner::Item& item) {
        if (item.isName())
            summary.addDiagnosis(item.diagnosis);
        else
            summary.addInvalid(item.text, MessageCatalogue::nameError(item.nameError));
    });
    QBuffer input(&names);
    input.open(QIODevice::ReadOnly);
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    runner.start(&input);
    loop.exec();
    QCOMPARE(summary.rows.size(), 1001);
    // Causes, not names: the trailing dot once for its 333 names, issuewild once, the bad line once.
    QCOMPARE(summary.details.size(), 3);

    const QString pdf = path(QStringLiteral("summary.pdf"));
    QString error;
    int pages = 0;
    QVERIFY(ReportDocument::forSummary(summary, QDateTime::currentDateTimeUtc())
                .writePdf(pdf, QPageSize(QPageSize::Letter), &error, &pages));
    QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
    const QString t = text(pdf);
    for (const QString& e :
         { QStringLiteral("Batch check of names.txt"), QStringLiteral("334 may issue"),
           QStringLiteral("666 will refuse"), QStringLiteral("1 not a name"), QStringLiteral("Names (1001)"),
           QStringLiteral("host0.ok.example.org"), QStringLiteral("host997.dot.example.org"),
           QStringLiteral("*.h998.wild.example.org"), QStringLiteral("with a final dot"),
           QStringLiteral("and 325 more"), QStringLiteral("Page %1 of %1").arg(pages) })
        QVERIFY2(t.contains(e), qPrintable(QStringLiteral("missing \"%1\"").arg(e)));
    // Every name is in the table, in input order.
    qsizetype at = 0;
    for (int i = 0; i < 1000; i += 37) {
        const QString n = i % 3 == 2 ? QStringLiteral("*.h%1.wild").arg(i) : QStringLiteral("host%1.").arg(i);
        const qsizetype found = t.indexOf(n, at);
        QVERIFY2(found > at || (at == 0 && found >= 0), qPrintable(n));
        at = found;
    }
    QVERIFY(info(pdf).contains(QStringLiteral("(letter)")));
}

void TestReport::defaultPaperFollowsTheLocale()
{
    QCOMPARE(ReportDocument::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
    QCOMPARE(ReportDocument::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    QCOMPARE(ReportDocument::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
    // The person's choice (window setting, --page-size) wins over the locale; anything else is the locale's.
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(ReportDocument::pageSize(QStringLiteral("a4"), us).id(), QPageSize::A4);
    QCOMPARE(ReportDocument::pageSize(QStringLiteral("A4"), us).id(), QPageSize::A4);
    QCOMPARE(ReportDocument::pageSize(QStringLiteral("letter"), QLocale(QLocale::German)).id(), QPageSize::Letter);
    QCOMPARE(ReportDocument::pageSize(QString(), us).id(), QPageSize::Letter);
    QCOMPARE(ReportDocument::pageSize(QStringLiteral("legal"), QLocale(QLocale::German)).id(), QPageSize::A4);
}

void TestReport::unwritablePathsLoseNothing_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/report.pdf") << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
    QTest::newRow("under a file") << QStringLiteral("existing.pdf/report.pdf") << QStringLiteral("does not exist");
}

void TestReport::unwritablePathsLoseNothing()
{
    QFETCH(QString, target);
    QFETCH(QString, message);
    QDir(m_dir.path()).mkpath(QStringLiteral("folder"));
    QFile existing(path(QStringLiteral("existing.pdf")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    QString error;
    QVERIFY(!ReportDocument::forDiagnosis(diagnose(QStringLiteral("ok.example.org")))
                 .writePdf(path(target), QPageSize(QPageSize::A4), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(QFileInfo(path(QStringLiteral("folder"))).isDir());
    QFile check(path(QStringLiteral("existing.pdf")));
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("keep me"));
}

void TestReport::fullDiskLeavesNoHalfFile()
{
#ifdef Q_OS_UNIX
    // A file size limit makes writes fail as a full disk does (EFBIG instead of ENOSPC), without root or a tmpfs.
    const QString pdf = path(QStringLiteral("full.pdf"));
    QFile old(pdf);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the earlier report");
    old.close();
    const ReportDocument report = ReportDocument::forDiagnosis(diagnose(QStringLiteral("dot.example.org")));
    rlimit saved {};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 8 * 1024;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
    QString error;
    const bool written = report.writePdf(pdf, QPageSize(QPageSize::A4), &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("Nothing was written")), qPrintable(error));
    // The system's reason, not Qt's "Unknown error" (the trial of issue 14 on a full tmpfs).
    QVERIFY2(!error.contains(QStringLiteral("Unknown error")) && error.contains(QStringLiteral("too large")),
             qPrintable(error));
    QFile check(pdf);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("the earlier report"));
    // No temporary file left beside it.
    const QStringList left = QDir(m_dir.path()).entryList({ QStringLiteral("full.pdf*") }, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList { QStringLiteral("full.pdf") });
#else
    QSKIP("file size limits are a Unix facility");
#endif
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
