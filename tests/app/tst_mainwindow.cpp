// The real MainWindow on the offscreen platform: type a name, press Check, and look at what a person would see.
#include "climbmodel.h"
#include "climbpainter.h"
#include "climbview.h"
#include "fixcard.h"
#include "issuerdiffview.h"
#include "mainwindow.h"
#include "nameserversmodel.h"
#include "plainpasteedit.h"
#include "recordsmodel.h"
#include "reportdocument.h"
#include "verdictgridmodel.h"
#include "zonesession.h"
#include "zoneworkspacepage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QIcon>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace caa;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir; // settings of their own, never the user's
    QString settings() const { return m_dir.filePath(QStringLiteral("caa-doctor.ini")); }
    // The report tests' own: the CA chosen last in other tests must not change what they check.
    QString reportSettings() const { return m_dir.filePath(QStringLiteral("reports.ini")); }
private Q_SLOTS:
    void trailingDotDemo();
    void changedQuestionIsAnsweredAtOnce();
    void ipAddressHasNoWildcardColumn();
    void sentencesFitTheCaAndTheVerdict();
    void pastedErrorIsExplainedAndChecked();
    void errorPastedIntoTheFieldIsChecked();
    void applyUndoRedoAndSave();
    void settingsDialogValidatesAndSaves();
    void invalidNameShownInline();
    void settingsKeepTheCommandLineResolver();
    void keyboardReachesEverything();
    void otherZoneFilesAreCheckedAtOnce();
    void openDialogsStartWhereTheLastFileWas();
    void climbNameAndBadgeNeverOverlap_data();
    void climbNameAndBadgeNeverOverlap();
    void verdictDiffAndFixFitAt1280x800();
    void longTextsNeverWidenTheWindow_data();
    void longTextsNeverWidenTheWindow();
    void recentCasLeadTheChooserAndGrid();
    void germanWindow();
    void diagnosisFitsAboveTheTabs();
    void fitsASmallScreen();
    void iconsAreSharpAtHighDensity();
    void brokenZoneShownInline();
    void reportAndEvidenceFromTheWindow();
    void printPreviewShowsTheReport();
    void cancelledExportWritesNothing();
    void brokenEvidenceShownInline();
    void zoneAuditSummaryReport();
    void reportPaperIsRemembered();
    void bundleTextIsNeverMarkup();
    void noReportOfARunningCheck();
    void helpWithoutADisplay();
    void demoOpensAWritableCopy();
};

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Checks `name` on the demo zone in a window that is shown; true when the check finished.
bool checkDemo(MainWindow& w, const QString& name)
{
    if (!w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }))
        return false;
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.nameEdit()->setText(name);
    w.check();
    return finished.wait(5000);
}

} // namespace

