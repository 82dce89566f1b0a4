// The Diagnosis tab on its own: DiagnosisSession (what a check runs against, the runners, the diagnosis on show)
// and DiagnosisPage (what the person sees), driven without the main window around them.
#include "certfactory.h"
#include "climbmodel.h"
#include "diagnosispage.h"
#include "diagnosissession.h"
#include "evidencebundle.h"
#include "fixcard.h"
#include "nameserversmodel.h"
#include "recordsmodel.h"
#include "settings.h"
#include "verdictgridmodel.h"
#include "whoissuespanel.h"
#include "zonesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QUndoStack>

using namespace caa;

namespace {

const QString kDemo = QStringLiteral(CAA_SOURCE_DIR "/resources/examples/trailing-dot.zone");

// A page over a session and settings of its own, shown at the window's first size.
struct PageUnderTest
{
    explicit PageUnderTest(const QString& ini)
        : settings(ini)
        , session(&zones)
        , page(&session, &zones, &settings)
    {
        page.resize(1280, 800);
        page.show();
    }
    // The demo zone as the source, and `name` checked in it.
    bool checkDemo(const QString& name = QStringLiteral("www.example.com"))
    {
        if (!QTest::qWaitForWindowExposed(&page))
            return false;
        zones.open({ kDemo });
        QSignalSpy finished(&page, &DiagnosisPage::checkFinished);
        page.setName(name);
        page.check();
        return finished.wait(5000);
    }
    Settings settings;
    ZoneSession zones;
    DiagnosisSession session;
    DiagnosisPage page;
};

} // namespace

class TestDiagnosisPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionChecksZoneFilesWithoutAPage();
    void sessionWaitsForZonesStillLoading();
    void pageShowsTheSessionsDiagnosis();
    void fixCardsAreUpdatedNotRebuilt();
    void recordsFillTheirWidth();
    void cancelShowsNoVerdictAndKeepsADoubleClick();
    void evidenceGivesWayToZoneFiles();
    void fixRecordKeepsALineVisible();
    void recordsModel_data();
    void recordsModel();
    void whoIssuesFromACertificateFile();
    void certificateDroppedOnThePage();
    void platformFixCardAppliesToTheZone();

private:
    QTemporaryDir m_dir;
};

void TestDiagnosisPage::sessionChecksZoneFilesWithoutAPage()
{
    ZoneSession zones;
    DiagnosisSession session(&zones);
    QVERIFY(!session.useZones()); // nothing loaded yet
    QCOMPARE(session.start(Request(), CaProfile()), DiagnosisSession::Start::NoSource);
    zones.open({ kDemo });
    QVERIFY(!zones.isEmpty());
    QVERIFY(session.useZones());
    QVERIFY(session.zonesAreSource());
    Request request;
    request.name = DomainName::parse(QStringLiteral("www.example.com"));
    const CaProfile le = CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org"));
    QSignalSpy finished(&session, &DiagnosisSession::finished);
    QCOMPARE(session.start(request, le), DiagnosisSession::Start::Started);
    QVERIFY(!session.hasFinished());
    QVERIFY(!session.reportDiagnosis());
    QVERIFY(finished.wait(5000));
    QVERIFY(session.hasFinished());
    QVERIFY(!session.matrixAsked()); // zone files have no nameservers to ask
    QCOMPARE(session.shown()->verdicts.first().outcome, Outcome::Forbid);
    // Reports and bundles get the files' fingerprints with the diagnosis.
    const std::optional<Diagnosis> report = session.reportDiagnosis();
    QVERIFY(report);
    QCOMPARE(report->zoneFiles.size(), 1);
    QCOMPARE(report->zoneFiles.first().path, kDemo);
    QCOMPARE(report->zoneFiles.first().sha256.size(), 64);
    // Another CA on the same answers: judged at once, no lookup.
    QVERIFY(session.rejudge(request, CaDirectory::builtin().profile(QStringLiteral("digicert.com"))));
    QCOMPARE(session.shown()->verdicts.first().outcome, Outcome::Forbid);
    QCOMPARE(session.shown()->profiles.first().key, QStringLiteral("digicert.com"));
    // Another name cannot be judged from these answers.
    Request other;
    other.name = DomainName::parse(QStringLiteral("mail.example.com"));
    QVERIFY(!session.rejudge(other, le));
    // A reopened bundle replaces the check on show; a check started later replaces it again.
    Diagnosis bundle = *session.shown();
    session.showEvidence(bundle);
    QVERIFY(session.showsEvidence());
    QVERIFY(session.hasFinished());
    QCOMPARE(session.start(request, le), DiagnosisSession::Start::Started);
    QVERIFY(!session.showsEvidence());
    QVERIFY(finished.wait(5000));
    QCOMPARE(session.shown()->profiles.first().key, QStringLiteral("letsencrypt.org"));
}

