#include "caa/filewriter.h"
#include "caa/zoneeditor.h"
#include "caa/zoneset.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace caa;

namespace {

ZoneFile parse(const QByteArray& text)
{
    ZoneLoadOptions options;
    options.origin = QStringLiteral("example.com");
    return ZoneFile::parse(text, QStringLiteral("mem.zone"), options);
}

qsizetype findCaa(const ZoneFile& zone, QByteArrayView value)
{
    for (qsizetype i = 0; i < zone.recordCount(); ++i) {
        if (zone.record(i).type == rrtype::CAA && zone.caa(i).value == value)
            return i;
    }
    return -1;
}

// A zone with one CAA record whose issuer has a trailing dot ("x."), for the saving tests.
const QByteArray kSmallZone
    = "$ORIGIN example.com.\n@ 60 SOA ns1 host 1 2 3 4 5\n@ 60 NS ns1\n@ 60 CAA 0 issue \"x.\"\n";

RecordEdit replaceValue(const ZoneFile& zone, qsizetype i, const QByteArray& value)
{
    RecordEdit e;
    e.kind = RecordEdit::ReplaceRecord;
    e.owner = zone.ownerOf(i);
    e.ttl = zone.record(i).ttl;
    e.before = zone.caa(i);
    e.after = zone.caa(i);
    e.after.value = value;
    e.location = zone.location(i);
    return e;
}

RecordEdit add(const ZoneFile& zone, qsizetype near, const QString& owner, const char* tag, const char* value)
{
    RecordEdit e;
    e.kind = RecordEdit::AddRecord;
    e.owner = owner;
    e.ttl = 3600;
    e.after.tag = tag;
    e.after.value = value;
    e.location = zone.location(near);
    return e;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestZoneEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replaceChangesOnlyTheRecord_data();
    void replaceChangesOnlyTheRecord();
    void addAfterSameOwner();
    void addOtherOwnerKeepsInheritedOwners();
    void removeKeepsNextLinesOwner();
    void addOtherOwnerAcrossInclude();
    void replaceInsideParentheses();
    void editInsideInclude();
    void saveKeepsBackupAndIsAtomic();
    void refusesWhenChangedOnDisk();
    void saveKeepsModeAndOwner_data();
    void saveKeepsModeAndOwner();
    void refusedSaveLeavesNoBackup();
    void saveKeepsHardLinks();
    void devicesAndPipesAreWrittenNotReplaced();
    void refusesWhenFileVanished();
    void secondEditOfSameRecordIsRefused();
    void diffFormat();
    void diffOfFileWithoutFinalNewline();
    void diffShowsOnlyChangedLines_data();
    void diffShowsOnlyChangedLines();
    void soaSerial_data();
    void soaSerial();
};

void TestZoneEditor::replaceChangesOnlyTheRecord_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray lf = "$TTL 3600 ; comment kept\n"
                          "@   SOA ns1 host ( 1 2 3 4 5 ) ; multi\n"
                          "@   NS  ns1\n"
                          "@\tIN\tCAA\t0 issue \"letsencrypt.org.\"   ; the typo\n"
                          "    CAA 0 iodef \"mailto:a@example.com\"\n"
                          "www A   192.0.2.1\n";
    QByteArray lfAfter = lf;
    lfAfter.replace("0 issue \"letsencrypt.org.\"", "0 issue \"letsencrypt.org\"");
    QTest::addRow("LF") << lf << lfAfter;

    QByteArray crlf = "\xEF\xBB\xBF" + lf;
    crlf.replace("\n", "\r\n");
    QByteArray crlfAfter = crlf;
    crlfAfter.replace("0 issue \"letsencrypt.org.\"", "0 issue \"letsencrypt.org\"");
    QTest::addRow("CRLF with BOM") << crlf << crlfAfter;

    const QByteArray unquoted = "@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n@ 300 IN CAA 0 issue letsencrypt.org.\n";
    QTest::addRow("unquoted value, no final newline")
        << unquoted.chopped(1)
        << QByteArray("@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n@ 300 IN CAA 0 issue \"letsencrypt.org\"");
}

void TestZoneEditor::replaceChangesOnlyTheRecord()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    const ZoneFile zone = parse(before);
    QVERIFY2(zone.errors().isEmpty(), qPrintable(zone.errors().value(0).message));
    const qsizetype i = findCaa(zone, "letsencrypt.org.");
    QVERIFY(i >= 0);
    ZoneEditor editor(zone);
    const auto result = editor.apply({ replaceValue(zone, i, "letsencrypt.org") });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(editor.content(0), after);
    const ZoneFile reparsed = parse(editor.content(0));
    QVERIFY(reparsed.errors().isEmpty());
    QCOMPARE(reparsed.recordCount(), zone.recordCount());
    QVERIFY(findCaa(reparsed, "letsencrypt.org") >= 0);
}

