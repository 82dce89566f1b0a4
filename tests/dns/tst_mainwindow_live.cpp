// The real MainWindow against the DNS world: a live check and its nameserver tab.
#include "batchmodel.h"
#include "batchpage.h"
#include "climbmodel.h"
#include "climbview.h"
#include "diagnosispage.h"
#include "dnsworld.h"
#include "fixcard.h"
#include "issuerdiffview.h"
#include "mainwindow.h"
#include "nameserversmodel.h"
#include "verdictgridmodel.h"
#include "whoissuespanel.h"
#include "zonenamesmodel.h"
#include "zonesession.h"
#include "zoneworkspacepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

namespace {

using test::worldNet;

// Checks `name` in the window and waits for its nameserver matrix, as a person waits for the whole verdict.
bool checkWithMatrix(MainWindow& w, const QString& name)
{
    QSignalSpy matrixDone(&w, &MainWindow::matrixFinished);
    w.setName(name);
    w.check();
    return matrixDone.wait(15000);
}

ClimbModel::RungState rungState(const MainWindow& w, int row)
{
    return w.climbModel()->index(row, 0).data(ClimbModel::StateRole).value<ClimbModel::RungState>();
}

} // namespace

class TestMainWindowLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servfailForCaaOnly();
    void cancelAWaitingCheck();
    void unreachableResolverShownInline();
    void batchOfAListAgainstTheWorld();
    void zoneFileComparedWithLiveDns();
    void verdictFromTheNameserversShowsTheirRecords();
    void serversThatDisagreeAreSaidEverywhere();
    void selectedNameShowsTheResolverBesideTheServers();
    void anIpAddressAfterANameLeavesNothingOfIt();
    void emptyAnswerWithoutSoaIsMarkedOnItsRung();
    void whoIssuesReadsTheServedCertificate();

private:
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
    const NameserversModel* ns = w.nameserversModel();
    QAbstractItemModelTester tester(w.nameserversModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ns->rowCount(), 1);
    QCOMPARE(ns->index(0, 2).data().toString(), net + QStringLiteral(".20:53"));
    QCOMPARE(ns->index(0, 3).data().toString(), QStringLiteral("SERVFAIL"));
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
    // The person's own resolver: nothing is known of the CA's decision (issue 12, item 4).
    QVERIFY2(w.headline()->text().startsWith(QStringLiteral("Cannot tell whether Let's Encrypt may issue")),
             qPrintable(w.headline()->text()));
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(top == &w || !top->isVisible());
    QCOMPARE(w.checkButton()->text(), QStringLiteral("Check")); // ready for the next check
    // The status bar said "2 names asked at once · answered in 24 ms" beside "answered none of the queries".
    QVERIFY2(w.statusLabel()->text().contains(QStringLiteral("answered none of the 3 queries")),
             qPrintable(w.statusLabel()->text()));
    // Nothing decided: no rung is "not consulted because a closer name decided"; each failed on its own.
    QCOMPARE(w.climbModel()->rowCount(), 3);
    for (int row = 0; row < w.climbModel()->rowCount(); ++row)
        QCOMPARE(rungState(w, row), ClimbModel::RungState::Failed);
}

