// Drives the real MainWindow through its main states and saves a PNG of each, in a light and a dark palette, so
// people can look at what the app shows: screenshots OUTDIR [RESOLVER]   (RESOLVER: a DNS world's, for SERVFAIL)
#include "batchpage.h"
#include "climbview.h"
#include "mainwindow.h"
#include "zonenamesmodel.h"
#include "zoneworkspacepage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

bool shoot(const QString& file, const QString& settings, const QStringList& zones, const QString& resolver,
           const QString& name, bool grid, int page)
{
    caa::MainWindow w(settings);
    if (!resolver.isEmpty())
        w.useLiveDns({ resolver });
    else if (!w.openZoneFiles(zones))
        return false;
    w.resize(1280, 820);
    w.show();
    if (page == 2) { // a batch of names from a list, checked live
        QSignalSpy done(w.batchPage(), &caa::BatchPage::finished);
        if (!w.startBatch(zones.value(0)) || !done.wait(30000))
            return false;
        QTest::qWait(200);
        return w.grab().save(file);
    }
    QSignalSpy finished(&w, &caa::MainWindow::checkFinished);
    w.setName(name);
    w.check();
    if (!finished.wait(15000))
        return false;
    if (grid)
        w.detailTabs()->setCurrentIndex(w.detailTabs()->count() - 1);
    if (page == 1) { // the zone workspace, on the first name some CA refuses
        w.pages()->setCurrentIndex(1);
        caa::ZoneNamesModel* names = w.workspacePage()->namesModel();
        for (int r = 0; r < names->rowCount(); ++r) {
            if (names->index(r, 0).data(caa::ZoneNamesModel::OutcomeRole).toInt() != int(caa::Outcome::Permit)) {
                w.workspacePage()->namesView()->setCurrentIndex(names->index(r, 0));
                break;
            }
        }
    }
    // What a person sees a moment later: the rungs have faded in (250 ms) and the layout has settled.
    QTest::qWait(400);
    return w.grab().save(file);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 2) {
        std::fprintf(stderr, "usage: screenshots OUTDIR [RESOLVER]\n");
        return 64;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString resolver = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QDir().mkpath(out);
    QTemporaryDir dir;
    const QString settings = dir.filePath(QStringLiteral("s.ini"));
    const QString demo = QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone");
    const QString wild = dir.filePath(QStringLiteral("example.org.zone"));
    QFile f(wild);
    f.open(QIODevice::WriteOnly);
    f.write("$ORIGIN example.org.\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\n"
            "ns1 A 192.0.2.1\n@ CAA 0 issue \"letsencrypt.org\"\n@ CAA 0 issuewild \"pki.goog\"\nwww A 192.0.2.2\n");
    f.close();
    struct State
    {
        const char* file;
        QStringList zones;
        bool live;
        const char* name;
        bool grid;
        int page = 0;
    };
    QList<State> states {
        { "permit", { wild }, false, "www.example.org", false },
        { "trailing-dot", { demo }, false, "www.example.com", false },
        { "wildcard-issuewild", { wild }, false, "*.example.org", false },
        { "multi-ca-grid", { wild }, false, "www.example.org", true },
        { "zone-workspace",
          { demo, wild, QStringLiteral(CAA_SOURCE_DIR "/tests/data/lint/nested-quotes.zone") },
          false,
          "www.example.com",
          false,
          1 },
    };
    if (!resolver.isEmpty()) {
        states.append({ "servfail", {}, true, "www.servfail.test", false });
        const QString list = dir.filePath(QStringLiteral("customers.csv"));
        QFile l(list);
        l.open(QIODevice::WriteOnly);
        l.write("customer,hostname,plan\nAcme,permit.test,gold\nBeta,www.permit.test,silver\n"
                "Gamma,a.b.c.d.deep.permit.test,gold\nDelta,www.dot.test,bronze\nEpsilon,dot.test,bronze\n"
                "Zeta,www.servfail.test,gold\nEta,wild.test,silver\nTheta,x.wild.test,silver\n"
                "Iota,big.test,gold\nKappa,bad..name,none\n");
        l.close();
        states.append({ "batch", { list }, true, "", false, 2 });
    }
    int failures = 0;
    for (const bool dark : { false, true }) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        for (const State& s : states) {
            const QString file
                = QStringLiteral("%1/%2-%3.png")
                      .arg(out, QLatin1String(s.file), dark ? QStringLiteral("dark") : QStringLiteral("light"));
            const bool ok = shoot(file, settings, s.zones, s.live ? resolver : QString(), QString::fromLatin1(s.name),
                                  s.grid, s.page);
            std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(file));
            failures += ok ? 0 : 1;
        }
    }
    return failures ? 1 : 0;
}