void TestMainWindow::trailingDotDemo()
{
    MainWindow w(settings());
    QAbstractItemModelTester climbTester(w.climbModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recordsTester(w.recordsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester gridTester(w.verdictGrid(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    QTest::keyClicks(w.nameEdit(), QStringLiteral("www.example.com"));
    QTest::mouseClick(w.checkButton(), Qt::LeftButton);
    QVERIFY(finished.wait(5000));

    QVERIFY2(w.headline()->text().contains(QStringLiteral("will refuse")), qPrintable(w.headline()->text()));
    // The rungs: the name is empty, example.com holds the blocking set, com was not consulted.
    QCOMPARE(w.climbModel()->rowCount(), 3);
    using S = ClimbModel::RungState;
    QCOMPARE(w.climbModel()->index(0).data(ClimbModel::StateRole).value<S>(), S::Empty);
    QCOMPARE(w.climbModel()->index(1).data(ClimbModel::StateRole).value<S>(), S::Blocks);
    QCOMPARE(w.climbModel()->index(2).data(ClimbModel::StateRole).value<S>(), S::NotConsulted);
    // The issuer diff marks exactly the trailing dot.
    QCOMPARE(w.issuerDiff()->rows().size(), 1);
    const IssuerDiffView::Row row = w.issuerDiff()->rows().first();
    QCOMPARE(row.found(), QStringLiteral("letsencrypt.org."));
    QCOMPARE(row.expected, QStringLiteral("letsencrypt.org"));
    QCOMPARE(row.highlight, (QList<qsizetype> { 15, 16 }));
    // One click copies the corrected record.
    QVERIFY(!w.fixCards().isEmpty());
    // A real click needs a laid-out button: the cards are created when the verdict arrives.
    QTRY_VERIFY(w.fixCards().first()->copyButton()->isVisible() && w.fixCards().first()->copyButton()->height() > 0);
    QTest::mouseClick(w.fixCards().first()->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("example.com. CAA 0 issue \"letsencrypt.org\""));
    // Copy as ▸ Web form fields for ▸ AWS Route 53: that provider's fields and quoting.
    QAction* route53 = nullptr;
    for (QAction* a : w.fixCards().first()->findChildren<QAction*>()) {
        if (a->text() == QLatin1String("AWS Route 53"))
            route53 = a;
    }
    QVERIFY(route53);
    route53->trigger();
    QVERIFY2(
        QApplication::clipboard()->text().contains(QStringLiteral(
            "Record name: (leave empty: the zone's own name)\nRecord type: CAA\nValue: 0 issue \"letsencrypt.org\"")),
        qPrintable(QApplication::clipboard()->text()));
    QCOMPARE(w.recordsModel()->rowCount(), 2);
    // The grid: Let's Encrypt first (refused both ways), every other CA refused too (the set names only LE, wrongly).
    QVERIFY(w.verdictGrid()->rowCount() >= 5);
    QCOMPARE(w.verdictGrid()->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("www.example.com"));
    QCOMPARE(w.verdictGrid()->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("*.www.example.com"));
    QCOMPARE(w.verdictGrid()->profiles().first().key, QStringLiteral("letsencrypt.org"));
    for (int ca = 0; ca < w.verdictGrid()->rowCount(); ++ca) {
        for (int col = 1; col <= 2; ++col)
            QCOMPARE(w.verdictGrid()->index(ca, col).data(VerdictGridModel::OutcomeRole).toInt(), int(Outcome::Forbid));
    }
    // Keyboard navigation of the climb.
    w.climbView()->setFocus();
    QTest::keyClick(w.climbView(), Qt::Key_Home);
    QCOMPARE(w.climbView()->currentRow(), 0);
    QTest::keyClick(w.climbView(), Qt::Key_Down);
    QCOMPARE(w.climbView()->currentRow(), 1);
}

void TestMainWindow::pastedErrorIsExplainedAndChecked()
{
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    QVERIFY(w.checkFromError(QStringLiteral("Domain: www.example.com\n  Type: caa\n  Detail: While processing CAA "
                                            "for www.example.com: CAA record for example.com prevents issuance")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(w.nameEdit()->text(), QStringLiteral("www.example.com"));
    QVERIFY(w.errorSummary()->text().contains(QStringLiteral("Let's Encrypt refused")));
    QVERIFY(w.headline()->text().contains(QStringLiteral("will refuse")));
    QVERIFY(!w.checkFromError(QStringLiteral("Connection reset by peer")));
    QVERIFY(w.inlineError().contains(QStringLiteral("No name found")));
    // Issue 12: the reading of the earlier error does not stay beside a text that says something else.
    QVERIFY(w.errorSummary()->isHidden());
    // A CA's error that names no domain (SSL.com's) is checked for that CA and the name in the field.
    w.setName(QStringLiteral("www.example.com"));
    QVERIFY(w.checkFromError(QStringLiteral("MPIC failed.. CAA record does not include ssl.com which is required to "
                                            "issue the certificate.")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(w.caBox()->currentData().toString(), QStringLiteral("ssl.com"));
    QCOMPARE(w.nameEdit()->text(), QStringLiteral("www.example.com"));
    QVERIFY(w.errorSummary()->isVisibleTo(&w));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("SSL.com")), qPrintable(w.headline()->text()));
    // A generic ACME CAA problem names no CA: the CA chosen stays.
    QVERIFY(w.checkFromError(QStringLiteral("acme: error: 403 :: urn:ietf:params:acme:error:caa :: CAA records "
                                            "forbid issuance for shop.example.com")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(w.caBox()->currentData().toString(), QStringLiteral("ssl.com"));
}

void TestMainWindow::errorPastedIntoTheFieldIsChecked()
{
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    // certbot's output, pasted with the keyboard into the field: checked once the typing stops, no button needed.
    QApplication::clipboard()->setText(QStringLiteral(
        "Certbot failed to authenticate some domains (authenticator: nginx). The Certificate Authority reported these "
        "problems:\n  Domain: www.example.com\n  Type:   caa\n  Detail: CAA record for example.com prevents "
        "issuance\n"));
    w.pasteErrorEdit()->setFocus();
    QTest::keyClick(w.pasteErrorEdit(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(finished.wait(5000));
    QCOMPARE(w.nameEdit()->text(), QStringLiteral("www.example.com"));
    QVERIFY2(w.errorSummary()->isVisible(), "the error's reading is shown above the verdict");
    QVERIFY(w.headline()->text().contains(QStringLiteral("will refuse")));
    // Text without a name: said inline, nothing checked, no dialog.
    w.pasteErrorEdit()->setPlainText(QStringLiteral("Connection reset by peer"));
    QTRY_VERIFY(w.inlineError().contains(QStringLiteral("No name found")));
    QCOMPARE(finished.count(), 1);
    QVERIFY(QApplication::topLevelWidgets().size() >= 1);
    for (QWidget* top : QApplication::topLevelWidgets())
        QVERIFY(!top->isVisible() || top == &w || !qobject_cast<QDialog*>(top));
    // Emptying the field clears the message.
    w.pasteErrorEdit()->clear();
    QTRY_VERIFY(w.inlineError().isEmpty());
    // Ctrl+V with an empty clipboard crashed Qt 6.4's QPlainTextEdit under X11 (SIGSEGV in insertFromMimeData): the
    // field pastes the clipboard's text only, and nothing when there is none.
    QVERIFY(qobject_cast<PlainPasteEdit*>(w.pasteErrorEdit()));
    QApplication::clipboard()->clear();
    w.pasteErrorEdit()->setFocus();
    QTest::keyClick(w.pasteErrorEdit(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(w.pasteErrorEdit()->toPlainText().isEmpty());
    // Check ▸ Paste an Error takes the clipboard into the field (Ctrl+Shift+V), which checks it.
    QApplication::clipboard()->setText(QStringLiteral("acme: error: 403 :: urn:ietf:params:acme:error:caa :: CAA "
                                                      "record for example.com prevents issuance, url: "));
    w.nameEdit()->setFocus();
    w.setName(QStringLiteral("other.example.com"));
    QTest::keyClick(&w, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.pasteErrorEdit()->toPlainText(), QApplication::clipboard()->text());
    QVERIFY(finished.wait(5000));
    QCOMPARE(w.nameEdit()->text(), QStringLiteral("example.com"));
}

void TestMainWindow::applyUndoRedoAndSave()
{
    QTemporaryDir dir;
    const QString zone = dir.filePath(QStringLiteral("trailing-dot.zone"));
    QVERIFY(QFile::copy(QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone"), zone));
    QFile in(zone);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray original = in.readAll();
    in.close();
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ zone }));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("www.example.com"));
    w.check();
    QVERIFY(finished.wait(5000));
    QVERIFY(w.fixCards().first()->applyButton());
    QTest::mouseClick(w.fixCards().first()->applyButton(), Qt::LeftButton);
    QCOMPARE(w.pendingFixCount(), 1);
    QVERIFY(w.pendingDiff().contains(QStringLiteral("-@       IN  CAA   0 issue \"letsencrypt.org.\"")));
    QVERIFY(w.pendingDiff().contains(QStringLiteral("+@       IN  CAA   0 issue \"letsencrypt.org\"")));
    w.undoStack()->undo();
    QCOMPARE(w.pendingFixCount(), 0);
    QVERIFY(w.pendingDiff().isEmpty());
    w.undoStack()->redo();
    QCOMPARE(w.pendingFixCount(), 1);
    QVERIFY(w.saveZoneChanges(false));
    QVERIFY(finished.wait(5000));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("may issue")), qPrintable(w.headline()->text()));
    QFile out(zone);
    QVERIFY(out.open(QIODevice::ReadOnly));
    // The demo's serial is 2026112801 (YYYYMMDDnn): today's first, or the next one on 2026-11-28.
    const QDate today = QDate::currentDate();
    const QByteArray serial = today > QDate(2026, 11, 28)
        ? QByteArray::number(today.toString(QStringLiteral("yyyyMMdd")).toUInt() * 100 + 1)
        : QByteArrayLiteral("2026112802");
    QCOMPARE(out.readAll(),
             QByteArray(original)
                 .replace("issue \"letsencrypt.org.\"", "issue \"letsencrypt.org\"")
                 .replace("2026112801 ; serial", serial + " ; serial"));
    QVERIFY(QFile::exists(zone + QStringLiteral(".orig")));
    QCOMPARE(w.pendingFixCount(), 0);
}

void TestMainWindow::settingsDialogValidatesAndSaves()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    MainWindow w(ini);
    int attempts = 0;
    // Fill the modal dialog from the event loop: first an invalid resolver (the dialog must stay open), then a valid
    // one.
    std::function<void()> fill = [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, &w, fill);
            return;
        }
        auto* resolvers = dialog->findChildren<QLineEdit*>().first();
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (attempts++ == 0) {
            resolvers->setText(QStringLiteral("dns.example"));
            ok->click();
            QVERIFY(dialog->isVisible());
            QTimer::singleShot(10, &w, fill);
            return;
        }
        resolvers->setText(QStringLiteral("127.0.0.1:5353, ::1"));
        dialog->findChildren<QSpinBox*>().first()->setValue(1500);
        ok->click();
    };
    QTimer::singleShot(0, &w, fill);
    w.editSettings();
    QCOMPARE(attempts, 2);
    Settings saved(ini);
    QCOMPARE(saved.resolvers(), QStringList({ QStringLiteral("127.0.0.1:5353"), QStringLiteral("[::1]:53") }));
    QCOMPARE(saved.timeoutMs(), 1500);
}

// Issue 13 items 16 and 21: OK in Settings replaced the --resolver of the command line by the system's resolver,
// silently, and the dialog never showed it; a URL typed as a resolver was not explained; the fields were tiny.
void TestMainWindow::settingsKeepTheCommandLineResolver()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    MainWindow w(ini);
    w.useCommandLineResolvers({ QStringLiteral("127.0.0.1:5399") });
    QString shownNote, urlProblem;
    int fieldWidth = 0;
    int step = 0;
    std::function<void()> fill = [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, &w, fill);
            return;
        }
        auto* resolvers = dialog->findChild<QLineEdit*>(QStringLiteral("resolvers"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        if (step++ == 0) {
            if (auto* note = dialog->findChild<QLabel*>(QStringLiteral("resolversInUse")))
                shownNote = note->text();
            fieldWidth = resolvers->width();
            resolvers->setText(QStringLiteral("https://1.1.1.1/dns-query"));
            ok->click();
            urlProblem = dialog->findChild<QLabel*>(QStringLiteral("problem"))->text();
            // The whole sentence fits (the GUI trial saw it clipped under the fields).
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("problem"));
            QVERIFY(problem->height() >= problem->heightForWidth(problem->width()));
            QVERIFY(dialog->rect().contains(problem->geometry()));
            QVERIFY(dialog->isVisible()); // refused, nothing lost
            resolvers->setText(QString()); // back to what was saved: unchanged
            dialog->findChildren<QSpinBox*>().first()->setValue(1200);
        }
        ok->click();
    };
    QTimer::singleShot(0, &w, fill);
    w.editSettings();
    QVERIFY2(shownNote.contains(QStringLiteral("127.0.0.1:5399")) && shownNote.contains(QStringLiteral("--resolver")),
             qPrintable(shownNote));
    QVERIFY2(urlProblem.contains(QStringLiteral("is a URL")) && urlProblem.contains(QStringLiteral("such as 1.1.1.1")),
             qPrintable(urlProblem));
    QVERIFY2(fieldWidth >= w.fontMetrics().horizontalAdvance(QLatin1Char('m')) * 30,
             qPrintable(QString::number(fieldWidth)));
    QCOMPARE(w.resolversInUse(), QStringList { QStringLiteral("127.0.0.1:5399") }); // still the command line's
    Settings saved(ini);
    QCOMPARE(saved.timeoutMs(), 1200);
    QVERIFY(saved.resolvers().isEmpty());
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains("@Invalid"), "an empty list is not written as @Invalid()");
    // Changing the field replaces them.
    step = 0;
    fill = [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, &w, fill);
            return;
        }
        dialog->findChild<QLineEdit*>(QStringLiteral("resolvers"))->setText(QStringLiteral("127.0.0.2"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    };
    QTimer::singleShot(0, &w, fill);
    w.editSettings();
    QCOMPARE(w.resolversInUse(), QStringList { QStringLiteral("127.0.0.2:53") });
}

// Issue 13 item 18: Ctrl+E did nothing with the focus in the Name field (the field took it as "end of line"), the fix
// card's buttons could not be reached with Tab, and no menu item copied the fix.
void TestMainWindow::keyboardReachesEverything()
{
    MainWindow w(settings());
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(!w.fixCards().isEmpty());
    FixCard* card = w.fixCards().first();
    // Tab from the Name field reaches the card's Copy, Copy as and Apply (within a bounded number of presses).
    w.nameEdit()->setFocus();
    QTRY_VERIFY(w.nameEdit()->hasFocus());
    QSet<QString> reached;
    for (int i = 0; i < 80 && reached.size() < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        if (focus && focus->parentWidget() == card) {
            if (auto* button = qobject_cast<QAbstractButton*>(focus))
                reached.insert(button->text());
        }
    }
    QVERIFY2(reached.contains(QStringLiteral("Copy")) && reached.contains(QStringLiteral("Copy as"))
                 && reached.contains(QStringLiteral("Apply to Zone File")),
             qPrintable(QStringList(reached.begin(), reached.end()).join(u'|')));
    // Edit ▸ Copy Fix copies the first fix's zone-file lines.
    QAction* copyFix = nullptr;
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->objectName() == QLatin1String("copyFix"))
            copyFix = a;
    }
    QVERIFY(copyFix);
    QVERIFY(copyFix->isEnabled());
    QApplication::clipboard()->clear();
    copyFix->trigger();
    QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("CAA 0 issue \"letsencrypt.org\"")),
             qPrintable(QApplication::clipboard()->text()));
    // Ctrl+E with the focus in the Name field opens the export (the PDF dialog: closed again at once).
    w.nameEdit()->setFocus();
    QTRY_VERIFY(w.nameEdit()->hasFocus());
    bool dialogSeen = false;
    QTimer::singleShot(200, &w, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            dialogSeen = true;
            modal->close();
        }
    });
    QTest::keyClick(w.nameEdit(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(dialogSeen);
}

// Issue 13 item 17: a 300-character name made the window 2,250 px wide, past the screen. Long texts wrap or elide.
// Issue 13 item 19: at 1024×700 the rung "example.com" was drawn under "RELEVANT SET · BLOCKS".
void TestMainWindow::climbNameAndBadgeNeverOverlap_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("whole"); // both fit unchanged
    const QString blocks = QStringLiteral("RELEVANT SET · BLOCKS");
    QTest::newRow("wide") << QStringLiteral("example.com") << blocks << 600 << true;
    QTest::newRow("the 1024×700 rung") << QStringLiteral("example.com") << blocks << 220 << false;
    QTest::newRow("long name, narrow") << QString(60, u'a') + QStringLiteral(".example.com") << blocks << 300 << false;
    QTest::newRow("no badge, long name") << QString(60, u'a') + QStringLiteral(".example.com") << QString() << 200
                                         << false;
    QTest::newRow("very narrow") << QStringLiteral("example.com") << blocks << 40 << false;
}