void TestZoneEditor::addAfterSameOwner()
{
    const QByteArray text = "@ SOA ns1 host 1 2 3 4 5\r\n@ NS ns1\r\n@ CAA 0 issue \"pki.goog\"\r\n    A 192.0.2.1\r\n";
    const ZoneFile zone = parse(text);
    ZoneEditor editor(zone);
    QVERIFY(
        editor
            .apply({ add(zone, findCaa(zone, "pki.goog"), QStringLiteral("example.com"), "issue", "letsencrypt.org") })
            .ok);
    QCOMPARE(editor.content(0),
             QByteArray("@ SOA ns1 host 1 2 3 4 5\r\n@ NS ns1\r\n@ CAA 0 issue \"pki.goog\"\r\n"
                        "example.com. 3600 IN CAA 0 issue \"letsencrypt.org\"\r\n    A 192.0.2.1\r\n"));
    const ZoneFile reparsed = parse(editor.content(0));
    QVERIFY(reparsed.errors().isEmpty());
    // The A record still belongs to the apex.
    QCOMPARE(reparsed.ownerOf(reparsed.recordCount() - 1), QStringLiteral("example.com"));
}

void TestZoneEditor::addOtherOwnerKeepsInheritedOwners()
{
    const QByteArray text = "@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n@ CAA 0 issue \"pki.goog\"\n  A 192.0.2.1\n; end";
    const ZoneFile zone = parse(text);
    ZoneEditor editor(zone);
    QVERIFY(editor
                .apply({ add(zone, findCaa(zone, "pki.goog"), QStringLiteral("www.example.com"), "issue",
                             "letsencrypt.org") })
                .ok);
    QCOMPARE(editor.content(0), text + "\nwww.example.com. 3600 IN CAA 0 issue \"letsencrypt.org\"\n");
    const ZoneFile reparsed = parse(editor.content(0));
    QVERIFY(reparsed.errors().isEmpty());
    QCOMPARE(reparsed.ownerOf(3), QStringLiteral("example.com"));
    QCOMPARE(reparsed.ownerOf(4), QStringLiteral("www.example.com"));
}

void TestZoneEditor::removeKeepsNextLinesOwner()
{
    const QByteArray text = "@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\nwww\tCAA 0 issue \";\"\n\tA 192.0.2.1\n";
    const ZoneFile zone = parse(text);
    const qsizetype i = findCaa(zone, ";");
    RecordEdit e;
    e.kind = RecordEdit::RemoveRecord;
    e.owner = zone.ownerOf(i);
    e.before = zone.caa(i);
    e.location = zone.location(i);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ e }).ok);
    QCOMPARE(editor.content(0), QByteArray("@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\nwww\tA 192.0.2.1\n"));
}

void TestZoneEditor::addOtherOwnerAcrossInclude()
{
    // The MX after the $INCLUDE inherits the apex as its owner (RFC 1035: the owner carries over an $INCLUDE). A line
    // for another owner inserted before the $INCLUDE would silently move the MX to that owner.
    QTemporaryDir dir;
    const QByteArray main = "$ORIGIN example.com.\n$TTL 60\n@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n"
                            "@ CAA 0 issue \"sectigo.com\"\n$INCLUDE keys.inc\n  MX 10 mail\n";
    writeFile(dir.filePath(QStringLiteral("main.zone")), main);
    writeFile(dir.filePath(QStringLiteral("keys.inc")), "@ TXT \"key\"\n");
    const ZoneFile zone = ZoneFile::load(dir.filePath(QStringLiteral("main.zone")));
    QVERIFY(zone.errors().isEmpty());
    ZoneEditor editor(zone);
    QVERIFY(editor
                .apply({ add(zone, findCaa(zone, "sectigo.com"), QStringLiteral("www.example.com"), "issue",
                             "letsencrypt.org") })
                .ok);
    QVERIFY(editor.save().ok);
    const ZoneFile reparsed = ZoneFile::load(dir.filePath(QStringLiteral("main.zone")));
    QVERIFY(reparsed.errors().isEmpty());
    bool mxAtApex = false, caaAtWww = false;
    for (qsizetype i = 0; i < reparsed.recordCount(); ++i) {
        if (reparsed.record(i).type == rrtype::MX)
            mxAtApex = reparsed.ownerOf(i) == QLatin1String("example.com");
        if (reparsed.record(i).type == rrtype::CAA && reparsed.ownerOf(i) == QLatin1String("www.example.com"))
            caaAtWww = true;
    }
    QVERIFY(mxAtApex);
    QVERIFY(caaAtWww);
}

