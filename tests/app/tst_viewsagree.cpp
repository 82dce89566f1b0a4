// Check B of issue 12: every view says the same. For a corpus of names (tests/data/reports/views.zone) and requests
// that differ in CA, account, method and kind (wildcard or not), the verdict of one check (the reference) is what the
// headline, the All CAs grid, the text output, --json, the PDF, replay of the evidence bundle, the Zone Workspace
// table and the Batch rows show. The real main window is driven for part of the corpus.

#include "batchmodel.h"
#include "caa/batchrunner.h"
#include "caa/climbrunner.h"
#include "caa/dnssource.h"
#include "caa/zoneaudit.h"
#include "caa/zoneset.h"
#include "certfactory.h"
#include "diagnosisjson.h"
#include "evidencebundle.h"
#include "mainwindow.h"
#include "messagecatalogue.h"
#include "reportdocument.h"
#include "textreport.h"
#include "verdictgridmodel.h"
#include "zonesession.h"

#include <QBuffer>
#include <QComboBox>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

namespace {

const QString kZone = QStringLiteral(CAA_TEST_DATA "/reports/views.zone");
const QStringList kNames = { QStringLiteral("views.example"),
                             QStringLiteral("www.views.example"),
                             QStringLiteral("dot.views.example"),
                             QStringLiteral("case.views.example"),
                             QStringLiteral("deny.views.example"),
                             QStringLiteral("methods.views.example"),
                             QStringLiteral("upper.views.example"),
                             QStringLiteral("acct.views.example"),
                             QStringLiteral("crit.views.example"),
                             QStringLiteral("open.views.example"),
                             QStringLiteral("alias.views.example"),
                             QStringLiteral("doubled.views.example"),
                             QStringLiteral("sub.inherit.views.example"),
                             QStringLiteral("nocaa.open.views.example") };
const QStringList kCas
    = { QStringLiteral("letsencrypt.org"), QStringLiteral("sectigo.com"), QStringLiteral("pki.goog") };
const QStringList kAccounts = { QString(), QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/1111"),
                                QStringLiteral("https://acme-v02.api.letsencrypt.org/acme/acct/2222") };
const QStringList kMethods = { QString(), QStringLiteral("http-01"), QStringLiteral("dns-01") };

std::shared_ptr<ZoneSet> zones()
{
    static std::shared_ptr<ZoneSet> set = [] {
        auto s = std::make_shared<ZoneSet>();
        s->add(std::make_shared<ZoneFile>(ZoneFile::load(kZone)));
        return s;
    }();
    return set;
}

Request requestFor(const QString& name, bool wildcard, const QString& account, const QString& method)
{
    Request r;
    r.name = DomainName::parse(wildcard ? QStringLiteral("*.") + name : name);
    r.accountUri = account;
    r.validationMethod = method;
    return r;
}

// The reference: one check, as caa-doctor-cli check --zone makes it.
Diagnosis check(const Request& request, const QList<CaProfile>& profiles)
{
    ZoneSource source(zones());
    ClimbRunner runner(&source);
    runner.setLookForDoubledOwners(true);
    QEventLoop loop;
    QObject::connect(&runner, &ClimbRunner::finished, &loop, &QEventLoop::quit);
    runner.start(request, profiles);
    if (runner.isRunning())
        loop.exec();
    return runner.diagnosis();
}

QString said(const Verdict& v)
{
    QStringList conditions;
    for (const Condition& c : v.conditions)
        conditions.append(c.accountUri + u'/' + c.validationMethods.join(u','));
    return QStringLiteral("%1 %2 [%3]").arg(QLatin1String(stateCode(stateOf(v))), v.reason, conditions.join(u' '));
}

QString pdfText(const Diagnosis& d)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QString error;
    if (!ReportDocument::forDiagnosis(d).writePdf(path, QPageSize(QPageSize::A4), &error))
        return QStringLiteral("(no PDF: %1)").arg(error);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestViewsAgree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneRequestEveryView();
    void gridAndWindow();
    void workspaceAndBatch();
    void whoIssuesEveryView();
};