void TestMainWindow::climbNameAndBadgeNeverOverlap()
{
    QFETCH(QString, name);
    QFETCH(QString, badge);
    QFETCH(int, width);
    QFETCH(bool, whole);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont bold = QApplication::font();
    bold.setBold(true);
    const auto [shownName, shownBadge] = ClimbPainter::fitNameAndBadge(name, badge, mono, bold, width);
    QCOMPARE(shownName == name && shownBadge == badge, whole);
    const int used = QFontMetrics(mono).horizontalAdvance(shownName)
        + (badge.isEmpty() ? 0 : ClimbPainter::kBadgeGap + QFontMetrics(bold).horizontalAdvance(shownBadge));
    QVERIFY2(used <= width || shownName.size() <= 1, qPrintable(QStringLiteral("%1 > %2").arg(used).arg(width)));
}

// Issue 13 item 19: at 1280×820 "Apply to Zone File" was half hidden below the verdict. The verdict, the issuer diff
// and the first fix (its Apply button included) are seen without scrolling at 1280×800.
void TestMainWindow::verdictDiffAndFixFitAt1280x800()
{
    MainWindow w(m_dir.filePath(QStringLiteral("layout-19.ini")));
    w.resize(1280, 800);
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    QVERIFY(!w.fixCards().isEmpty());
    auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("diagnosisScroll"));
    QVERIFY(scroll);
    QPushButton* apply = w.fixCards().first()->applyButton();
    QVERIFY(apply);
    QTRY_VERIFY2(
        scroll->viewport()->rect().contains(QRect(apply->mapTo(scroll->viewport(), QPoint(0, 0)), apply->size())),
        "the first fix's Apply button is below the fold");
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
}