void TestMainWindowLive::batchOfAListAgainstTheWorld()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings s(ini);
        s.setResolvers({ worldNet() + QStringLiteral(".10") });
        s.sync();
    }
    const QString list = dir.filePath(QStringLiteral("names.csv"));
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("customer,hostname\nA,permit.test\nB,a.b.c.d.deep.permit.test\nC,www.dot.test\n"
                "D,www.servfail.test\nE,bad..name\n");
    }
    MainWindow w(ini);
    QSignalSpy finished(w.batchPage(), &BatchPage::finished);
    w.openPaths({ list });
    QCOMPARE(w.pages()->currentWidget(), static_cast<QWidget*>(w.batchPage()));
    QVERIFY(finished.wait(30000));
    BatchModel* model = w.batchPage()->model();
    QCOMPARE(model->rowCount(), 5);
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(model->index(r, 0).data().toString() + u'=' + model->index(r, 1).data().toString());
    QCOMPARE(rows,
             (QStringList { QStringLiteral("permit.test=✓ may issue"),
                            QStringLiteral("a.b.c.d.deep.permit.test=✓ may issue"),
                            QStringLiteral("www.dot.test=✗ will refuse"),
                            QStringLiteral("www.servfail.test=✗ cannot check CAA: refuses"),
                            QStringLiteral("bad..name=not a name") }));
    QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("permit.test"));
    QVERIFY(model->index(2, 3).data().toString().contains(QStringLiteral("letsencrypt.org.")));
    QVERIFY2(w.batchPage()->summary()->text().startsWith(
                 QStringLiteral("2 may issue · 2 will refuse · 0 cannot tell · 1 not a name")), // as the rows read
             qPrintable(w.batchPage()->summary()->text()));
    // The rows drag out as CSV.
    std::unique_ptr<QMimeData> mime(model->mimeData({ model->index(2, 0), model->index(2, 1) }));
    QCOMPARE(QString::fromUtf8(mime->data(QStringLiteral("text/csv"))),
             QStringLiteral("Name,Let's Encrypt\nwww.dot.test,✗ will refuse\n"));
    // The summary report of the batch: every row, then the causes with their fixes.
    QCOMPARE(w.reportKind(), MainWindow::ReportKind::Batch);
    const QString pdf = dir.filePath(QStringLiteral("batch.pdf"));
    QString error;
    QVERIFY2(w.exportReport(pdf, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString report = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString& e :
         { QStringLiteral("Batch check of names.csv"), QStringLiteral("Names (5)"),
           QStringLiteral("a.b.c.d.deep.permit.test"), QStringLiteral("www.servfail.test"),
           QStringLiteral("Fix: Remove the trailing dot"), QStringLiteral("bad..name"), QStringLiteral("2 may issue"),
           QStringLiteral("2 will refuse"), QStringLiteral("cannot check CAA: refuses") })
        QVERIFY2(report.contains(e), qPrintable(QStringLiteral("missing \"%1\" in %2").arg(e, report)));
    // Double-click: the full diagnosis of that name, live.
    QSignalSpy checked(&w, &MainWindow::checkFinished);
    // Only the problems; then sorted by verdict.
    w.batchPage()->problemsOnly()->setChecked(true);
    QSortFilterProxyModel* shown = w.batchPage()->proxy();
    QCOMPARE(shown->rowCount(), 3);
    w.batchPage()->view()->sortByColumn(1, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("www.servfail.test"));
    QCOMPARE(shown->index(2, 0).data().toString(), QStringLiteral("bad..name"));
    Q_EMIT w.batchPage()->view()->doubleClicked(shown->index(1, 0));
    QVERIFY(checked.wait(15000));
    QCOMPARE(w.pages()->currentIndex(), 0);
    QVERIFY(w.headline()->text().contains(QStringLiteral("refuse")));
}