void TestZoneEditor::replaceInsideParentheses()
{
    const QByteArray text = "@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n@ CAA ( 0 issue\n   \"letsencrypt.org.\" ) ; x\n";
    const ZoneFile zone = parse(text);
    QVERIFY(zone.errors().isEmpty());
    const qsizetype i = findCaa(zone, "letsencrypt.org.");
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, i, "letsencrypt.org") }).ok);
    const ZoneFile reparsed = parse(editor.content(0));
    QVERIFY2(reparsed.errors().isEmpty(), qPrintable(reparsed.errors().value(0).message));
    QVERIFY(findCaa(reparsed, "letsencrypt.org") >= 0);
    QVERIFY(editor.content(0).endsWith(") ; x\n"));
}

void TestZoneEditor::editInsideInclude()
{
    QTemporaryDir dir;
    const QByteArray main = "$ORIGIN example.com.\n$TTL 60\n@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n$INCLUDE caa.inc\n";
    const QByteArray inc = "@ CAA 0 issue \"LetsEncrypt.org\"\r\n@ CAA 0 iodef \"mailto:x@example.com\"\r\n";
    writeFile(dir.filePath(QStringLiteral("main.zone")), main);
    writeFile(dir.filePath(QStringLiteral("caa.inc")), inc);
    const ZoneFile zone = ZoneFile::load(dir.filePath(QStringLiteral("main.zone")));
    QVERIFY(zone.errors().isEmpty());
    QCOMPARE(zone.files().size(), 2);
    const qsizetype i = findCaa(zone, "LetsEncrypt.org");
    QCOMPARE(int(zone.record(i).file), 1);
    ZoneEditor editor(zone);
    const auto result = editor.apply({ replaceValue(zone, i, "letsencrypt.org") });
    QVERIFY(result.ok);
    QCOMPARE(result.changedFiles, QList<int> { 1 });
    QVERIFY(!editor.isModified(0));
    QCOMPARE(editor.content(1), QByteArray(inc).replace("LetsEncrypt.org", "letsencrypt.org"));
    QVERIFY(editor.save().ok);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("main.zone"))), main);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("caa.inc"))), editor.content(1));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("caa.inc.orig"))), inc);
}

void TestZoneEditor::saveKeepsBackupAndIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zone"));
    const QByteArray text = kSmallZone;
    writeFile(path, text);
    writeFile(path + QStringLiteral(".orig"), "older backup");
    const ZoneFile zone = ZoneFile::load(path);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), "x") }).ok);
    const auto saved = editor.save();
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(readFile(path), QByteArray(text).replace("\"x.\"", "\"x\""));
    QCOMPARE(readFile(path + QStringLiteral(".orig")), QByteArray("older backup")); // never overwritten
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left behind
}

// Issue 13 item 2: a save that failed (a read-only file; here a file-size limit, which stops root too) left a .orig
// backup beside a zone that was not changed.
void TestZoneEditor::refusedSaveLeavesNoBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zone"));
    const QByteArray text = kSmallZone;
    writeFile(path, text);
    const ZoneFile zone = ZoneFile::load(path);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), QByteArray(4000, 'y')) }).ok);
    // The backup (as long as the zone) fits under the limit; the edited zone does not.
    rlimit before {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    rlimit small = before;
    small.rlim_cur = 1024;
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto saved = editor.save();
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(!saved.ok, qPrintable(QString::number(readFile(path).size())));
    QVERIFY2(saved.error.contains(QStringLiteral("nothing in it was changed")), qPrintable(saved.error));
    QCOMPARE(readFile(path), text);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".orig")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("z.zone") });
    if (::geteuid() != 0) { // root may write a read-only file; anyone else is told before anything is written
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const auto refused = editor.save();
        QVERIFY(refused.error.contains(QStringLiteral("read-only")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".orig")));
    }
}