void TestMainWindow::longTextsNeverWidenTheWindow_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("300 characters, invalid") << QString(300, u'a') + QStringLiteral(".example.com");
    QString longValid;
    for (int i = 0; i < 3; ++i)
        longValid += QString(60, QChar(u'a' + i)) + u'.';
    QTest::newRow("long valid name outside the zone") << longValid + QStringLiteral("example.net");
    QTest::newRow("over 253 characters") << longValid + longValid + QStringLiteral("example.net");
    QTest::newRow("long valid name in the zone") << QString(60, u'x') + QStringLiteral(".") + QString(60, u'y')
            + QStringLiteral(".") + QString(60, u'z') + QStringLiteral(".example.com");
}

void TestMainWindow::longTextsNeverWidenTheWindow()
{
    QFETCH(QString, name);
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.nameEdit()->setText(name);
    w.check();
    finished.wait(3000); // an invalid name finishes at once, without the signal
    QTest::qWait(50);
    QVERIFY2(
        w.minimumSizeHint().width() <= 1024 && w.minimumWidth() <= 1024,
        qPrintable(QStringLiteral("minimum width %1").arg(std::max(w.minimumSizeHint().width(), w.minimumWidth()))));
    QVERIFY2(w.width() <= 1024, qPrintable(QStringLiteral("window width %1").arg(w.width())));
    // The message shows a long name by its ends, and a length fault without a position (GUI trial).
    if (!w.inlineError().isEmpty()) {
        QVERIFY2(w.inlineError().size() < 200, qPrintable(w.inlineError()));
        if (w.inlineError().contains(QStringLiteral("253")))
            QVERIFY2(!w.inlineError().contains(QStringLiteral("at character")), qPrintable(w.inlineError()));
    }
}

// Issue 13 item 21: the Open dialogs always started in the home folder.
void TestMainWindow::openDialogsStartWhereTheLastFileWas()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("folders.ini"));
    const QString folder = dir.filePath(QStringLiteral("zones"));
    QVERIFY(QDir().mkpath(folder));
    const QString zone = folder + QStringLiteral("/example.com.zone");
    QVERIFY(QFile::copy(QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone"), zone));
    {
        MainWindow w(ini);
        QCOMPARE(w.settingsStore()->lastOpenFolder(), QDir::homePath()); // a fresh profile
        w.openPaths({ zone });
        QCOMPARE(w.settingsStore()->lastOpenFolder(), folder);
    }
    {
        MainWindow w(ini); // remembered across starts
        QCOMPARE(w.settingsStore()->lastOpenFolder(), folder);
        bool dialogFolderSeen = false;
        QTimer::singleShot(0, &w, [&] {
            std::function<void()> look = [&] {
                auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
                if (!dialog) {
                    QTimer::singleShot(10, &w, look);
                    return;
                }
                dialogFolderSeen = QDir(dialog->directory()).absolutePath() == QDir(folder).absolutePath();
                dialog->reject();
            };
            look();
        });
        QAction* open = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Open))
                open = a;
        }
        QVERIFY(open);
        open->trigger();
        QVERIFY(dialogFolderSeen);
        // The CA chooser's list shows whole names (issue 13 item 21: they were cut).
        int widest = 0;
        for (int i = 0; i < w.caBox()->count(); ++i)
            widest = std::max(widest, w.caBox()->fontMetrics().horizontalAdvance(w.caBox()->itemText(i)));
        QVERIFY2(w.caBox()->view()->minimumWidth() >= widest,
                 qPrintable(QStringLiteral("%1 < %2").arg(w.caBox()->view()->minimumWidth()).arg(widest)));
    }
    QVERIFY(QDir(folder).removeRecursively()); // gone: home again
    QCOMPARE(Settings(ini).lastOpenFolder(), QDir::homePath());
}

