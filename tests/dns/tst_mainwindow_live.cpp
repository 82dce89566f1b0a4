// The real MainWindow against the DNS world: a live check and its nameserver tab.
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

namespace {

QString worldNet()
{
    return qEnvironmentVariableIsEmpty("CAA_DNSWORLD_NET") ? QStringLiteral("127.53.0")
                                                           : qEnvironmentVariable("CAA_DNSWORLD_NET");
}

} // namespace

class TestMainWindowLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servfailForCaaOnly();
    void cancelAWaitingCheck();
    void unreachableResolverShownInline();
};

void TestMainWindowLive::servfailForCaaOnly()
{
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    const QString net = worldNet();
    w.useLiveDns({ net + QStringLiteral(".10") });
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    QSignalSpy matrix(&w, &MainWindow::matrixFinished);
    w.setName(QStringLiteral("www.servfail.test"));
    w.check();
    QVERIFY(finished.wait(15000));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("cannot check")), qPrintable(w.headline()->text()));
    QVERIFY(matrix.wait(15000));
    const QStandardItemModel* ns = w.nameserversModel();
    QCOMPARE(ns->rowCount(), 1);
    QCOMPARE(ns->item(0, 2)->text(), net + QStringLiteral(".20:53"));
    QCOMPARE(ns->item(0, 3)->text(), QStringLiteral("SERVFAIL"));
}

void TestMainWindowLive::cancelAWaitingCheck()
{
    // silent.test's server, asked directly, never answers CAA: the check waits until the person cancels it. (Through
    // Unbound the wait would depend on earlier tests: it remembers the server as down.)
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    const QString net = worldNet();
    w.useLiveDns({ net + QStringLiteral(".23") });
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("x.silent.test"));
    w.checkOrCancel();
    QCOMPARE(w.checkButton()->text(), QStringLiteral("Cancel"));
    QTest::qWait(100);
    w.checkOrCancel();
    QCOMPARE(w.checkButton()->text(), QStringLiteral("Check"));
    QVERIFY(!finished.wait(500)); // nothing arrives after a cancel
}

void TestMainWindowLive::unreachableResolverShownInline()
{
    // Nothing listens at .99 of the world's range: every query fails. The window says so in the verdict, with no
    // dialog and no crash, and stays usable.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(ini);
        s.setTimeoutMs(300);
        s.setTries(1);
        s.sync();
    }
    MainWindow w(ini);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.useLiveDns({ worldNet() + QStringLiteral(".99") });
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("www.example.test"));
    w.check();
    QVERIFY(finished.wait(10000));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("cannot check")), qPrintable(w.headline()->text()));
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(top == &w || !top->isVisible());
    QCOMPARE(w.checkButton()->text(), QStringLiteral("Check")); // ready for the next check
}

QTEST_MAIN(TestMainWindowLive)
#include "tst_mainwindow_live.moc"
