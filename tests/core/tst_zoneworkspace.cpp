#include "caa/caprofile.h"
#include "caa/climb.h"
#include "caa/evaluator.h"
#include "caa/zoneworkspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace caa;

class TestZoneWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fixEditUndoSaveKeepsBytes_data();
    void fixEditUndoSaveKeepsBytes();
    void typedRecordReplacesOnlyItsBytes();
    void insertAndRemoveLines();
    void changedOnDiskIsAConflict();
    void readOnlyFileFailsClearly();
    void saveAsWritesElsewhere();
    void includedFileEditsAreSavedInPlace();
    void caaChangesListAddsAndRemoves();
    void spliceForOtherTextIsIgnored();

private:
    QString write(const QString& name, const QByteArray& bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray kZone = "; kept comment\n"
                         "$ORIGIN example.com.\n"
                         "$TTL 3600\n"
                         "@   IN SOA ns1 hostmaster ( 2026010101 7200 3600 1209600 300 )\n"
                         "    IN NS  ns1\n"
                         "ns1 IN A   192.0.2.53\n"
                         "@   IN CAA 0 issue \"letsencrypt.org.\"   ; the typo\n"
                         "www IN A   192.0.2.10\n";

std::shared_ptr<const ZoneFile> load(const QString& path)
{
    return std::make_shared<const ZoneFile>(ZoneFile::load(path));
}

void reparse(ZoneWorkspace& ws)
{
    for (int z : ws.staleZones())
        ws.setWorking(z,
                      std::make_shared<const ZoneFile>(
                          ZoneWorkspace::parseWorking(*ws.diskZone(z), { ws.content(z, 0) }, ws.loadOptions(z))));
}

QList<Fix> fixesFor(const ZoneWorkspace& ws, const QString& name)
{
    const auto set = ws.workingSet();
    Request request;
    request.name = DomainName::parse(name);
    Climb climb = Climb::forName(request.name);
    for (LookupResult& n : climb.nodes)
        n = set->lookupCaa(n.name);
    return evaluate(climb, request, CaDirectory::builtin().profile(QStringLiteral("letsencrypt.org"))).fixes;
}

// The test zone, with the trailing-dot fix applied (not saved).
bool openWithTheFix(ZoneWorkspace* ws, const QString& path)
{
    ws->add(load(path));
    QList<ZoneSplice> splices;
    if (!ws->makeSplices(fixesFor(*ws, QStringLiteral("example.com")).first().edits, &splices, nullptr))
        return false;
    ws->apply(splices, false);
    return true;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

void TestZoneWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestZoneWorkspace::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestZoneWorkspace::fixEditUndoSaveKeepsBytes_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("LF") << kZone;
    QTest::newRow("CRLF") << QByteArray(kZone).replace("\n", "\r\n");
    QTest::newRow("BOM + CRLF") << QByteArray("\xEF\xBB\xBF") + QByteArray(kZone).replace("\n", "\r\n");
}

void TestZoneWorkspace::fixEditUndoSaveKeepsBytes()
{
    QFETCH(QByteArray, original);
    const QString path = write(QStringLiteral("example.com.zone"), original);
    ZoneWorkspace ws;
    ws.add(load(path));
    const QList<Fix> fixes = fixesFor(ws, QStringLiteral("www.example.com"));
    QVERIFY(!fixes.isEmpty());
    QList<ZoneSplice> splices;
    QString error;
    QVERIFY2(ws.makeSplices(fixes.first().edits, &splices, &error), qPrintable(error));
    QCOMPARE(splices.size(), 1);
    QCOMPARE(splices.first().removed, QByteArray(".")); // the smallest change: the dot, nothing else
    QCOMPARE(splices.first().inserted, QByteArray());
    ws.apply(splices, false);
    QVERIFY(ws.isModified());
    QCOMPARE(ws.staleZones(), QList<int> { 0 });
    reparse(ws);
    QVERIFY(fixesFor(ws, QStringLiteral("www.example.com")).isEmpty()); // the working zone now permits
    // Undo gives the original bytes back; redo the edit again.
    ws.apply(splices, true);
    QCOMPARE(ws.content(0, 0), original);
    QVERIFY(!ws.isModified());
    ws.apply(splices, false);
    reparse(ws);
    const QString diff = ws.unifiedDiff();
    QVERIFY(diff.contains(QLatin1String("-@   IN CAA 0 issue \"letsencrypt.org.\"   ; the typo")));
    QVERIFY(diff.contains(QLatin1String("+@   IN CAA 0 issue \"letsencrypt.org\"   ; the typo")));

    const ZoneWorkspace::SaveResult saved = ws.save(0, QDate(2026, 12, 2));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.oldSerial, 2026010101u);
    QCOMPARE(saved.newSerial, 2026120201u);
    QByteArray expected = original;
    expected.replace("\"letsencrypt.org.\"", "\"letsencrypt.org\"").replace("2026010101", "2026120201");
    QCOMPARE(readFile(path), expected); // only those bytes changed: BOM, CRLF, comments and spacing kept
    QCOMPARE(readFile(path + QStringLiteral(".orig")), original);
}