void TestMainWindowLive::zoneFileComparedWithLiveDns()
{
    // dot.test as its owner keeps it: the trailing dot fixed in the file (not deployed yet). Live DNS still has it.
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.useLiveDns({ worldNet() + QStringLiteral(".10") });
    QVERIFY(w.openZoneFiles(
        { test::worldZone(dir, QStringLiteral("dot.test")), test::worldZone(dir, QStringLiteral("permit.test")) }));
    ZoneWorkspacePage* page = w.workspacePage();
    QVERIFY(page->applyQuickFix(0));
    QSignalSpy done(page, &ZoneWorkspacePage::liveFinished);
    page->compareWithLive();
    QVERIFY(done.wait(30000));
    ZoneNamesModel* names = page->namesModel();
    QHash<QString, QString> live;
    for (int r = 0; r < names->rowCount(); ++r)
        live.insert(names->index(r, 0).data().toString(), names->index(r, names->liveColumn()).data().toString());
    QCOMPARE(live.value(QStringLiteral("permit.test")), QStringLiteral("same as the file"));
    QCOMPARE(live.value(QStringLiteral("www.permit.test")), QStringLiteral("same as the file"));
    QVERIFY2(live.value(QStringLiteral("dot.test")).contains(QStringLiteral("published: 0 iodef")),
             qPrintable(live.value(QStringLiteral("dot.test"))));
    QVERIFY(live.value(QStringLiteral("dot.test")).contains(QStringLiteral("\"letsencrypt.org.\"")));
    QVERIFY(live.value(QStringLiteral("ns1.dot.test")).startsWith(QStringLiteral("published:")));
    QVERIFY2(page->summary()->text().contains(QStringLiteral("live DNS: 5 same, 3 differ, 0 not answered")),
             qPrintable(page->summary()->text()));
    QVERIFY(!page->summary()->text().contains(QStringLiteral("stopped")));
    // Stopped half way, the summary says so (the trial of issue 14 read "61 of 1503 names" as the whole answer).
    page->compareWithLive();
    page->cancelLive();
    QVERIFY2(page->summary()->text().contains(QStringLiteral("(stopped after ")), qPrintable(page->summary()->text()));
}

QTEST_MAIN(TestMainWindowLive)
#include "tst_mainwindow_live.moc"

// Issue 15: a live check in the window reads the certificate the server presents (tests/tools/tls_world.py on
// NET.241, a Google Trust Services-like chain) once the CAA answers are in; the panel and the grid say that CAA does
// not let that CA renew, while Let's Encrypt may issue.
void TestMainWindowLive::whoIssuesReadsTheServedCertificate()
{
    if (qEnvironmentVariableIsEmpty("CAA_DOCTOR_CA_FILE"))
        QSKIP("needs the TLS world (ctest starts it: tlsworld_start)");
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.useLiveDns({ worldNet() + QStringLiteral(".10") });
    WhoIssuesPanel* panel = w.diagnosisPage()->whoIssuesPanel();
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("gts.platform.test"));
    w.check();
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY2_WITH_TIMEOUT(panel->issuerLabel()->text().contains(QStringLiteral("Google Trust Services")),
                              qPrintable(panel->certificateLabel()->text() + panel->issuerLabel()->text()), 15000);
    QVERIFY(w.headline()->text().contains(QStringLiteral("may issue")));
    QVERIFY2(panel->renewalLabel()->text().contains(QStringLiteral("its next renewal will fail")),
             qPrintable(panel->renewalLabel()->text()));
    QVERIFY(panel->certificateLabel()->text().contains(worldNet() + QStringLiteral(".241 port 443")));
    QVERIFY(panel->fixCard()); // adds pki.goog beside letsencrypt.org
    QVERIFY(panel->fixCard()->zoneText().contains(QStringLiteral("platform.test. CAA 0 issue \"pki.goog\"")));
    bool row = false;
    for (int r = 0; r < w.verdictGrid()->rowCount(); ++r) {
        if (w.verdictGrid()->index(r, 0).data().toString().contains(QStringLiteral("issued the certificate in use"))) {
            row = true;
            QCOMPARE(w.verdictGrid()->index(r, 1).data(VerdictGridModel::OutcomeRole).toInt(), int(Outcome::Forbid));
        }
    }
    QVERIFY(row);
    // A server that never finishes its handshake: said in the panel, the verdict unchanged.
    w.setName(QStringLiteral("stall.platform.test"));
    w.check();
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->certificateLabel()->text().contains(QStringLiteral("did not finish the TLS handshake")), 20000);
    QVERIFY(w.headline()->text().contains(QStringLiteral("may issue")));
}