// The GUI trial: after other zone files were opened, the Diagnosis tab kept the verdict made from the old ones, not
// marked out of date. The name on show is checked again against the files that answer now.
void TestMainWindow::otherZoneFilesAreCheckedAtOnce()
{
    MainWindow w(settings());
    // The demo's note (where its copy is) stays in the status bar through checks (GUI trial: it was gone in seconds).
    w.showStandingNote(QStringLiteral("Demo: a copy of the shipped example, yours to edit and save: /tmp/x.zone"));
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    QVERIFY(w.standingNote().endsWith(QStringLiteral("/tmp/x.zone")));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("standingNote"))->isVisible());
    QVERIFY(w.headline()->text().contains(QStringLiteral("will refuse")));
    QTemporaryDir dir;
    const QString fixed = dir.filePath(QStringLiteral("example.com.zone"));
    QFile in(QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QFile out(fixed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.readAll().replace("letsencrypt.org.\"", "letsencrypt.org\""));
    out.close();
    QVERIFY(w.openZoneFiles({ fixed }));
    QTRY_VERIFY2(w.headline()->text().contains(QStringLiteral("may issue")), qPrintable(w.headline()->text()));
}

void TestMainWindow::recentCasLeadTheChooserAndGrid()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("recent.ini"));
    const QString zone = QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone");
    {
        MainWindow w(ini);
        QVERIFY(w.openZoneFiles({ zone }));
        QCOMPARE(w.caBox()->currentData().toString(), QStringLiteral("letsencrypt.org")); // the default
        w.setName(QStringLiteral("www.example.com"));
        QSignalSpy finished(&w, &MainWindow::checkFinished);
        w.check();
        QVERIFY(finished.wait(5000));
        // Typing part of a CA's name and picking it, as a person does with the searchable chooser.
        w.caBox()->setFocus();
        w.caBox()->lineEdit()->selectAll();
        QTest::keyClicks(w.caBox(), QStringLiteral("DigiCert"));
        const int digicert = w.caBox()->findData(QStringLiteral("digicert.com"));
        QVERIFY(digicert >= 0);
        w.caBox()->setCurrentIndex(digicert);
        w.check();
        QVERIFY(finished.wait(5000));
        // Chosen lately: on top, most recent first, then a separator, each CA listed once.
        QCOMPARE(w.caBox()->itemData(0).toString(), QStringLiteral("digicert.com"));
        QCOMPARE(w.caBox()->itemData(1).toString(), QStringLiteral("letsencrypt.org"));
        QVERIFY(w.caBox()->itemData(2, Qt::AccessibleDescriptionRole).toString() == QLatin1String("separator"));
        QCOMPARE(w.caBox()->findData(QStringLiteral("letsencrypt.org")), 1);
        QCOMPARE(w.caBox()->currentData().toString(), QStringLiteral("digicert.com"));
        QCOMPARE(w.verdictGrid()->profiles().at(0).key, QStringLiteral("digicert.com"));
        QCOMPARE(w.verdictGrid()->profiles().at(1).key, QStringLiteral("letsencrypt.org"));
        int lets = 0;
        for (const CaProfile& p : w.verdictGrid()->profiles())
            lets += p.key == QLatin1String("letsencrypt.org");
        QCOMPARE(lets, 1);
        w.close();
    }
    MainWindow again(ini); // remembered across runs
    QCOMPARE(again.caBox()->currentData().toString(), QStringLiteral("digicert.com"));
    QCOMPARE(again.caBox()->itemData(1).toString(), QStringLiteral("letsencrypt.org"));
}

void TestMainWindow::germanWindow()
{
    // The translation compiled into the program, loaded the way main() loads it for a German locale.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("caa-doctor"),
                            QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QApplication::installTranslator(&translator));
    const QString check = translator.translate("caa::DiagnosisPage", "Check");
    QVERIFY(!check.isEmpty() && check != QLatin1String("Check"));
    {
        MainWindow w(settings());
        QCOMPARE(w.checkButton()->text(), check);
        // The catalogue's sentences follow, the same ones the CLI prints in English.
        QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
        QSignalSpy finished(&w, &MainWindow::checkFinished);
        w.setName(QStringLiteral("www.example.com"));
        w.check();
        QVERIFY(finished.wait(5000));
        QVERIFY2(!w.headline()->text().contains(QStringLiteral("will refuse")), qPrintable(w.headline()->text()));
        QVERIFY2(w.headline()->text().contains(QStringLiteral("verweigert")), qPrintable(w.headline()->text()));
    }
    QApplication::removeTranslator(&translator);
}

void TestMainWindow::diagnosisFitsAboveTheTabs()
{
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    w.resize(1280, 1200); // tall enough for all of it (two fix cards with their notes)
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("www.example.com"));
    w.check();
    QVERIFY(finished.wait(5000));
    // The whole diagnosis (verdict, diff, fix card) is visible without scrolling; the tabs keep a usable height.
    QTRY_COMPARE(w.diagnosisArea()->verticalScrollBar()->maximum(), 0);
    QVERIFY(w.detailTabs()->height() >= w.detailTabs()->minimumHeight());
    // A short diagnosis leaves the room to the tabs (the CA grid, the records).
    w.setName(QStringLiteral("example.com"));
    w.caBox()->setCurrentIndex(w.caBox()->findData(QStringLiteral("pki.goog")));
    w.check();
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(w.diagnosisArea()->verticalScrollBar()->maximum(), 0);
    QTRY_VERIFY(w.detailTabs()->height() > w.diagnosisArea()->height() / 2);
}