// Text, JSON, PDF (part of the corpus) and replay against the reference, for every request of the corpus.
namespace {
// Every key of every object in the JSON, once.
QSet<QString> jsonKeys(const QJsonValue& value)
{
    QSet<QString> keys;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            keys.insert(it.key());
            keys.unite(jsonKeys(it.value()));
        }
    } else if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            keys.unite(jsonKeys(v));
    }
    return keys;
}
} // namespace

void TestViewsAgree::oneRequestEveryView()
{
    const bool havePdfToText = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    QStringList problems;
    int requests = 0, pdfs = 0;
    for (const QString& name : kNames) {
        for (bool wildcard : { false, true }) {
            for (const QString& account : kAccounts) {
                for (const QString& method : kMethods) {
                    const Request request = requestFor(name, wildcard, account, method);
                    QList<CaProfile> profiles;
                    for (const QString& ca : kCas)
                        profiles.append(CaDirectory::builtin().profile(ca));
                    const Diagnosis d = check(request, profiles);
                    ++requests;
                    const QString where
                        = QStringLiteral("%1 acct=%2 method=%3").arg(request.name.displayText(), account, method);
                    const QString text = renderText(d, TextStyle { false, std::nullopt }).simplified();
                    const QJsonObject json = diagnosisToJson(d);
                    // Every key snake_case (issue 13 item 14: finding arguments were camelCase, negativeTtl...).
                    for (const QString& key : jsonKeys(json)) {
                        if (!QRegularExpression(QStringLiteral("^[a-z0-9_]+$")).match(key).hasMatch())
                            problems.append(where + QStringLiteral(": JSON key ") + key);
                    }
                    const EvidenceBundle replay = readEvidenceBundle(writeEvidenceBundle(d));
                    if (!replay.ok || !replay.notes.isEmpty())
                        problems.append(where + QStringLiteral(": replay: ") + replay.error + replay.notes.join(u' '));
                    const bool pdf = havePdfToText && requests % 23 == 0;
                    const QString pdfWords = pdf ? pdfText(d) : QString();
                    pdfs += pdf;
                    for (int i = 0; i < profiles.size(); ++i) {
                        const Verdict& v = d.verdicts[i];
                        const QString headline
                            = MessageCatalogue::verdictHeadline(v, profiles[i].displayName, request.name.displayText());
                        // One CA asked alone judges as it does among others.
                        const Verdict alone = check(request, { profiles[i] }).verdicts.first();
                        if (said(alone) != said(v))
                            problems.append(QStringLiteral("%1 %2: alone %3, among others %4")
                                                .arg(where, profiles[i].key, said(alone), said(v)));
                        if (!text.contains(headline.simplified()))
                            problems.append(
                                QStringLiteral("%1 %2: text lacks \"%3\"").arg(where, profiles[i].key, headline));
                        const QJsonObject jv = json.value(QStringLiteral("verdicts")).toArray().at(i).toObject();
                        if (jv.value(QStringLiteral("state")).toString() != QLatin1String(stateCode(stateOf(v)))
                            || jv.value(QStringLiteral("reason")).toString() != v.reason
                            || jv.value(QStringLiteral("headline")).toString() != headline
                            || jv.value(QStringLiteral("conditions")).toArray().size() != v.conditions.size())
                            problems.append(
                                QStringLiteral("%1 %2: JSON says %3")
                                    .arg(
                                        where, profiles[i].key,
                                        QString::fromUtf8(QJsonDocument(jv).toJson(QJsonDocument::Compact)).left(300)));
                        if (replay.ok && said(replay.diagnosis.verdicts.value(i)) != said(v))
                            problems.append(
                                QStringLiteral("%1 %2: replay %3, check %4")
                                    .arg(where, profiles[i].key, said(replay.diagnosis.verdicts.value(i)), said(v)));
                        if (pdf && !pdfWords.contains(headline.simplified()))
                            problems.append(
                                QStringLiteral("%1 %2: the PDF lacks \"%3\"").arg(where, profiles[i].key, headline));
                    }
                }
            }
        }
    }
    qInfo("%d requests of %lld names, %lld CAs each; %d PDFs read back", requests, qint64(kNames.size()),
          qint64(kCas.size()), pdfs);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 disagreements, the first: %2")
                            .arg(problems.size())
                            .arg(problems.mid(0, 6).join(u'\n'))));
}

