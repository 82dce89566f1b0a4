// Zone-workspace benchmark (figures, never pass/fail), on the real MainWindow:
//   bench_workspace zone FILE           open FILE in the window: time to the interactive view (the names table
//                                       filled and painted), the longest event-loop stall while it loads, peak
//                                       memory; then filtering, sorting and one record edit on it.
//   bench_workspace batch LIST RESOLVER check every name of LIST live in the Batch tab: names/s, longest stall.
// The stall probe is a 5 ms timer: how late it fires is how long the event loop was blocked.
// Run with QT_QPA_PLATFORM=offscreen: tests/bench/bench_workspace.sh.
#include "batchmodel.h"
#include "batchpage.h"
#include "mainwindow.h"
#include "peakmemory.h"
#include "zonenamesmodel.h"
#include "zonesession.h"
#include "zoneworkspacepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

struct StallProbe
{
    QElapsedTimer sinceTick;
    qint64 maxStall = 0;
    QTimer timer;
    StallProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [this] { maxStall = std::max(maxStall, sinceTick.restart() - 5); });
    }
    void start()
    {
        maxStall = 0;
        sinceTick.start();
        timer.start(5);
    }
    qint64 stop()
    {
        timer.stop();
        return maxStall;
    }
};

// Runs the event loop until `done` (checked every 10 ms at most), for at most `ms`.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

int benchZone(const QString& path)
{
    QTemporaryDir dir;
    caa::MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.resize(1280, 820);
    w.show();
    QApplication::processEvents();
    const qint64 before = caa::bench::peakRssMb();
    caa::ZoneSession* session = w.zoneSession();
    bool loaded = false;
    qint64 loadedAt = 0;
    QElapsedTimer clock;
    QObject::connect(session, &caa::ZoneSession::loaded, [&] {
        loaded = true;
        loadedAt = clock.elapsed();
    });
    StallProbe probe;
    QStringList phases; // when each phase of the worker began
    QObject::connect(session, &caa::ZoneSession::progress, [&](int, const QString& what) {
        if (phases.isEmpty() || !phases.last().startsWith(what))
            phases.append(QStringLiteral("%1 at %2 ms").arg(what).arg(clock.elapsed()));
    });
    clock.start();
    probe.start();
    w.openZoneFiles({ path });
    // Interactive: the names table holds the zone's names and the window has painted it.
    bool painted = false;
    struct PaintFilter : QObject
    {
        bool* loaded;
        bool* painted;
        bool eventFilter(QObject*, QEvent* e) override
        {
            if (e->type() == QEvent::Paint && *loaded)
                *painted = true;
            return false;
        }
    } filter;
    filter.loaded = &loaded;
    filter.painted = &painted;
    w.workspacePage()->namesView()->viewport()->installEventFilter(&filter);
    if (!waitFor([&] { return painted; }, 120000)) {
        std::printf("the zone did not load in 120 s\n");
        return 1;
    }
    const qint64 interactive = clock.elapsed();
    const qint64 loadStall = probe.stop();
    caa::ZoneNamesModel* names = w.workspacePage()->namesModel();
    std::printf("open %s: interactive in %lld ms (%lld names with CAA, %lld without); longest event-loop stall while "
                "loading %lld ms; peak memory %lld MB (window before: %lld MB)\n",
                qPrintable(QFileInfo(path).fileName()), clock.elapsed(), qint64(names->totalRows()),
                qint64(session->audit()->namesWithoutCaa()), loadStall, caa::bench::peakRssMb(), before);
    std::printf("  phases: %s; loaded at %lld ms\n", qPrintable(phases.join(QStringLiteral(", "))), loadedAt);
    Q_UNUSED(interactive);
    // Typing in the filter (the model filters once typing pauses).
    probe.start();
    clock.restart();
    w.workspacePage()->filterEdit()->setText(QStringLiteral("h99999"));
    waitFor([&] { return names->rowCount() < names->totalRows(); }, 10000);
    std::printf("filter to %d rows: %lld ms after the 150 ms typing pause; longest stall %lld ms\n", names->rowCount(),
                clock.elapsed() - 150, probe.stop());
    w.workspacePage()->filterEdit()->clear();
    waitFor([&] { return names->rowCount() == names->totalRows(); }, 10000);
    clock.restart();
    names->sort(0, Qt::DescendingOrder);
    std::printf("sort %lld rows by name: %lld ms (on the GUI thread)\n", qint64(names->rowCount()), clock.elapsed());
    // One edit: the apex CAA record's value changed, then every name checked again.
    const auto zone = session->workspace().workingZone(0);
    qsizetype caa = -1;
    for (qsizetype i = 0; i < zone->recordCount() && caa < 0; ++i)
        caa = zone->record(i).type == caa::rrtype::CAA ? i : -1;
    bool changed = false;
    QObject::connect(session, &caa::ZoneSession::workingChanged, [&] { changed = true; });
    probe.start();
    clock.restart();
    QString error;
    if (caa >= 0 && session->replaceRecord(0, caa, "@ IN CAA 0 issue \"pki.goog\"", &error)) {
        waitFor([&] { return changed; }, 60000);
        std::printf("edit one CAA record: every name checked again in %lld ms; longest stall %lld ms\n",
                    clock.elapsed(), probe.stop());
    }
    std::printf("peak memory at the end: %lld MB\n", caa::bench::peakRssMb());
    return 0;
}

int benchBatch(const QString& list, const QString& resolver)
{
    QTemporaryDir dir;
    caa::MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.useLiveDns({ resolver });
    w.resize(1280, 820);
    w.show();
    QApplication::processEvents();
    bool finished = false;
    QObject::connect(w.batchPage(), &caa::BatchPage::finished, [&] { finished = true; });
    StallProbe probe;
    QElapsedTimer clock;
    clock.start();
    probe.start();
    if (!w.startBatch(list)) {
        std::printf("the batch did not start\n");
        return 1;
    }
    waitFor([&] { return finished; }, 600000);
    const qint64 ms = clock.elapsed();
    const qint64 stall = probe.stop();
    const int rows = w.batchPage()->model()->rowCount();
    std::printf("batch of %d names in the window: %lld ms = %.0f names/s; longest event-loop stall %lld ms (target "
                "<= 20 ms); peak memory %lld MB\n",
                rows, ms, rows * 1000.0 / std::max<qint64>(1, ms), stall, caa::bench::peakRssMb());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("zone"))
        return benchZone(args[2]);
    if (args.size() >= 4 && args[1] == QLatin1String("batch"))
        return benchBatch(args[2], args[3]);
    std::fprintf(stderr, "usage: bench_workspace zone FILE | batch LIST RESOLVER\n");
    return 64;
}