void TestMainWindow::fitsASmallScreen()
{
    // A 1024-pixel-wide laptop screen, long resolver lists and long file names included.
    QTemporaryDir dir;
    const QString zone
        = dir.filePath(QStringLiteral("a-zone-file-with-a-rather-long-name-exported-from-a-provider.zone"));
    QVERIFY(QFile::copy(QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone"), zone));
    MainWindow w(settings());
    w.useLiveDns({ QStringLiteral("[2001:db8:1234:5678::53]:5353"), QStringLiteral("[2001:db8:1234:5678::54]:5353"),
                   QStringLiteral("192.0.2.153:5353") });
    QVERIFY2(w.minimumSizeHint().width() <= 1000, qPrintable(QString::number(w.minimumSizeHint().width())));
    QVERIFY(w.openZoneFiles({ zone }));
    QVERIFY2(w.minimumSizeHint().width() <= 1000, qPrintable(QString::number(w.minimumSizeHint().width())));
    QVERIFY(w.minimumSizeHint().height() <= 700);
}

void TestMainWindow::iconsAreSharpAtHighDensity()
{
    // Every icon the window uses comes from SVG: drawn at 3× it is a real 48-pixel image, not a scaled-up 16.
    for (const char* name : { "caa-doctor", "document-open", "document-save", "edit-copy", "edit-paste", "help-about",
                              "preferences-system", "system-search" }) {
        const QString file = QStringLiteral(":/caa/icons/%1.svg").arg(QLatin1String(name));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QImage image = QIcon(file).pixmap(QSize(16, 16), 3.0).toImage();
        QVERIFY2(image.width() == 48 && image.height() == 48, qPrintable(file));
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        }
        QVERIFY2(opaque > 40, qPrintable(file)); // something is drawn
    }
    MainWindow w(settings());
    int withIcons = 0;
    for (QAction* a : w.menuBar()->findChildren<QAction*>())
        withIcons += !a->icon().isNull();
    QVERIFY(withIcons >= 6);
}

void TestMainWindow::invalidNameShownInline()
{
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    w.setName(QStringLiteral("a..example.com"));
    w.check();
    QVERIFY(w.inlineError().contains(QStringLiteral("empty label")));
    QCOMPARE(w.nameEdit()->selectedText(), QStringLiteral("."));
}

void TestMainWindow::brokenZoneShownInline()
{
    {
        // The source box offers the alternatives.
        MainWindow ok(settings());
        QVERIFY(ok.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
        QComboBox* source = nullptr;
        for (QComboBox* box : ok.findChildren<QComboBox*>()) {
            if (box->accessibleName() == QLatin1String("Where the records come from"))
                source = box;
        }
        QVERIFY(source);
        QStringList choices;
        for (int i = 0; i < source->count(); ++i)
            choices.append(source->itemData(i).toString());
        QVERIFY2(choices.contains(QStringLiteral("system")) && choices.contains(QStringLiteral("zones")),
                 qPrintable(choices.join(u' ')));
        QVERIFY(source->currentText().startsWith(QStringLiteral("Zone files: trailing-dot.zone")));
    }
    // A zone with syntax errors is opened (the errors are listed in the workspace), and the diagnosis says records
    // may be missing, with file:line.
    // (The corpus file has no $ORIGIN; as a BIND zone file would, it takes the zone from its name.)
    QFile corpus(QStringLiteral(CAA_SOURCE_DIR "/tests/data/zones/invalid/unbalanced-parens.zone"));
    QVERIFY(corpus.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("example.com.zone"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(corpus.readAll());
    copy.close();
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ path }));
    QVERIFY2(w.inlineError().contains(QStringLiteral("records on those lines are missing")),
             qPrintable(w.inlineError()));
    QVERIFY(w.inlineError().contains(QStringLiteral("example.com.zone:10:19: ')' without a matching '('")));
    QVERIFY(w.inlineError().contains(QStringLiteral("the zone is taken to be example.com, from the file name")));
    QCOMPARE(w.zoneSession()->workspace().workingZone(0)->origin(), QStringLiteral("example.com"));
}

void TestMainWindow::reportAndEvidenceFromTheWindow()
{
    MainWindow w(reportSettings());
    QCOMPARE(w.reportKind(), MainWindow::ReportKind::None);
    QVERIFY(!w.exportReportAction()->isEnabled());
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    QCOMPARE(w.reportKind(), MainWindow::ReportKind::Diagnosis);
    QVERIFY(w.exportReportAction()->isEnabled());
    const QString headline = w.headline()->text();

    const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
    QString error;
    QVERIFY2(w.exportReport(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(headline), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("found \"letsencrypt.org.\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Fix: Remove the trailing dot")));
    // The window's grid of other CAs is in the report too.
    QVERIFY2(text.contains(QStringLiteral("Other CAs on the same records")), qPrintable(text));

    // The bundle reopens in another window, offline, as the same diagnosis; its fixes cannot be written anywhere.
    const QString bundle = m_dir.filePath(QStringLiteral("window.caa-evidence.json"));
    QVERIFY2(w.saveEvidence(bundle, &error), qPrintable(error));
    MainWindow other(reportSettings());
    other.show();
    QVERIFY(other.openEvidence(bundle));
    QVERIFY(other.showsEvidence());
    QCOMPARE(other.headline()->text(), headline);
    QVERIFY(other.errorSummary()->isVisible());
    QVERIFY2(other.errorSummary()->text().contains(QStringLiteral("Offline evidence")),
             qPrintable(other.errorSummary()->text()));
    QCOMPARE(other.climbModel()->rowCount(), 3);
    QVERIFY(!other.fixCards().isEmpty());
    for (FixCard* card : other.fixCards())
        QVERIFY(!card->applyButton() || !card->applyButton()->isEnabled() || !card->applyButton()->isVisible());
    QCOMPARE(other.reportKind(), MainWindow::ReportKind::Diagnosis);
    const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
    QVERIFY2(other.exportReport(again, &error), qPrintable(error));
    QVERIFY(pdfText(again).contains(QStringLiteral("offline from the evidence bundle")));
    // A dropped bundle opens the same way.
    MainWindow dropped(reportSettings());
    dropped.openPaths({ bundle });
    QVERIFY(dropped.showsEvidence());
    // A fresh check leaves the evidence.
    QSignalSpy finished(&other, &MainWindow::checkFinished);
    QVERIFY(other.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    other.check();
    QVERIFY(finished.wait(5000));
    QVERIFY(!other.showsEvidence());
    QVERIFY(!other.errorSummary()->isVisible());
}

void TestMainWindow::printPreviewShowsTheReport()
{
    MainWindow w(reportSettings());
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    int pages = -1;
    bool seen = false;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        if (auto* preview = dialog->findChild<QPrintPreviewWidget*>())
            pages = preview->pageCount();
        dialog->reject();
    });
    w.printAction()->trigger();
    QVERIFY(seen);
    QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
}