// Issue 15: the served CA's verdict (the renewal verdict) and the platform's are one judgement of the request, as the
// All CAs grid makes it; the JSON, the text, the verdict lines beside the default CA and replay say the same.
void TestViewsAgree::whoIssuesEveryView()
{
    test::CertFactory certs;
    QStringList sans;
    for (const QString& name : kNames)
        sans << name << QStringLiteral("*.") + name;
    QVERIFY2(
        certs.root(QStringLiteral("gtsroot"), QStringLiteral("/C=US/O=Google Trust Services LLC/CN=GTS Root (test)"))
            && certs.intermediate(QStringLiteral("we1"), QStringLiteral("/C=US/O=Google Trust Services/CN=WE1"),
                                  QStringLiteral("gtsroot"))
            && certs.leaf(QStringLiteral("gts"), QStringLiteral("/CN=views.example"), QStringLiteral("we1"), sans)
            && certs.root(QStringLiteral("isrg"),
                          QStringLiteral("/O=Internet Security Research Group/CN=ISRG Root X1 (test)"))
            && certs.intermediate(QStringLiteral("r11"), QStringLiteral("/C=US/O=Let's Encrypt/CN=R11"),
                                  QStringLiteral("isrg"))
            && certs.leaf(QStringLiteral("le"), QStringLiteral("/CN=views.example"), QStringLiteral("r11"), sans),
        qPrintable(certs.error()));
    const QList<CertificateChain> chains {
        readCertificateChain(certs.pem({ QStringLiteral("le"), QStringLiteral("r11") })),
        readCertificateChain(certs.pem({ QStringLiteral("gts"), QStringLiteral("we1") }))
    };
    QStringList problems;
    int judged = 0;
    for (const CertificateChain& chain : chains) {
        for (const QString& name : kNames) {
            for (bool wildcard : { false, true }) {
                for (const QString& account : { kAccounts[0], kAccounts[1] }) {
                    const Request request = requestFor(name, wildcard, account, QString());
                    Diagnosis d = check(request, { letsEncryptProfile() });
                    d.who.origin = WhoIssues::Origin::File;
                    d.who.probe.status = TlsProbeResult::Status::Served;
                    d.who.probe.chain = chain;
                    d.judgeIssuersBeside = true;
                    d.settle();
                    if (!d.who.hasServedVerdict) {
                        problems.append(request.name.displayText() + QStringLiteral(": no served verdict"));
                        continue;
                    }
                    ++judged;
                    const QString where = QStringLiteral("%1 acct=%2 served by %3")
                                              .arg(request.name.displayText(), account, d.who.issuer.caName);
                    const Verdict& served = d.who.served.verdict;
                    // The grid's cell for that CA.
                    VerdictGridModel grid;
                    grid.setProfiles({ letsEncryptProfile() });
                    grid.setDiagnosis(d);
                    bool inGrid = false;
                    for (int row = 0; row < grid.rowCount(); ++row) {
                        if (!grid.index(row, 0).data().toString().contains(
                                QStringLiteral("issued the certificate in use")))
                            continue;
                        inGrid = true;
                        if (grid.index(row, wildcard ? 2 : 1).data(VerdictGridModel::OutcomeRole).toInt()
                            != int(served.outcome))
                            problems.append(where + QStringLiteral(": the grid differs"));
                    }
                    if (!inGrid)
                        problems.append(where + QStringLiteral(": not in the grid"));
                    // The verdict line beside the default CA.
                    for (int i = 0; i < d.profiles.size(); ++i) {
                        if (d.profiles[i].key == d.who.served.profile.key && said(d.verdicts[i]) != said(served))
                            problems.append(where + QStringLiteral(": the verdict line says ") + said(d.verdicts[i]));
                    }
                    // JSON and text.
                    const QJsonObject json = diagnosisToJson(d);
                    if (json.value(QStringLiteral("served_certificate"))
                            .toObject()
                            .value(QStringLiteral("verdict"))
                            .toString()
                        != QLatin1String(outcomeCode(served.outcome)))
                        problems.append(where + QStringLiteral(": the JSON differs"));
                    const QString text = renderText(d, TextStyle { false, std::nullopt, 100000 });
                    if (!text.contains(MessageCatalogue::renewalOutlook(d.who, QDateTime::currentDateTimeUtc())))
                        problems.append(where + QStringLiteral(": the text lacks the renewal verdict"));
                    // Replay of the evidence bundle: the issuer read again from the chain, the same verdict.
                    const EvidenceBundle replay = readEvidenceBundle(writeEvidenceBundle(d));
                    if (!replay.ok || !replay.notes.isEmpty()
                        || said(replay.diagnosis.who.served.verdict) != said(served)
                        || replay.diagnosis.who.issuer.caName != d.who.issuer.caName)
                        problems.append(where + QStringLiteral(": replay ") + replay.error + replay.notes.join(u' '));
                }
            }
        }
    }
    qInfo("%d served verdicts compared across the grid, the verdict lines, JSON, text and replay", judged);
    QVERIFY(judged >= 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 disagreements, the first: %2")
                            .arg(problems.size())
                            .arg(problems.mid(0, 6).join(u'\n'))));
}