// Issue 13 item 2: saving replaced a hard-linked zone by a new file, so the other name kept the old text.
void TestZoneEditor::saveKeepsHardLinks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zone"));
    const QString other = dir.filePath(QStringLiteral("linked.zone"));
    const QByteArray text = kSmallZone;
    writeFile(path, text);
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    const ZoneFile zone = ZoneFile::load(path);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), "x") }).ok);
    const auto saved = editor.save();
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const QByteArray expected = QByteArray(text).replace("\"x.\"", "\"x\"");
    QCOMPARE(readFile(path), expected);
    QCOMPARE(readFile(other), expected); // the same file under both names
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_nlink), 2);
    QCOMPARE(readFile(path + QStringLiteral(".orig")), text);
}

// Issue 13 item 1: `fix --write` as root turned a zone of the name server's user (bind:bind 0640) into root:root,
// and the .orig backup was 0644, readable by everyone.
void TestZoneEditor::saveKeepsModeAndOwner_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("0640") << 0640u;
    QTest::newRow("0600") << 0600u;
    // The trial of issue 14: as root, a read-only zone came back 0644 (Qt reports it writable for root) and a setgid
    // one lost the bit (Qt's flags have none).
    QTest::newRow("0444 read-only") << 0444u;
    QTest::newRow("02664 setgid") << 02664u;
}

void TestZoneEditor::saveKeepsModeAndOwner()
{
    QFETCH(uint, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zone"));
    const QByteArray text = kSmallZone;
    writeFile(path, text);
    const bool root = ::geteuid() == 0;
    const uid_t owner = root ? 1 : ::geteuid(); // "daemon", as a name server's user would be
    const gid_t group = root ? 1 : ::getegid();
    if (root)
        QCOMPARE(::chown(QFile::encodeName(path).constData(), owner, group), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0); // after chown, which clears setgid
    if (!root && (mode & 0200) == 0)
        QSKIP("a read-only file cannot be saved by its owner (readOnlyFileFailsClearly covers that)");
    const ZoneFile zone = ZoneFile::load(path);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), "x") }).ok);
    const auto saved = editor.save();
    QVERIFY2(saved.ok, qPrintable(saved.error));
    for (const QString& file : { path, path + QStringLiteral(".orig") }) {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(mode));
        QCOMPARE(st.st_uid, owner);
        QCOMPARE(st.st_gid, group);
    }
    if (!root)
        QSKIP("ownership is kept only when run as root (as fix --write on a server is); the modes were checked");
}

// A report or bundle written to a device or a pipe writes into it: as root, --report /dev/full replaced the device by
// a regular file. A FIFO stands in for a device here (no test may touch /dev).
void TestZoneEditor::devicesAndPipesAreWrittenNotReplaced()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK); // a reader, so no block
    QVERIFY(reader >= 0);
    QString error;
    QVERIFY2(writeWholeFile(fifo, "report bytes", &error), qPrintable(error));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    char buffer[64] = {};
    QCOMPARE(::read(reader, buffer, sizeof buffer), ssize_t(12));
    QCOMPARE(QByteArray(buffer), QByteArray("report bytes"));
    ::close(reader);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System).size(), 1); // no file was put in its place
}

void TestZoneEditor::refusesWhenChangedOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zone"));
    const QByteArray text = kSmallZone;
    writeFile(path, text);
    const ZoneFile zone = ZoneFile::load(path);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), "x") }).ok);
    const QByteArray someoneElse = text + "www 60 A 192.0.2.1\n";
    writeFile(path, someoneElse);
    const auto saved = editor.save();
    QVERIFY(!saved.ok);
    QVERIFY(saved.error.contains(QStringLiteral("changed on disk")));
    QCOMPARE(readFile(path), someoneElse); // their change is kept
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".orig")));
}

void TestZoneEditor::refusesWhenFileVanished()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("z.zone"));
    writeFile(path, "$ORIGIN example.com.\n@ 60 SOA ns1 host 1 2 3 4 5\n@ 60 NS ns1\n@ 60 CAA 0 issue \"x.\"\n");
    const ZoneFile zone = ZoneFile::load(path);
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), "x") }).ok);
    QVERIFY(QFile::remove(path));
    const auto saved = editor.save();
    QVERIFY(!saved.ok);
    QVERIFY(!QFileInfo::exists(path));
}

void TestZoneEditor::secondEditOfSameRecordIsRefused()
{
    const ZoneFile zone = parse("@ SOA ns1 host 1 2 3 4 5\n@ NS ns1\n@ CAA 0 issue \"a.\"\n");
    const qsizetype i = findCaa(zone, "a.");
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, i, "a") }).ok);
    QVERIFY(!editor.apply({ replaceValue(zone, i, "b") }).ok);
}

