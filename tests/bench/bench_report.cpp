// Report benchmarks: the time to make the PDF of a typical single-name report and of a 1,000-name batch summary
// (the same renderer as File ▸ Export PDF and caa-doctor-cli --report), on the offscreen platform. Prints figures.
// Usage: bench_report ZONE [NAMES]
//        bench_report --window-audit BIG.zone   (the zone audit summary exported from the window: the time the
//        window's own thread spends, and the whole export in the worker)
#include "caa/batchrunner.h"
#include "caa/climbrunner.h"
#include "caa/dnssource.h"
#include "caa/zoneset.h"
#include "mainwindow.h"
#include "peakmemory.h"
#include "reportdocument.h"
#include "zonesession.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <algorithm>
#include <cstdio>

using namespace caa;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--window-audit") == 0) {
        MainWindow window(QDir::temp().filePath(QStringLiteral("bench-report.ini")));
        QEventLoop loaded;
        QObject::connect(window.zoneSession(), &ZoneSession::loaded, &loaded, &QEventLoop::quit);
        if (!window.openZoneFiles({ QString::fromLocal8Bit(argv[2]) }))
            return 66;
        if (window.zoneSession()->isBusy())
            loaded.exec();
        window.pages()->setCurrentIndex(1);
        const QString pdf = QDir::temp().filePath(QStringLiteral("bench-audit.pdf"));
        QEventLoop written;
        QString error;
        QObject::connect(&window, &MainWindow::reportWritten, &written, [&](const QString&, const QString& e) {
            error = e;
            written.quit();
        });
        QElapsedTimer t;
        t.start();
        if (!window.startExport(pdf))
            return 70;
        const double guiMs = t.nsecsElapsed() / 1e6;
        written.exec();
        std::printf("zone audit summary of %lld names from the window: %.0f ms on the window's thread, %.0f ms in "
                    "all%s\n",
                    qlonglong(window.zoneSession()->audit()->rowCount()), guiMs, t.nsecsElapsed() / 1e6,
                    error.isEmpty() ? "" : qPrintable(QStringLiteral(" (failed: %1)").arg(error)));
        return 0;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_report ZONE [NAMES]\n");
        return 64;
    }
    const int names = argc > 2 ? std::atoi(argv[2]) : 1000;
    auto zone = std::make_shared<ZoneFile>(ZoneFile::load(QString::fromLocal8Bit(argv[1])));
    auto set = std::make_shared<ZoneSet>();
    set->add(zone);
    ZoneSource source(set);
    const CaProfile le = CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org"));

    // 1. One name in full (the trailing dot: findings, diff, two fixes, the climb drawing).
    ClimbRunner runner(&source);
    QEventLoop loop;
    QObject::connect(&runner, &ClimbRunner::finished, &loop, &QEventLoop::quit);
    Request request;
    request.name = DomainName::parse(QStringLiteral("dot.example.org"));
    runner.start(request, { le });
    if (runner.isRunning())
        loop.exec();
    Diagnosis d = runner.diagnosis();
    d.zoneFiles.append({ zone->files().first().path, QString::fromLatin1(zone->files().first().sha256Hex()) });
    QList<double> build, render;
    qsizetype bytes = 0;
    int pages = 0;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const ReportDocument report = ReportDocument::forDiagnosis(d);
        build.append(t.nsecsElapsed() / 1e6);
        t.restart();
        bytes = report.pdf(QPageSize(QPageSize::A4), &pages).size();
        render.append(t.nsecsElapsed() / 1e6);
    }
    QList<double> total;
    for (int i = 0; i < build.size(); ++i)
        total.append(build[i] + render[i]);
    std::printf("single report: %.1f ms median of 21 (content %.1f ms, layout and PDF %.1f ms), first %.1f ms; "
                "%d pages, %lld kB\n",
                median(total), median(build), median(render), total.first(), pages, qlonglong(bytes / 1024));

    // 2. A batch of NAMES names (a third each: permit, trailing dot, wildcard refused by issuewild).
    QByteArray list;
    for (int i = 0; i < names; ++i)
        list += (i % 3 == 0       ? QStringLiteral("host%1.ok.example.org\n")
                     : i % 3 == 1 ? QStringLiteral("host%1.dot.example.org\n")
                                  : QStringLiteral("*.h%1.wild.example.org\n"))
                    .arg(i)
                    .toUtf8();
    SummaryData summary;
    summary.title = QStringLiteral("Batch check of %1 names").arg(names);
    summary.profiles = { le };
    BatchRunner batch(&source, { le });
    QObject::connect(&batch, &BatchRunner::itemReady, &batch,
                     [&](const BatchRunner::Item& item) { summary.addDiagnosis(item.diagnosis); });
    QBuffer input(&list);
    input.open(QIODevice::ReadOnly);
    QEventLoop batchLoop;
    QObject::connect(&batch, &BatchRunner::finished, &batchLoop, &QEventLoop::quit);
    batch.start(&input);
    batchLoop.exec();
    QList<double> summaryMs;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        bytes = ReportDocument::forSummary(summary, QDateTime::currentDateTimeUtc())
                    .pdf(QPageSize(QPageSize::A4), &pages)
                    .size();
        summaryMs.append(t.nsecsElapsed() / 1e6);
    }
    std::printf("%d-name summary: %.0f ms median of 3 (%.2f ms per name); %d pages, %lld kB\n", names,
                median(summaryMs), median(summaryMs) / names, pages, qlonglong(bytes / 1024));
    std::printf("peak memory: %lld MB\n", bench::peakRssMb());
    return 0;
}