void TestMainWindowLive::verdictFromTheNameserversShowsTheirRecords()
{
    // A resolver that fails every CAA query (NET.11): the verdict comes from the nameservers' answers, and the issuer
    // diff and the records table show their records (the window crashed indexing the resolver's empty answers).
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.useLiveDns({ worldNet() + QStringLiteral(".11") });
    QVERIFY(checkWithMatrix(w, QStringLiteral("dot.test")));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("will refuse")), qPrintable(w.headline()->text()));
    QCOMPARE(w.issuerDiff()->rows().size(), 1);
    QCOMPARE(w.issuerDiff()->rows().first().found(), QStringLiteral("letsencrypt.org."));
    // The climb shows what the verdict was judged on: the servers' set that blocks, not the resolver's
    // "LOOKUP FAILED" beside a verdict from the servers (a new-user trial).
    QCOMPARE(rungState(w, 0), ClimbModel::RungState::Blocks);
}

void TestMainWindowLive::serversThatDisagreeAreSaidEverywhere()
{
    // split.test: the current zone (ns1, serial 2) allows Let's Encrypt, a stale secondary (ns2, serial 1) allows
    // only Google Trust Services. The headline said "will refuse", the climb card marked the set that allows Let's
    // Encrypt "RELEVANT SET · BLOCKS", and the All CAs grid said Google Trust Services "will refuse" though ns2 lets
    // it issue. Every view now says the answer depends on the nameserver.
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.useLiveDns({ worldNet() + QStringLiteral(".10") });
    QVERIFY(checkWithMatrix(w, QStringLiteral("split.test")));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("depends on which nameserver")),
             qPrintable(w.headline()->text()));
    QCOMPARE(rungState(w, 0), ClimbModel::RungState::DependsOnServer);
    // The TLD, which the servers were not asked about, is not "asking…" for ever.
    QCOMPARE(rungState(w, 1), ClimbModel::RungState::NotConsulted);
    const VerdictGridModel* grid = w.verdictGrid();
    bool sawGoogle = false;
    for (int row = 0; row < grid->rowCount(); ++row) {
        const QString ca = grid->index(row, 0).data().toString();
        const QString verdict = grid->index(row, 1).data().toString();
        if (ca.contains(QStringLiteral("pki.goog"))) {
            sawGoogle = true;
            QCOMPARE(verdict, QStringLiteral("✗ refuses at some nameservers"));
        }
        if (ca.contains(QStringLiteral("(letsencrypt.org)")))
            QCOMPARE(verdict, QStringLiteral("✗ refuses at some nameservers"));
    }
    QVERIFY(sawGoogle);
}

void TestMainWindowLive::anIpAddressAfterANameLeavesNothingOfIt()
{
    // Issue 12: an IP address checked after a name kept the name's nameserver table ("Asking every authoritative
    // nameserver directly…" for ever) and the climb pane said how to start a check.
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.useLiveDns({ worldNet() + QStringLiteral(".10") });
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    QVERIFY(checkWithMatrix(w, QStringLiteral("dot.test")));
    QVERIFY(w.nameserversModel()->rowCount() > 0);
    w.setName(QStringLiteral("192.0.2.1"));
    w.check();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(w.nameserversModel()->rowCount(), 0);
    QVERIFY2(w.nameserverNote()->text().contains(QStringLiteral("IP address")), qPrintable(w.nameserverNote()->text()));
    QCOMPARE(w.climbModel()->rowCount(), 0);
    QCOMPARE(w.detailTabs()->tabText(2), QStringLiteral("Nameservers")); // it kept "Nameservers (1)" of split.test
    QVERIFY2(w.statusLabel()->text().contains(QStringLiteral("192.0.2.1 is an IP address")),
             qPrintable(w.statusLabel()->text())); // it said "0 names asked at once"
    const auto* selected = qobject_cast<QPlainTextEdit*>(w.detailTabs()->widget(1));
    QVERIFY(selected);
    QVERIFY2(selected->toPlainText().contains(QStringLiteral("IP address")), qPrintable(selected->toPlainText()));
    QVERIFY2(w.climbView()->placeholderText().contains(QStringLiteral("192.0.2.1 is an IP address")),
             qPrintable(w.climbView()->placeholderText()));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("CAA does not restrict Let's Encrypt for 192.0.2.1")),
             qPrintable(w.headline()->text()));
    // And back to a name: the pane says nothing of the address.
    QVERIFY(checkWithMatrix(w, QStringLiteral("dot.test")));
    QVERIFY(!w.climbView()->placeholderText().contains(QStringLiteral("IP address")));
}