void TestZoneEditor::diffFormat()
{
    const QByteArray a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    QByteArray b = a;
    b.replace("5\n", "five\n");
    QCOMPARE(unifiedDiff(QStringLiteral("z"), a, b),
             QStringLiteral("--- a/z\n+++ b/z\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
}

void TestZoneEditor::diffOfFileWithoutFinalNewline()
{
    // git apply must accept it: the old last line is replaced by itself with a line end, then the new line.
    QCOMPARE(unifiedDiff(QStringLiteral("z"), "a\nb", "a\nb\nc\n"),
             QStringLiteral("--- a/z\n+++ b/z\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n"));
}

// Issue 13 item 5: hunks showed unchanged lines as changed (the diff re-synchronised only after three equal lines), and
// a CRLF file's diff lost its CRs, so that patch refused it.
void TestZoneEditor::diffShowsOnlyChangedLines_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("diff");
    QTest::addRow("one equal line between two changes") << QByteArray("a\nb\nc\n") << QByteArray("A\nb\nC\n")
                                                        << QStringLiteral("@@ -1,3 +1,3 @@\n-a\n+A\n b\n-c\n+C\n");
    QTest::addRow("two equal lines between two changes") << QByteArray("a\nb\nc\nd\n") << QByteArray("A\nb\nc\nD\n")
                                                         << QStringLiteral("@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n-d\n+D\n");
    QTest::addRow("a line inserted before a repeated one") << QByteArray("x\nx\ny\n") << QByteArray("x\nnew\nx\ny\n")
                                                           << QStringLiteral("@@ -1,3 +1,4 @@\n x\n+new\n x\n y\n");
    QTest::addRow("CRLF kept") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nB\r\n")
                               << QStringLiteral("@@ -1,2 +1,2 @@\n a\r\n-b\r\n+B\r\n");
    QTest::addRow("every line removed") << QByteArray("a\nb\n") << QByteArray()
                                        << QStringLiteral("@@ -1,2 +0,0 @@\n-a\n-b\n");
    QTest::addRow("into an empty file") << QByteArray() << QByteArray("a\n") << QStringLiteral("@@ -0,0 +1,1 @@\n+a\n");
}

void TestZoneEditor::diffShowsOnlyChangedLines()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, diff);
    QCOMPARE(unifiedDiff(QStringLiteral("z"), before, after), QStringLiteral("--- a/z\n+++ b/z\n") + diff);
}

void TestZoneEditor::soaSerial_data()
{
    QTest::addColumn<QByteArray>("soa");
    QTest::addColumn<quint32>("before");
    QTest::addColumn<quint32>("after");
    QTest::addRow("counter") << QByteArray("@ SOA ns1 host 41 2 3 4 5") << 41u << 42u;
    QTest::addRow("date, earlier day") << QByteArray("@ SOA ns1 host 2026010103 2 3 4 5") << 2026010103u << 2026112801u;
    QTest::addRow("date, today") << QByteArray("@ SOA ns1 host 2026112807 2 3 4 5") << 2026112807u << 2026112808u;
    QTest::addRow("wraps") << QByteArray("@ SOA ns1 host 4294967295 2 3 4 5") << 4294967295u << 0u;
    QTest::addRow("multi-line with comments")
        << QByteArray("@ SOA ns1 host ( ; primary\n  7 ; serial\n 2 3 4 5 )") << 7u << 8u;
}

void TestZoneEditor::soaSerial()
{
    QFETCH(QByteArray, soa);
    QFETCH(quint32, before);
    QFETCH(quint32, after);
    const ZoneFile zone = parse(soa + "\n@ NS ns1\n@ CAA 0 issue \"x.\"\n");
    QVERIFY(zone.errors().isEmpty());
    ZoneEditor editor(zone);
    QVERIFY(editor.apply({ replaceValue(zone, findCaa(zone, "x."), "x") }).ok);
    quint32 oldSerial = 0, newSerial = 0;
    QVERIFY(editor.bumpSoaSerial(&oldSerial, &newSerial, QDate(2026, 11, 28)));
    QCOMPARE(oldSerial, before);
    QCOMPARE(newSerial, after);
    const ZoneFile reparsed = parse(editor.content(0));
    QVERIFY(reparsed.errors().isEmpty());
    QCOMPARE(reparsed.soaSerial(), after);
    QVERIFY(findCaa(reparsed, "x") >= 0);
}

QTEST_GUILESS_MAIN(TestZoneEditor)
#include "tst_zoneeditor.moc"