void TestMainWindow::cancelledExportWritesNothing()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow w(reportSettings());
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList before = QDir(documents).entryList(QDir::Files);
    bool seen = false;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral(".pdf")));
        dialog->reject();
    });
    w.exportReportAction()->trigger();
    QVERIFY(seen);
    QCOMPARE(QDir(documents).entryList(QDir::Files), before);
    QVERIFY(QApplication::activeModalWidget() == nullptr); // no error box either
    QStandardPaths::setTestModeEnabled(false);
}

void TestMainWindow::brokenEvidenceShownInline()
{
    MainWindow w(reportSettings());
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    const QString headline = w.headline()->text();
    const QString path = m_dir.filePath(QStringLiteral("broken.caa-evidence.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "caa-doctor-evidence", "format_version": 1, "query": {"name": "a..b"}})");
    file.close();
    QVERIFY(!w.openEvidence(path));
    QVERIFY2(w.inlineError().contains(QStringLiteral("not a usable evidence bundle")), qPrintable(w.inlineError()));
    QVERIFY(!w.showsEvidence());
    QCOMPARE(w.headline()->text(), headline); // what was on show stays
    QVERIFY(!w.openEvidence(m_dir.filePath(QStringLiteral("missing.json"))));
}

void TestMainWindow::zoneAuditSummaryReport()
{
    MainWindow w(reportSettings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_TEST_DATA "/reports/report.zone") }));
    w.pages()->setCurrentWidget(w.workspacePage());
    QTRY_COMPARE(w.reportKind(), MainWindow::ReportKind::ZoneAudit);
    const QString pdf = m_dir.filePath(QStringLiteral("audit.pdf"));
    QString error;
    QVERIFY2(w.exportReport(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf);
    for (const QString& e :
         { QStringLiteral("Zone audit of report.zone"), QStringLiteral("SHA-256"), QStringLiteral("dot.example.org"),
           QStringLiteral("typo.example.org"), QStringLiteral("with a final dot"), QStringLiteral("Details") })
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in %2").arg(e, text)));

    // The same in the background, as File ▸ Export PDF does it: the actions wait, the outcome is signalled.
    QSignalSpy written(&w, &MainWindow::reportWritten);
    const QString background = m_dir.filePath(QStringLiteral("audit-background.pdf"));
    QVERIFY(w.startExport(background));
    QVERIFY(!w.exportReportAction()->isEnabled());
    QVERIFY(!w.startExport(background)); // one at a time
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(0).toString(), background);
    QCOMPARE(written.first().at(1).toString(), QString());
    const QString again = pdfText(background);
    QVERIFY(again.contains(QStringLiteral("Zone audit of report.zone")) && again.contains(QStringLiteral("Details")));
    QVERIFY(w.exportReportAction()->isEnabled());
    // A failure is signalled with its reason, and nothing is written.
    QVERIFY(w.startExport(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
    QVERIFY(written.wait(20000));
    QVERIFY2(written.last().at(1).toString().contains(QStringLiteral("does not exist")),
             qPrintable(written.last().at(1).toString()));
}

void TestMainWindow::reportPaperIsRemembered()
{
    {
        MainWindow w(reportSettings());
        w.setReportPageSize(QStringLiteral("letter"));
        QCOMPARE(w.reportPageSize().id(), QPageSize::Letter);
    }
    MainWindow again(reportSettings());
    QCOMPARE(again.reportPageSize().id(), QPageSize::Letter);
    again.setReportPageSize(QString());
    QCOMPARE(again.reportPageSize().id(), ReportDocument::defaultPageSize().id());
}

void TestMainWindow::bundleTextIsNeverMarkup()
{
    // A hostile bundle's text is shown as it is: "<h1>" stays four characters, it does not become a heading.
    MainWindow w(reportSettings());
    w.show();
    const QString path = m_dir.filePath(QStringLiteral("markup.caa-evidence.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "caa-doctor-evidence", "format_version": 1, "query": {"name": "a.example"},
        "source": "live", "provenance": {"started_utc": "2026-12-02T00:00:00Z"},
        "climb": [{"name": "<h1>Verified</h1>", "status": "nodata"}, {"name": "example", "status": "nodata"}],
        "verdicts": [{"ca": "letsencrypt.org"}]})");
    file.close();
    QVERIFY(!w.openEvidence(path));
    QVERIFY2(w.inlineError().contains(QStringLiteral("<h1>Verified</h1>")), qPrintable(w.inlineError()));
    bool shownAsText = false;
    for (QLabel* label : w.findChildren<QLabel*>()) {
        if (label->text() == w.inlineError())
            shownAsText = label->textFormat() == Qt::PlainText;
    }
    QVERIFY(shownAsText);
}

void TestMainWindow::noReportOfARunningCheck()
{
    MainWindow w(reportSettings());
    QVERIFY(checkDemo(w, QStringLiteral("www.example.com")));
    QVERIFY(w.exportReportAction()->isEnabled());
    // A zone check of a bundle's name reopened offline must not report the loaded files as its source either.
    const QString bundle = m_dir.filePath(QStringLiteral("nofiles.caa-evidence.json"));
    QString error;
    QVERIFY(w.saveEvidence(bundle, &error));
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject provenance = root[QStringLiteral("provenance")].toObject();
    provenance.remove(QStringLiteral("zone_files"));
    root[QStringLiteral("provenance")] = provenance;
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    QVERIFY(w.openEvidence(bundle));
    const QString pdf = m_dir.filePath(QStringLiteral("nofiles.pdf"));
    QVERIFY2(w.exportReport(pdf, &error), qPrintable(error));
    QVERIFY2(!pdfText(pdf).contains(QStringLiteral("SHA-256")), "the loaded zone is not the bundle's source");

    // While a check runs, nothing of it can be exported, printed or saved.
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.check();
    QVERIFY(!w.exportReportAction()->isEnabled());
    QVERIFY(!w.printAction()->isEnabled());
    QVERIFY(!w.reportDiagnosis().has_value());
    QVERIFY(!w.saveEvidence(m_dir.filePath(QStringLiteral("running.json")), &error));
    QVERIFY(finished.wait(5000));
    QVERIFY(w.exportReportAction()->isEnabled());
    QVERIFY(w.reportDiagnosis().has_value());
}

// Issue 12 item 11: a changed CA, account or method is judged at once on the records on show; a changed name leaves
// the old verdict greyed until Check. Item 15: a CA typed with a typo is checked as a private CA, and said so.
void TestMainWindow::ipAddressHasNoWildcardColumn()
{
    // CAA does not apply to an IP address, and no certificate is for "*.192.0.2.1": the grid judges no such name.
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("192.0.2.1"));
    w.check();
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    VerdictGridModel* grid = w.verdictGrid();
    QVERIFY(grid->rowCount() > 0);
    QCOMPARE(grid->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("192.0.2.1"));
    QVERIFY(!grid->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString().startsWith(QStringLiteral("*.")));
    QCOMPARE(grid->index(0, 1).data().toString(), QStringLiteral("✓ may issue"));
    QCOMPARE(grid->index(0, 2).data().toString(), QStringLiteral("—"));
}