void TestMainWindowLive::emptyAnswerWithoutSoaIsMarkedOnItsRung()
{
    // nosoa.test: the servers answer CAA with an empty answer lacking the SOA. The world's resolver accepts it ("no
    // CAA"), the CA's rejects it: the headline said "cannot check" beside plain, neutral rungs.
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.useLiveDns({ worldNet() + QStringLiteral(".10") });
    QVERIFY(checkWithMatrix(w, QStringLiteral("nosoa.test")));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("cannot check")), qPrintable(w.headline()->text()));
    QCOMPARE(rungState(w, 0), ClimbModel::RungState::Failed);
}

// Issue 12 (trials): the "Selected name" tab showed one raw answer, whichever climb it was given, so a verdict taken
// from the servers sat beside the resolver's SERVFAIL with nothing to compare. It now shows the resolver's answer and
// every server's side by side, marks the servers that differ, and says which the verdict used.
void TestMainWindowLive::selectedNameShowsTheResolverBesideTheServers()
{
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("s.ini")));
    w.useLiveDns({ worldNet() + QStringLiteral(".11") });
    QVERIFY(checkWithMatrix(w, QStringLiteral("permit.test")));
    w.climbView()->setCurrentRow(0);
    const QString text = w.selectedNameView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("permit.test as your resolver answered it: SERVFAIL")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("permit.test as its authoritative servers answer it")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("≠ your resolver")), 2); // both servers answer, the resolver failed
    QVERIFY2(text.contains(QStringLiteral("permit.test. 300 CAA 0 issue \"letsencrypt.org\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The verdict was judged on the servers' answers.")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("DNS message (")), 3); // the resolver's and each server's own message

    // split.test through a working resolver: one server differs (the stale copy), and its serial says which.
    w.useLiveDns({ worldNet() + QStringLiteral(".10") });
    QVERIFY(checkWithMatrix(w, QStringLiteral("split.test")));
    w.climbView()->setCurrentRow(0);
    const QString split = w.selectedNameView()->toPlainText();
    QCOMPARE(split.count(QStringLiteral("≠ your resolver")), 1);
    QVERIFY2(split.contains(QStringLiteral("1 server"))
                 && split.contains(QStringLiteral("differently from your resolver")),
             qPrintable(split));

    // A new check never leaves the old name's answers in the tab (a new-user trial: the tab kept bogus.test's answers
    // under silent.test's verdict).
    w.climbView()->setCurrentRow(1);
    QVERIFY(w.selectedNameView()->toPlainText().startsWith(QStringLiteral("test as your resolver")));
    QVERIFY(checkWithMatrix(w, QStringLiteral("permit.test")));
    const QString after = w.selectedNameView()->toPlainText();
    QVERIFY2(after.startsWith(QStringLiteral("Select a name")) || after.startsWith(QStringLiteral("permit.test as")),
             qPrintable(after));
    if (w.climbView()->currentRow() >= 0)
        QVERIFY(after.startsWith(QStringLiteral("permit.test as"))); // the rung on show is the new check's

    // A name whose DNSSEC fails: the servers "differ" only because nothing validates their answers, and it says so
    // (a trial: the Nameservers tab said every server agrees while this tab said they differ).
    QVERIFY(checkWithMatrix(w, QStringLiteral("www.bogus.test")));
    w.climbView()->setCurrentRow(0);
    QVERIFY2(w.selectedNameView()->toPlainText().contains(QStringLiteral("The servers' answers are not validated")),
             qPrintable(w.selectedNameView()->toPlainText()));
}