// Issue 12 item 1: the All CAs grid judges the same request as the headline (account, method, wildcard included),
// in the model and in the real window.
void TestViewsAgree::gridAndWindow()
{
    QList<CaProfile> profiles;
    for (const QString& ca : kCas)
        profiles.append(CaDirectory::builtin().profile(ca));
    QStringList problems;
    for (const QString& name : kNames) {
        for (const QString& account : kAccounts) {
            for (const QString& method : kMethods) {
                const Diagnosis d = check(requestFor(name, false, account, method), { profiles.first() });
                VerdictGridModel grid;
                grid.setProfiles(profiles);
                grid.setDiagnosis(d);
                for (int row = 0; row < profiles.size(); ++row) {
                    for (bool wildcard : { false, true }) {
                        const Verdict ref
                            = check(requestFor(name, wildcard, account, method), { profiles[row] }).verdicts.first();
                        const QModelIndex cell = grid.index(row, wildcard ? 2 : 1);
                        if (cell.data(VerdictGridModel::OutcomeRole).toInt() != int(ref.outcome)
                            || cell.data(VerdictGridModel::ReasonRole).toString() != ref.reason
                            || cell.data().toString() != MessageCatalogue::outcomeShort(ref))
                            problems.append(QStringLiteral("%1%2 acct=%3 method=%4 %5: grid %6, check %7")
                                                .arg(wildcard ? QStringLiteral("*.") : QString(), name, account, method,
                                                     profiles[row].key, cell.data().toString(), said(ref)));
                    }
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 6).join(u'\n')));

    // The window: the zone file as the source, the question row filled in as a person would.
    QTemporaryDir dir;
    MainWindow w(dir.filePath(QStringLiteral("settings.ini")));
    QSignalSpy loaded(w.zoneSession(), &ZoneSession::loaded);
    w.openPaths({ kZone });
    if (loaded.isEmpty())
        QVERIFY(loaded.wait(10000));
    int checked = 0;
    for (const QString& name : { QStringLiteral("views.example"), QStringLiteral("acct.views.example"),
                                 QStringLiteral("upper.views.example"), QStringLiteral("deny.views.example") }) {
        for (const QString& account : kAccounts) {
            for (const QString& method : { QString(), QStringLiteral("http-01"), QStringLiteral("dns-01") }) {
                QSignalSpy finished(&w, &MainWindow::checkFinished);
                w.setName(name);
                w.accountEdit()->setText(account);
                w.methodBox()->setCurrentIndex(std::max(0, w.methodBox()->findData(method)));
                w.check();
                if (finished.isEmpty())
                    QVERIFY(finished.wait(10000));
                const Verdict ref
                    = check(requestFor(name, false, account, method), { profiles.first() }).verdicts.first();
                const QString expected = MessageCatalogue::verdictHeadline(ref, profiles.first().displayName, name);
                QCOMPARE(w.headline()->text(), expected);
                const VerdictGridModel* grid = w.verdictGrid();
                for (int row = 0; row < grid->rowCount(); ++row) {
                    const CaProfile p = grid->profiles().at(row);
                    for (bool wildcard : { false, true }) {
                        const Verdict cellRef
                            = check(requestFor(name, wildcard, account, method), { p }).verdicts.first();
                        QCOMPARE(grid->index(row, wildcard ? 2 : 1).data().toString(),
                                 MessageCatalogue::outcomeShort(cellRef));
                    }
                }
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 36);
}

// The Zone Workspace table and the Batch rows (neither asks for an account or method): the same verdicts.
void TestViewsAgree::workspaceAndBatch()
{
    QList<CaProfile> profiles;
    for (const QString& ca : kCas)
        profiles.append(CaDirectory::builtin().profile(ca));
    const auto audit = ZoneAudit::run(zones(), profiles);
    QStringList problems;
    int compared = 0;
    for (qsizetype r = 0; r < audit->rowCount(); ++r) {
        const QString name = audit->name(r);
        if (!kNames.contains(name))
            continue;
        const Diagnosis ref = check(requestFor(name, false, {}, {}), profiles);
        for (int i = 0; i < profiles.size(); ++i) {
            ++compared;
            if (said(audit->group(r).verdicts.value(i)) != said(ref.verdicts[i]))
                problems.append(
                    QStringLiteral("workspace %1 %2: %3, check %4")
                        .arg(name, profiles[i].key, said(audit->group(r).verdicts.value(i)), said(ref.verdicts[i])));
        }
    }
    QVERIFY(compared >= 10 * profiles.size());

    ZoneSource source(zones());
    BatchRunner runner(&source, profiles);
    BatchModel model;
    model.clear(profiles.first());
    QByteArray list = kNames.join(u'\n').toLatin1() + '\n';
    QBuffer input(&list);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QList<BatchRunner::Item> items;
    QObject::connect(&runner, &BatchRunner::itemReady, &runner, [&](const BatchRunner::Item& item) {
        items.append(item);
        model.add(item);
    });
    QSignalSpy finished(&runner, &BatchRunner::finished);
    runner.start(&input);
    QVERIFY(finished.wait(20000));
    model.flush();
    QCOMPARE(items.size(), kNames.size());
    for (int k = 0; k < items.size(); ++k) {
        const Diagnosis ref = check(requestFor(kNames[k], false, {}, {}), profiles);
        for (int i = 0; i < profiles.size(); ++i) {
            if (said(items[k].diagnosis.verdicts.value(i)) != said(ref.verdicts[i]))
                problems.append(QStringLiteral("batch %1 %2: %3, check %4")
                                    .arg(kNames[k], profiles[i].key, said(items[k].diagnosis.verdicts.value(i)),
                                         said(ref.verdicts[i])));
        }
        if (model.index(k, 1).data().toString() != MessageCatalogue::outcomeShort(ref.verdicts.first()))
            problems.append(QStringLiteral("batch row %1: %2").arg(kNames[k], model.index(k, 1).data().toString()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 6).join(u'\n')));
}

QTEST_MAIN(TestViewsAgree)
#include "tst_viewsagree.moc"