void TestZoneWorkspace::typedRecordReplacesOnlyItsBytes()
{
    const QString path = write(QStringLiteral("z.zone"), kZone);
    ZoneWorkspace ws;
    ws.add(load(path));
    qsizetype caa = -1;
    for (qsizetype i = 0; i < ws.workingZone(0)->recordCount(); ++i) {
        if (ws.workingZone(0)->record(i).type == rrtype::CAA)
            caa = i;
    }
    QVERIFY(caa >= 0);
    // The record's text is its line, comment included (what the pane shows and edits).
    const ZoneSplice s = ws.replaceRecord(0, caa, "@   IN CAA 0 issue \"pki.goog\" ; fixed");
    QCOMPARE(s.removed, QByteArray("@   IN CAA 0 issue \"letsencrypt.org.\"   ; the typo"));
    ws.apply({ s }, false);
    reparse(ws);
    QCOMPARE(ws.workingZone(0)->caa(caa).value, QByteArray("pki.goog"));
    QByteArray expected = kZone;
    expected.replace("@   IN CAA 0 issue \"letsencrypt.org.\"   ; the typo", "@   IN CAA 0 issue \"pki.goog\" ; fixed");
    QCOMPARE(ws.content(0, 0), expected);
}

void TestZoneWorkspace::insertAndRemoveLines()
{
    const QByteArray noFinalNewline = kZone.chopped(1);
    const QString path = write(QStringLiteral("z.zone"), noFinalNewline);
    ZoneWorkspace ws;
    ws.add(load(path));
    const qsizetype last = ws.workingZone(0)->recordCount() - 1;
    const ZoneSplice add = ws.insertAfterRecord(0, last, "api IN CAA 0 issue \"sectigo.com\"");
    ws.apply({ add }, false);
    QVERIFY(ws.content(0, 0).endsWith("192.0.2.10\napi IN CAA 0 issue \"sectigo.com\""));
    reparse(ws);
    QCOMPARE(ws.workingZone(0)->recordCount(), last + 2);
    const ZoneSplice remove
        = ws.replaceRecord(0, 3, QByteArray()); // the CAA record (SOA, NS, A, CAA), with its line end
    QVERIFY(remove.removed.endsWith("; the typo\n"));
    ws.apply({ remove }, false);
    reparse(ws);
    QVERIFY(!ws.content(0, 0).contains("letsencrypt"));
    ws.apply({ remove }, true);
    ws.apply({ add }, true);
    QCOMPARE(ws.content(0, 0), noFinalNewline);
}

void TestZoneWorkspace::changedOnDiskIsAConflict()
{
    const QString path = write(QStringLiteral("z.zone"), kZone);
    ZoneWorkspace ws;
    ws.add(load(path));
    QVERIFY(ws.changedOnDisk(0).isEmpty());
    QList<ZoneSplice> splices;
    QVERIFY(ws.makeSplices(fixesFor(ws, QStringLiteral("example.com")).first().edits, &splices, nullptr));
    ws.apply(splices, false);
    const QByteArray theirs = QByteArray(kZone).replace("192.0.2.10", "192.0.2.11");
    QVERIFY(!write(QStringLiteral("z.zone"), theirs).isEmpty());
    QCOMPARE(ws.changedOnDisk(0), path);
    const ZoneWorkspace::SaveResult saved = ws.save(0, QDate(2026, 12, 2));
    QVERIFY(!saved.ok);
    QVERIFY(saved.conflict);
    QCOMPARE(readFile(path), theirs); // their change is not overwritten
    QVERIFY(!QFile::exists(path + QStringLiteral(".orig")));
    // Save As keeps both.
    const QString copy = m_dir->filePath(QStringLiteral("mine.zone"));
    QVERIFY(ws.saveAs(0, copy, QDate(2026, 12, 2)).ok);
    QVERIFY(readFile(copy).contains("\"letsencrypt.org\""));
}