void TestDiagnosisPage::sessionWaitsForZonesStillLoading()
{
    // A big zone loads in the background: a check asked meanwhile is kept and run once the files are read.
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.zone"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "$ORIGIN example.com.\n$TTL 3600\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n"
                      "@ CAA 0 issue \"letsencrypt.org\"\n";
    for (int i = 0; i < 200000; ++i)
        text += "h" + QByteArray::number(i) + " A 192.0.2.1\n";
    file.write(text);
    file.close();
    ZoneSession zones;
    DiagnosisSession session(&zones);
    zones.open({ kDemo });
    QVERIFY(session.useZones());
    QSignalSpy loaded(&zones, &ZoneSession::loaded);
    zones.open({ big });
    if (!zones.isBusy())
        QSKIP("the zone loaded at once on this machine: nothing to wait for");
    Request request;
    request.name = DomainName::parse(QStringLiteral("www.example.com"));
    QCOMPARE(session.start(request, CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org"))),
             DiagnosisSession::Start::WaitingForZones);
    QVERIFY(loaded.wait(30000));
    QVERIFY(session.takeCheckWhenZonesLoad());
    QVERIFY(!session.takeCheckWhenZonesLoad()); // taken once
}

void TestDiagnosisPage::pageShowsTheSessionsDiagnosis()
{
    PageUnderTest t(m_dir.filePath(QStringLiteral("page.ini")));
    ZoneSession& zones = t.zones;
    DiagnosisSession& session = t.session;
    DiagnosisPage& page = t.page;
    QAbstractItemModelTester climbTester(page.climbModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recordsTester(page.recordsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester nsTester(page.nameserversModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy status(&page, &DiagnosisPage::statusChanged);
    zones.open({ kDemo }); // the page follows the zone session: its files become the source
    QVERIFY(session.zonesAreSource());
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("trailing-dot.zone")),
             qPrintable(status.last().first().toString()));
    QSignalSpy finished(&page, &DiagnosisPage::checkFinished);
    QSignalSpy subject(&page, &DiagnosisPage::subjectChanged);
    page.setName(QStringLiteral("www.example.com"));
    page.check();
    QVERIFY(finished.wait(5000));
    QCOMPARE(subject.last().first().toString(), QStringLiteral("www.example.com"));
    QVERIFY2(page.headline()->text().contains(QStringLiteral("refuse")), qPrintable(page.headline()->text()));
    QCOMPARE(page.recordsModel()->rowCount(), 2); // the issue record and the iodef beside it
    QCOMPARE(page.recordsModel()->index(0, RecordsModel::Value).data().toString(),
             QStringLiteral("\"letsencrypt.org.\""));
    QCOMPARE(page.nameserversModel()->rowCount(), 0);
    QVERIFY2(page.nameserverNote()->text().contains(QStringLiteral("Zone files have no nameservers")),
             qPrintable(page.nameserverNote()->text()));
    QVERIFY(!page.fixCards().isEmpty());
    QVERIFY(page.fixCards().first()->applyButton()); // the records came from a loaded file
    // An invalid name is refused in the page, with its position, and nothing is asked.
    page.setName(QStringLiteral("www..example.com"));
    page.check();
    QVERIFY2(page.inlineError().contains(QStringLiteral("at character")), qPrintable(page.inlineError()));
    QCOMPARE(session.shown()->request.name.text(), QStringLiteral("www.example.com"));
}

// Issue 15: a certificate file as the certificate in use; the panel, the grid and the findings say who issued it
// and whether CAA lets that CA renew, from the same judgement.
void TestDiagnosisPage::whoIssuesFromACertificateFile()
{
    PageUnderTest t(m_dir.filePath(QStringLiteral("who.ini")));
    QVERIFY(t.checkDemo());
    DiagnosisPage& page = t.page;
    WhoIssuesPanel* panel = page.whoIssuesPanel();
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->certificateLabel()->text().contains(QStringLiteral("Not read for zone files")),
             qPrintable(panel->certificateLabel()->text()));
    QVERIFY(!page.useCertificateFile(kDemo)); // a zone file is no certificate: said, nothing changes
    QVERIFY2(page.inlineError().contains(QStringLiteral("holds no certificate")), qPrintable(page.inlineError()));
    // A certificate for another name (expired.example.test): described, but no renewal verdict.
    QVERIFY(page.useCertificateFile(QStringLiteral(CAA_TEST_DATA "/certs/expired-le-chain.pem")));
    QVERIFY2(
        panel->renewalLabel()->text().contains(QStringLiteral("Expired on 2025-04-10: it was not renewed in time."))
            && panel->renewalLabel()->text().contains(QStringLiteral("It is not for this name")),
        qPrintable(panel->renewalLabel()->text()));
    QVERIFY(panel->findingsLabel()->text().contains(
        QStringLiteral("The certificate in the file is not for www.example.com")));
    QVERIFY(page.whoIssuesNote()->isHidden());
    // One for this name, from an intermediate named like Let's Encrypt's.
    test::CertFactory certs;
    QVERIFY2(
        certs.root(QStringLiteral("root"), QStringLiteral("/O=Internet Security Research Group/CN=ISRG Root X1 (test)"))
            && certs.intermediate(QStringLiteral("r11"), QStringLiteral("/C=US/O=Let's Encrypt/CN=R11"),
                                  QStringLiteral("root"))
            && certs.leaf(QStringLiteral("www"), QStringLiteral("/CN=www.example.com"), QStringLiteral("r11"),
                          { QStringLiteral("www.example.com") }),
        qPrintable(certs.error()));
    QFile chain(m_dir.filePath(QStringLiteral("www-chain.pem")));
    QVERIFY(chain.open(QIODevice::WriteOnly));
    chain.write(certs.pem({ QStringLiteral("www"), QStringLiteral("r11") }));
    chain.close();
    QSignalSpy report(&page, &DiagnosisPage::reportStateChanged);
    QVERIFY(page.useCertificateFile(chain.fileName()));
    QVERIFY(page.inlineError().isEmpty());
    QVERIFY(!report.isEmpty());
    QVERIFY2(panel->certificateLabel()->text().contains(QStringLiteral("for www.example.com")),
             qPrintable(panel->certificateLabel()->text()));
    QVERIFY(panel->issuerLabel()->text().contains(QStringLiteral("Let&#x27;s Encrypt (ISRG)"))
            || panel->issuerLabel()->text().contains(QStringLiteral("Let's Encrypt (ISRG)")));
    // The demo's trailing dot refuses Let's Encrypt: the headline and the renewal verdict agree.
    QVERIFY(page.headline()->text().contains(QStringLiteral("will refuse")));
    QVERIFY2(panel->renewalLabel()->text().contains(QStringLiteral("its next renewal will fail")),
             qPrintable(panel->renewalLabel()->text()));
    // The grid marks the chosen CA as the one that issued the certificate in use, with the headline's verdict.
    QAbstractItemModelTester tester(page.verdictGrid(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = page.verdictGrid()->index(0, 0).data().toString();
    QVERIFY2(first.contains(QStringLiteral("issued the certificate in use")), qPrintable(first));
    QCOMPARE(page.verdictGrid()->index(0, 1).data(VerdictGridModel::OutcomeRole).toInt(), int(Outcome::Forbid));
    // The report takes the same facts.
    const std::optional<Diagnosis> d = t.session.reportDiagnosis();
    QVERIFY(d);
    QCOMPARE(d->who.origin, WhoIssues::Origin::File);
    QCOMPARE(d->who.issuer.identifiers.value(0), QStringLiteral("letsencrypt.org"));
    // Checked again: the certificate stays for this name; another name drops it.
    QSignalSpy finished(&page, &DiagnosisPage::checkFinished);
    page.check();
    QVERIFY(finished.wait(5000));
    QVERIFY(panel->certificateLabel()->text().contains(QStringLiteral("for www.example.com")));
    // Trial of issue 15: after a check the "Issued by" title stayed hidden (decided while the panel was hidden).
    QVERIFY(panel->rowShown(panel->issuerLabel()));
    QVERIFY(panel->rowShown(panel->renewalLabel()));
    page.setName(QStringLiteral("mail.example.com"));
    page.check();
    QVERIFY(finished.wait(5000));
    QVERIFY(panel->certificateLabel()->text().contains(QStringLiteral("Not read for zone files")));
}

void TestDiagnosisPage::certificateDroppedOnThePage()
{
    PageUnderTest t(m_dir.filePath(QStringLiteral("drop.ini")));
    QVERIFY(t.checkDemo());
    DiagnosisPage& page = t.page;
    auto drag = [&](const QString& path) {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &drop);
        return drop.isAccepted();
    };
    // A zone file is not taken here: it goes on to the window (which opens zone files).
    QVERIFY(!drag(kDemo));
    QVERIFY(page.whoIssuesPanel()->certificateLabel()->text().contains(QStringLiteral("Not read")));
    QVERIFY(drag(QStringLiteral(CAA_TEST_DATA "/certs/expired-le-chain.pem")));
    QVERIFY(page.whoIssuesPanel()->certificateLabel()->text().contains(QStringLiteral("expired.example.test")));
}

// A platform recognised from the CNAME chain of loaded zone files, its CAs all refused: the panel's fix card adds
// the platform's CA to the file, and once applied the platform may issue and the chosen CA still may.
void TestDiagnosisPage::platformFixCardAppliesToTheZone()
{
    const QString example = m_dir.filePath(QStringLiteral("example.com.zone"));
    const QString cdn = m_dir.filePath(QStringLiteral("cloudfront.net.zone"));
    QFile a(example), b(cdn);
    QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    a.write("$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\n"
            "ns1 A 192.0.2.1\n@ CAA 0 issue \"letsencrypt.org\"\nwww CNAME d111111abcdef8.cloudfront.net.\n");
    b.write("$ORIGIN cloudfront.net.\n$TTL 300\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ NS ns1\n"
            "ns1 A 192.0.2.2\nd111111abcdef8 A 192.0.2.80\n");
    a.close();
    b.close();
    PageUnderTest t(m_dir.filePath(QStringLiteral("platform.ini")));
    QVERIFY(QTest::qWaitForWindowExposed(&t.page));
    t.zones.open({ example, cdn });
    QSignalSpy finished(&t.page, &DiagnosisPage::checkFinished);
    t.page.setName(QStringLiteral("www.example.com"));
    t.page.check();
    QVERIFY(finished.wait(5000));
    WhoIssuesPanel* panel = t.page.whoIssuesPanel();
    QVERIFY(t.page.headline()->text().contains(QStringLiteral("may issue")));
    QVERIFY2(panel->platformLabel()->text().contains(QStringLiteral("Amazon CloudFront (ACM)")),
             qPrintable(panel->platformLabel()->text()));
    QVERIFY(panel->findingsLabel()->text().contains(QStringLiteral("cannot issue or renew")));
    // Trial of issue 15: the green headline stood alone while the panel said the platform cannot issue.
    QVERIFY(!t.page.whoIssuesNote()->isHidden());
    QVERIFY2(t.page.whoIssuesNote()->text().contains(QStringLiteral("But Amazon CloudFront (ACM) serves this name")),
             qPrintable(t.page.whoIssuesNote()->text()));
    QVERIFY(panel->fixCard());
    QCOMPARE(panel->fixCard()->zoneText(), QStringLiteral("example.com. CAA 0 issue \"amazon.com\""));
    QVERIFY(panel->fixCard()->applyButton());
    // The grid lists ACM beside the chosen CA, refused.
    bool listed = false;
    for (int row = 0; row < t.page.verdictGrid()->rowCount(); ++row) {
        if (t.page.verdictGrid()->index(row, 0).data().toString().contains(
                QStringLiteral("Amazon CloudFront (ACM) issues with it"))) {
            listed = true;
            QCOMPARE(t.page.verdictGrid()->index(row, 1).data(VerdictGridModel::OutcomeRole).toInt(),
                     int(Outcome::Forbid));
        }
    }
    QVERIFY(listed);
    panel->fixCard()->applyButton()->click();
    QVERIFY(finished.wait(5000));
    QVERIFY(t.page.headline()->text().contains(QStringLiteral("may issue")));
    QVERIFY(!panel->fixCard());
    QVERIFY(!panel->findingsLabel()->text().contains(QStringLiteral("cannot issue or renew")));
    QVERIFY(t.page.whoIssuesNote()->isHidden());
    QVERIFY(t.zones.undoStack()->count() == 1);
}

void TestDiagnosisPage::fixCardsAreUpdatedNotRebuilt()
{
    PageUnderTest t(m_dir.filePath(QStringLiteral("cards.ini")));
    QVERIFY(t.checkDemo());
    DiagnosisPage& page = t.page;
    QSignalSpy finished(&page, &DiagnosisPage::checkFinished);
    const qsizetype cards = page.fixCards().size();
    QVERIFY(cards >= 1);
    const QPointer<FixCard> card = page.fixCards().first();
    const QPointer<FixCard> last = page.fixCards().last();
    const QString zoneText = card->zoneText();
    QVERIFY(zoneText.contains(QStringLiteral("\"letsencrypt.org\"")));
    // The same question checked again: the cards stay (no flicker), with the same fixes.
    page.check();
    QVERIFY(finished.wait(5000));
    QVERIFY(card && last);
    QCOMPARE(page.fixCards().size(), cards);
    QCOMPARE(page.fixCards().first(), card.data());
    QCOMPARE(page.fixCards().last(), last.data());
    QCOMPARE(card->zoneText(), zoneText);
    // Another method judged from the same answers: the same cards, updated in place, the focus where it was.
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    card->copyButton()->setFocus();
    QTRY_VERIFY(card->copyButton()->hasFocus());
    page.methodBox()->setCurrentIndex(page.methodBox()->findData(QStringLiteral("dns-01")));
    QVERIFY(card);
    QCOMPARE(page.fixCards().first(), card.data());
    QVERIFY(card->copyButton()->hasFocus());
    // The fix applied to the zone (not saved): the name is checked again, needs no fix, and the card goes.
    page.methodBox()->setCurrentIndex(0);
    page.applyFix(card->fix());
    QVERIFY(finished.wait(5000));
    QVERIFY2(page.headline()->text().contains(QStringLiteral("may issue")), qPrintable(page.headline()->text()));
    QVERIFY(page.fixCards().isEmpty());
    QVERIFY(!card);
}

// Trial of issue 14: after a re-judge (same records) the Value column shrank to its text and left a blank band.
void TestDiagnosisPage::recordsFillTheirWidth()
{
    PageUnderTest t(m_dir.filePath(QStringLiteral("width.ini")));
    QVERIFY(t.checkDemo());
    DiagnosisPage& page = t.page;
    QSignalSpy finished(&page, &DiagnosisPage::checkFinished);
    QTableView* view = page.recordsView();
    QTRY_COMPARE(view->horizontalHeader()->length(), view->viewport()->width());
    page.methodBox()->setCurrentIndex(page.methodBox()->findData(QStringLiteral("http-01"))); // the same records
    QCoreApplication::processEvents();
    QTRY_COMPARE(view->horizontalHeader()->length(), view->viewport()->width());
    page.check(); // and again
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE(view->horizontalHeader()->length(), view->viewport()->width());
}

// Trial of issue 14: Cancel left "Waiting for the answers…" and "asking…" on screen for ever, and the second click of
// a double-click on Check cancelled the check the first one had started.
void TestDiagnosisPage::cancelShowsNoVerdictAndKeepsADoubleClick()
{
    QUdpSocket silent; // a resolver that never answers
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    PageUnderTest t(m_dir.filePath(QStringLiteral("cancel.ini")));
    DiagnosisSession& session = t.session;
    DiagnosisPage& page = t.page;
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.useLiveDns({ QStringLiteral("127.0.0.1:%1").arg(silent.localPort()) });
    QSignalSpy status(&page, &DiagnosisPage::statusChanged);
    page.setName(QStringLiteral("www.example.com"));
    // A double-click as the window system delivers it: a click, then the double-click's press and its release.
    QTest::mouseClick(page.checkButton(), Qt::LeftButton); // starts the check
    QVERIFY(session.isRunning());
    QTest::mouseDClick(page.checkButton(), Qt::LeftButton);
    QTest::mouseRelease(page.checkButton(), Qt::LeftButton); // the second click: no Cancel
    QVERIFY(session.isRunning());
    QCOMPARE(page.checkButton()->text(), QStringLiteral("Cancel"));
    QVERIFY(status.last().first().toString().startsWith(QStringLiteral("Checking www.example.com")));
    QTest::mouseClick(page.checkButton(), Qt::LeftButton); // a Cancel meant as one
    QVERIFY(!session.isRunning());
    QCOMPARE(status.last().first().toString(), QStringLiteral("Cancelled."));
    QVERIFY2(page.headline()->text().contains(QStringLiteral("cancelled")), qPrintable(page.headline()->text()));
    QVERIFY(!page.headline()->text().contains(QStringLiteral("Checking")));
    QCOMPARE(page.nameserverNote()->text(), QStringLiteral("Not asked: the check was cancelled."));
    QVERIFY(page.climbModel()->rowCount() > 0);
    for (int row = 0; row < page.climbModel()->rowCount(); ++row)
        QCOMPARE(page.climbModel()->index(row).data(ClimbModel::StateRole).value<ClimbModel::RungState>(),
                 ClimbModel::RungState::Unanswered);
    // The next check asks again: its names are waiting, not "not answered".
    page.check();
    QVERIFY(session.isRunning());
    QCOMPARE(page.climbModel()->index(0).data(ClimbModel::StateRole).value<ClimbModel::RungState>(),
             ClimbModel::RungState::Waiting);
    session.cancel();
}

// Trial of issue 14: with a reopened bundle on show, the source box still named the live resolver; zone files opened
// next became the source but the bundle's banner and verdict stayed until Check.
void TestDiagnosisPage::evidenceGivesWayToZoneFiles()
{
    PageUnderTest t(m_dir.filePath(QStringLiteral("evidence.ini")));
    QVERIFY(t.checkDemo());
    DiagnosisSession& session = t.session;
    DiagnosisPage& page = t.page;
    QSignalSpy finished(&page, &DiagnosisPage::checkFinished);
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("www.caa-evidence.json"));
    QFile file(bundle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeEvidenceBundle(*session.reportDiagnosis()));
    file.close();
    QVERIFY(page.openEvidence(bundle));
    QVERIFY(session.showsEvidence());
    QVERIFY(page.errorSummary()->isVisible());
    QVERIFY2(page.sourceBox()->currentText().contains(QStringLiteral("Evidence bundle www.caa-evidence.json")),
             qPrintable(page.sourceBox()->currentText()));
    t.zones.open({ kDemo }); // the files answer now: the name is checked against them
    QTRY_VERIFY(!session.showsEvidence());
    QVERIFY(finished.wait(5000) || session.hasFinished());
    QVERIFY(!page.errorSummary()->isVisible());
    QVERIFY2(page.sourceBox()->currentText().startsWith(QStringLiteral("Zone files: ")),
             qPrintable(page.sourceBox()->currentText()));
}

// Trial of issue 14: in a narrow card the horizontal scroll bar covered the only line of the corrected record.
void TestDiagnosisPage::fixRecordKeepsALineVisible()
{
    Fix fix;
    fix.code = QStringLiteral("issuer-trailing-dot");
    RecordEdit edit;
    edit.kind = RecordEdit::ReplaceRecord;
    edit.owner = QStringLiteral("www.a-rather-long-subdomain-name.example.com");
    edit.ttl = 3600;
    edit.before.tag = "issue";
    edit.before.value = "letsencrypt.org.";
    edit.after.tag = "issue";
    edit.after.value = "letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/123456789";
    fix.edits = { edit };
    FixCard card(fix, false);
    card.resize(320, 300);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QPlainTextEdit* record = card.recordView();
    const int line = QFontMetrics(record->font()).lineSpacing();
    QTRY_VERIFY(record->horizontalScrollBar()->isVisible());
    QVERIFY2(record->viewport()->height() >= line,
             qPrintable(QStringLiteral("viewport %1 px for a %2 px line").arg(record->viewport()->height()).arg(line)));
    card.resize(2000, 300); // wide enough: no bar, no room kept for one
    QTRY_VERIFY(!record->horizontalScrollBar()->isVisible());
    QVERIFY(record->viewport()->height() < 2 * line);
}

void TestDiagnosisPage::recordsModel_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("letsencrypt.org") << QStringLiteral("\"letsencrypt.org\"");
    QTest::newRow("trailing dot") << QByteArray("letsencrypt.org.") << QStringLiteral("\"letsencrypt.org.\"");
    QTest::newRow("quote inside") << QByteArray("\"le\"") << QStringLiteral("\"\\\"le\\\"\"");
    QTest::newRow("control octet") << QByteArray("a\x01z", 3) << QStringLiteral("\"a\\001z\"");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("\"\"");
}

void TestDiagnosisPage::recordsModel()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, shown);
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaaResourceRecord r;
    r.owner = QStringLiteral("example.com.");
    r.ttl = 300;
    r.rdata.flags = 128;
    r.rdata.tag = "issue";
    r.rdata.value = value;
    model.setRecords({ r, r });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(RecordsModel::ColumnCount));
    QCOMPARE(model.index(1, RecordsModel::Value).data().toString(), shown);
    QCOMPARE(model.index(0, RecordsModel::Flags).data().toString(), QStringLiteral("128"));
    QCOMPARE(model.index(0, RecordsModel::Line).data().toString(), QString()); // not from a file
    QCOMPARE(model.headerData(RecordsModel::Ttl, Qt::Horizontal).toString(), QStringLiteral("TTL"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords({ r, r }); // the same records: the view keeps its selection
    QCOMPARE(reset.count(), 0);
    model.setRecords({});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestDiagnosisPage)
#include "tst_diagnosispage.moc"