void TestMainWindow::changedQuestionIsAnsweredAtOnce()
{
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone") }));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.setName(QStringLiteral("www.example.com"));
    w.check();
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    QVERIFY2(w.headline()->text().startsWith(QStringLiteral("Let's Encrypt will refuse")),
             qPrintable(w.headline()->text()));
    // Another CA: judged at once, without Check (typed: the text on the way is no CA, and leaves no stale word).
    w.caBox()->setCurrentText(QStringLiteral("pki"));
    w.caBox()->setCurrentText(QStringLiteral("pki.goog"));
    QVERIFY2(!w.statusLabel()->text().contains(QStringLiteral("press Check")), qPrintable(w.statusLabel()->text()));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("Google Trust Services")), qPrintable(w.headline()->text()));
    QVERIFY(!w.headline()->text().contains(QStringLiteral("out of date")));
    QCOMPARE(finished.size(), 1); // no new lookups
    // Another name: the old verdict stays, greyed and marked.
    QTest::keyClicks(w.nameEdit(), QStringLiteral("x"));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("out of date")), qPrintable(w.headline()->text()));
    QVERIFY(!w.headline()->parentWidget()->isEnabled());
    // Check clears it.
    w.caBox()->setCurrentText(QStringLiteral("letsencrpyt.org"));
    w.check();
    if (finished.size() < 2)
        QVERIFY(finished.wait(5000));
    QVERIFY(!w.headline()->text().contains(QStringLiteral("out of date")));
    QVERIFY2(w.findChild<QLabel*>(QString(), Qt::FindChildrenRecursively) != nullptr, "");
    bool hinted = false;
    for (QLabel* l : w.findChildren<QLabel*>())
        hinted = hinted || (l->isVisibleTo(&w) && l->text().contains(QStringLiteral("Did you mean letsencrypt.org?")));
    QVERIFY(hinted);
}

// Issue 12 item 11: a sentence about another CA does not speak of Let's Encrypt; a permitted name gets no advice to
// ask a parent's owner for anything.
void TestMainWindow::sentencesFitTheCaAndTheVerdict()
{
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ QStringLiteral(CAA_TEST_DATA "/reports/views.zone") }));
    QSignalSpy finished(&w, &MainWindow::checkFinished);
    w.caBox()->setCurrentText(QStringLiteral("digicert.com"));
    w.setName(QStringLiteral("www.views.example"));
    w.check();
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    QVERIFY2(w.headline()->text().startsWith(QStringLiteral("DigiCert")), qPrintable(w.headline()->text()));
    QString shown;
    for (QLabel* l : w.findChildren<QLabel*>()) {
        if (l->isVisibleTo(&w))
            shown += l->text() + u'\n';
    }
    QVERIFY2(!shown.contains(QStringLiteral("Let's Encrypt looks")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("DigiCert")), qPrintable(shown));
    // A permitted name below a parent's set.
    w.caBox()->setCurrentText(QStringLiteral("sectigo.com"));
    w.check();
    if (finished.size() < 2)
        QVERIFY(finished.wait(5000));
    QVERIFY2(w.headline()->text().contains(QStringLiteral("may issue")), qPrintable(w.headline()->text()));
    shown.clear();
    for (QLabel* l : w.findChildren<QLabel*>()) {
        if (l->isVisibleTo(&w))
            shown += l->text() + u'\n';
    }
    QVERIFY2(!shown.contains(QStringLiteral("ask the owner")), qPrintable(shown));
}

// A new-user trial: `caa-doctor --help` without a display aborted ("Could not load the Qt platform plugin").
void TestMainWindow::helpWithoutADisplay()
{
    for (const QString& option : { QStringLiteral("--help"), QStringLiteral("--version") }) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& var :
             { QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM") })
            env.remove(var);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CAA_GUI), { option });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains(option == QLatin1String("--help") ? "--demo" : "CAA Doctor"), out.constData());
    }
}

// Issue 13 item 6: --demo opened the shipped example itself (in the checkout, or the package's read-only copy), so
// that Review and Save wrote into it. It opens a copy the person may edit, fresh on each start.
void TestMainWindow::demoOpensAWritableCopy()
{
    QTemporaryDir dir;
    const QString shipped = dir.filePath(QStringLiteral("shipped/trailing-dot.zone"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("shipped"))));
    QFile::copy(QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone"), shipped);
    QVERIFY(QFile::setPermissions(shipped, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    const QString copy = MainWindow::demoCopy(shipped, dir.filePath(QStringLiteral("data/demo")), &error);
    QVERIFY2(!copy.isEmpty(), qPrintable(error));
    QVERIFY(copy != shipped);
    QVERIFY(QFileInfo(copy).isWritable());
    QFile a(shipped), b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    b.close();
    // The window opens the copy, and its saves go there.
    MainWindow w(settings());
    QVERIFY(w.openZoneFiles({ copy }));
    // A later demo starts fresh: the edited copy and its backup are replaced.
    QVERIFY(b.open(QIODevice::WriteOnly | QIODevice::Truncate));
    b.write("edited\n");
    b.close();
    QFile(copy + QStringLiteral(".orig")).open(QIODevice::WriteOnly);
    QCOMPARE(MainWindow::demoCopy(shipped, dir.filePath(QStringLiteral("data/demo")), &error), copy);
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral(".orig")));
    QVERIFY(b.open(QIODevice::ReadOnly));
    QVERIFY(b.readAll() != "edited\n");
    // A shipped file that cannot be read is said, not copied empty.
    QCOMPARE(
        MainWindow::demoCopy(dir.filePath(QStringLiteral("missing.zone")), dir.filePath(QStringLiteral("d")), &error),
        QString());
    QVERIFY(error.contains(QStringLiteral("missing.zone")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