void TestZoneWorkspace::readOnlyFileFailsClearly()
{
    const QString path = write(QStringLiteral("z.zone"), kZone);
    ZoneWorkspace ws;
    QVERIFY(openWithTheFix(&ws, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const bool root = QFileInfo(path).isWritable(); // root writes anyway: then the check cannot be made here
    const ZoneWorkspace::SaveResult saved = ws.save(0, QDate(2026, 12, 2), QString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (root)
        QSKIP("running as root: read-only files are writable");
    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(QLatin1String("cannot save")), qPrintable(saved.error));
    QCOMPARE(readFile(path), kZone);
}

void TestZoneWorkspace::saveAsWritesElsewhere()
{
    const QString path = write(QStringLiteral("z.zone"), kZone);
    ZoneWorkspace ws;
    ws.add(load(path));
    const QString target = m_dir->filePath(QStringLiteral("no-such-dir/z.zone"));
    const ZoneWorkspace::SaveResult failed = ws.saveAs(0, target, QDate(2026, 12, 2));
    QVERIFY(!failed.ok);
    QVERIFY(failed.error.contains(QLatin1String("cannot save")));
    const QString copy = m_dir->filePath(QStringLiteral("copy.zone"));
    QVERIFY(ws.saveAs(0, copy, QDate(2026, 12, 2)).ok);
    QCOMPARE(readFile(copy), kZone); // nothing edited: the same bytes, the serial untouched
}

void TestZoneWorkspace::includedFileEditsAreSavedInPlace()
{
    write(QStringLiteral("caa.inc"), "@ IN CAA 0 issue \"letsencrypt.org.\"\n");
    const QString path = write(QStringLiteral("main.zone"),
                               "$ORIGIN example.com.\n$TTL 300\n"
                               "@ IN SOA ns1 h 5 1 1 1 1\n@ IN NS ns1\n"
                               "$INCLUDE caa.inc\n");
    ZoneWorkspace ws;
    ws.add(load(path));
    QCOMPARE(ws.workingZone(0)->files().size(), 2);
    QList<ZoneSplice> splices;
    QVERIFY(ws.makeSplices(fixesFor(ws, QStringLiteral("example.com")).first().edits, &splices, nullptr));
    QCOMPARE(splices.first().file, 1);
    ws.apply(splices, false);
    // The working zone reads the edited include, not the disk.
    ws.setWorking(0,
                  std::make_shared<const ZoneFile>(ZoneWorkspace::parseWorking(
                      *ws.diskZone(0), { ws.content(0, 0), ws.content(0, 1) }, ws.loadOptions(0))));
    QVERIFY(fixesFor(ws, QStringLiteral("example.com")).isEmpty());
    QVERIFY(!ws.saveAs(0, m_dir->filePath(QStringLiteral("x.zone")), QDate(2026, 12, 2)).ok);
    const ZoneWorkspace::SaveResult saved = ws.save(0, QDate(2026, 12, 2));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.savedPaths.size(), 2); // the include, and the main file for its serial
    QCOMPARE(readFile(m_dir->filePath(QStringLiteral("caa.inc"))),
             QByteArray("@ IN CAA 0 issue \"letsencrypt.org\"\n"));
    QVERIFY(readFile(path).contains("SOA ns1 h 6 "));
}

void TestZoneWorkspace::caaChangesListAddsAndRemoves()
{
    const QString path = write(QStringLiteral("z.zone"), kZone);
    ZoneWorkspace ws;
    QVERIFY(openWithTheFix(&ws, path));
    reparse(ws);
    const Fix changes = ws.caaChanges();
    QCOMPARE(changes.edits.size(), 2);
    QCOMPARE(changes.edits[0].kind, RecordEdit::RemoveRecord);
    QCOMPARE(changes.edits[0].before.value, QByteArray("letsencrypt.org."));
    QCOMPARE(changes.edits[1].kind, RecordEdit::AddRecord);
    QCOMPARE(changes.zoneLines(), QStringList { QStringLiteral("example.com. CAA 0 issue \"letsencrypt.org\"") });
}

// A splice whose removed bytes are not at its offset (made for another text) changes nothing.
void TestZoneWorkspace::spliceForOtherTextIsIgnored()
{
    QList<QList<QByteArray>> texts { { QByteArray("abcdef") } };
    ZoneSplice s;
    s.offset = 2;
    s.removed = "xy";
    s.inserted = "ZZ";
    ZoneWorkspace::applyTo(&texts, { s }, false);
    QCOMPARE(texts[0][0], QByteArray("abcdef"));
    s.removed = "cd";
    ZoneWorkspace::applyTo(&texts, { s }, false);
    QCOMPARE(texts[0][0], QByteArray("abZZef"));
    ZoneWorkspace::applyTo(&texts, { s }, true);
    QCOMPARE(texts[0][0], QByteArray("abcdef"));
}

QTEST_GUILESS_MAIN(TestZoneWorkspace)
#include "tst_zoneworkspace.moc"
