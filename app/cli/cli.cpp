#include "cli.h"

#include "caa/acmeerror.h"
#include "caa/batchrunner.h"
#include "caa/climbrunner.h"
#include "caa/ctlookup.h"
#include "caa/dnssource.h"
#include "caa/domainname.h"
#include "caa/filewriter.h"
#include "caa/lint.h"
#include "caa/nsmatrix.h"
#include "caa/tlsprobe.h"
#include "caa/whoissues.h"
#include "caa/zoneeditor.h"
#include "caa/zoneset.h"
#include "diagnosisjson.h"
#include "evidencebundle.h"
#include "messagecatalogue.h"
#include "textreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#ifdef Q_OS_WIN
#include <io.h>
#define caa_isatty _isatty
#define caa_fileno _fileno
#else
#include <unistd.h>
#define caa_isatty isatty
#define caa_fileno fileno
#endif

namespace caa {

namespace {

const char* const kOverview = R"(caa-doctor-cli: explains why a certificate authority will or will not issue for a name
because of DNS CAA records (RFC 8659), the way each CA decides, and how to fix it.

Usage:
  caa-doctor-cli check [NAME] [--error TEXT|-] [--ca ID]... [--wildcard] [--account-uri URI] [--method METHOD]
                            [--resolver ADDR[:PORT]]... [--timeout MS] [--tries N] [--no-matrix] [--zone FILE]...
                            [--origin ZONE] [--served[=HOST[:PORT]]] [--no-served] [--cert FILE] [--ct]
                            [--provider PROVIDER] [--json] [--report FILE.pdf] [--evidence FILE.json]
                            [--page-size a4|letter]
  caa-doctor-cli fix   NAME --zone FILE... [--origin ZONE] [--ca ID] [--wildcard] [--account-uri URI]
                            [--method METHOD] [--write] [--json]
  caa-doctor-cli lint  --zone FILE... [--origin ZONE] [--json]
  caa-doctor-cli batch (FILE|-) [--ca ID]... [--resolver ADDR[:PORT]]... [--timeout MS] [--tries N] [--no-matrix]
                            [--served] [--jobs N] [--stats] [--zone FILE]... [--origin ZONE] [--column COLUMN] [--json]
                            [--report FILE.pdf] [--page-size a4|letter]
  caa-doctor-cli replay BUNDLE.json [--json] [--report FILE.pdf] [--page-size a4|letter]
  caa-doctor-cli --version | --help | COMMAND --help

NAME may be *.example.com (a wildcard request), an internationalised name, a URL, or end with a dot.
A batch FILE holds one name per line ('#' comments), a CSV/TSV table (the names' column is found, or --column),
or certificates and certificate requests, PEM or DER (the names they are for).
--ca takes letsencrypt.org (the default; evaluated exactly as Let's Encrypt's Boulder does), rfc8659 or
rfc8659:ID (RFC 8659 read strictly), any CAA identifier from the CCADB list (e.g. pki.goog, sectigo.com),
or the identifier of a private CA.
--report writes a PDF report (one name in full; for batch, one row per name and the details after it);
--evidence writes the evidence bundle: the JSON of --json plus every raw DNS message in base64. replay
reopens a bundle offline: the messages are decoded again and each CA's rules applied again.
Without --zone, names are looked up in live DNS through the system's resolvers or the --resolver ones,
every name of the climb at once, as Let's Encrypt does, while every authoritative nameserver is asked directly
(the nameserver matrix): where your resolver fails or still caches an old set, or the servers disagree, their
own answers decide; batch does the same for every name, so each row says what check says (--no-matrix asks
the resolver alone, for both). With --zone, everything is answered from the files.
Who issues: a live check also reads the certificate the server presents for NAME over TLS (--no-served: not;
--served=HOST[:PORT]: another server; --cert FILE: from a file), names the CA that issued it and says whether CAA
lets it renew; it recognises the hosting platform from CNAME targets and nameservers (resources/data/platforms.tsv)
and says when CAA allows none of its CAs; --ct asks Certificate Transparency (crt.sh) which CAs issued lately.
Without --ca, the served CA and the platform's CAs are judged beside the default and count for the exit code.

A verdict is one of: may issue; may issue only for the account or methods the records name ("conditions" in
--json: give --account-uri and --method to check yours); will refuse (with the fix, verified before it is
shown: it lets the CA issue and lifts no restriction you did not ask to lift); cannot tell (a lookup failed,
your resolver does not answer: resolver-unreachable, or the name is outside the zone files: outside-loaded-data).
An IP address is not a DNS name: CAA does not apply (ip-identifier).

Text: coloured on a terminal unless NO_COLOR is set or TERM=dumb; sentences wrap at COLUMNS, else the terminal's
width. A name never starts with "-"; "--" ends the options.

Exit codes: 0 every CA may issue (conditions included; IP addresses); 1 some CA refuses; 2 a lookup failed
(the CA refuses until DNS answers: fix DNS, or retry), or this check cannot tell (the resolver does not answer,
the name is outside the zone files);
64 usage error; 65 bad input data (zone syntax, invalid name, a binary list); 66 cannot open input; 74 I/O
error (output included). batch: 1 when any name is refused, else 2 when any lookup failed or a line is not a
valid name (reported in its row), else 0.

Run "caa-doctor-cli COMMAND --help" for a command's options.
CA identifiers: Common CA Database (CCADB) CAA identifier report, CDLA-Permissive-2.0.
)";

struct CommonOptions
{
    QCommandLineOption ca { QStringLiteral("ca"),
                            QStringLiteral("CA to evaluate for (repeatable): letsencrypt.org (default), rfc8659[:ID], "
                                           "a CAA identifier or a private CA's identifier."),
                            QStringLiteral("ID") };
    QCommandLineOption fixCa { QStringLiteral("ca"),
                               QStringLiteral("The CA to fix for (one): letsencrypt.org (default), rfc8659[:ID], a "
                                              "CAA identifier or a private CA's identifier."),
                               QStringLiteral("ID") };
    QCommandLineOption wildcard { QStringLiteral("wildcard"),
                                  QStringLiteral("Check a wildcard certificate (*.NAME).") };
    QCommandLineOption accountUri { QStringLiteral("account-uri"),
                                    QStringLiteral("Your ACME account URL, checked against accounturi (RFC 8657). "
                                                   "Let's Encrypt's ACMEv1 and ACMEv2 URLs of one account match each "
                                                   "other; a URL of none of its forms is refused (exit 64)."),
                                    QStringLiteral("URI") };
    QCommandLineOption method { QStringLiteral("method"),
                                QStringLiteral("The validation method used: http-01, dns-01, tls-alpn-01, ... "
                                               "(checked against validationmethods, RFC 8657)."),
                                QStringLiteral("METHOD") };
    QCommandLineOption zone { QStringLiteral("zone"),
                              QStringLiteral("Evaluate offline from this zone file (RFC 1035 master format; "
                                             "repeatable)."),
                              QStringLiteral("FILE") };
    QCommandLineOption origin { QStringLiteral("origin"),
                                QStringLiteral("The zone's origin for zone files without $ORIGIN or SOA before their "
                                               "names, as named.conf gives it (default: from the file name, such as "
                                               "db.example.net or example.net.zone, said on stderr)."),
                                QStringLiteral("ZONE") };
    QCommandLineOption resolver { QStringLiteral("resolver"),
                                  QStringLiteral(
                                      "Recursive resolver for live DNS (repeatable; default: the system's)."),
                                  QStringLiteral("ADDR[:PORT]") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 QStringLiteral("Live DNS: milliseconds for the first try; each further round waits "
                                                "twice as long, as c-ares does (50-600000, default 3000)."),
                                 QStringLiteral("MS"), QStringLiteral("3000") };
    QCommandLineOption tries { QStringLiteral("tries"), QStringLiteral("Live DNS: tries per query (1-10, default 2)."),
                               QStringLiteral("N"), QStringLiteral("2") };
    QCommandLineOption stats { QStringLiteral("stats"),
                               QStringLiteral("Print statistics to standard error as JSON: names, DNS queries sent, "
                                              "elapsed time and the longest event-loop stall.") };
    QCommandLineOption error { QStringLiteral("error"),
                               QStringLiteral("The error message your ACME client printed (certbot, acme.sh, lego, "
                                              "Caddy, win-acme, a problem JSON, another CA's or Cloudflare's text), "
                                              "or - to read it from standard input: it is explained, NAME defaults "
                                              "to the name it names, and --ca to the CA that wrote it."),
                               QStringLiteral("TEXT") };
    QCommandLineOption noMatrix { QStringLiteral("no-matrix"),
                                  QStringLiteral("Live DNS: do not ask every authoritative nameserver directly.") };
    QCommandLineOption jobs { QStringLiteral("jobs"),
                              QStringLiteral(
                                  "batch: how many names are checked at the same time (1-10000, default 64)."),
                              QStringLiteral("N"), QStringLiteral("64") };
    QCommandLineOption json { QStringLiteral("json"), QStringLiteral("Print JSON (cli-contract schema).") };
    QCommandLineOption provider { QStringLiteral("provider"),
                                  QStringLiteral("Also write each fix as the web form fields of this DNS provider, "
                                                 "with its known pitfalls (text output): generic, cloudflare, route53, "
                                                 "google, azure, digitalocean, hetzner, godaddy, namecheap, ovh, "
                                                 "dnsimple."),
                                  QStringLiteral("PROVIDER") };
    QCommandLineOption write { QStringLiteral("write"),
                               QStringLiteral("Edit the zone file in place (atomic; the original is kept as FILE.orig "
                                              "unless that exists). Without it, print a unified diff.") };
    QCommandLineOption report { QStringLiteral("report"),
                                QStringLiteral("Write a PDF report to FILE (all or nothing: an existing file is "
                                               "replaced only when the new one is complete)."),
                                QStringLiteral("FILE.pdf") };
    QCommandLineOption evidence { QStringLiteral("evidence"),
                                  QStringLiteral("Write the evidence bundle to FILE: the JSON of --json plus the raw "
                                                 "DNS messages in base64, for \"replay\" and the app."),
                                  QStringLiteral("FILE.json") };
    QCommandLineOption pageSize { QStringLiteral("page-size"),
                                  QStringLiteral("Paper of the report: a4 or letter (default: the locale's)."),
                                  QStringLiteral("SIZE") };
    QCommandLineOption column { QStringLiteral("column"),
                                QStringLiteral("batch: the CSV/TSV column that holds the names, by its header or its "
                                               "number from 1 (default: the column called domain, name, hostname, "
                                               "fqdn..., else the one holding the most names; said on stderr)."),
                                QStringLiteral("COLUMN") };
    QCommandLineOption served { QStringLiteral("served"),
                                QStringLiteral("Read the certificate the server presents for NAME over TLS (port 443, "
                                               "SNI = NAME or a pasted URL's port, the addresses the resolver "
                                               "gives, IPv6 and IPv4; a handshake gets twice --timeout, at least 1 "
                                               "second): its CA, whether CAA lets that CA "
                                               "renew, and when. On by default for live DNS; with zone files only "
                                               "when given. --served=HOST[:PORT] (or --served HOST[:PORT] after "
                                               "NAME) reads it from another server.") };
    QCommandLineOption servedTarget { QStringLiteral("served-target"), QStringLiteral("HOST[:PORT] of --served="),
                                      QStringLiteral("HOST[:PORT]") };
    QCommandLineOption noServed { QStringLiteral("no-served"),
                                  QStringLiteral("Do not read the certificate in use over TLS.") };
    QCommandLineOption cert { QStringLiteral("cert"),
                              QStringLiteral("Read the certificate in use from FILE instead (PEM or DER, a leaf or a "
                                             "chain, leaf first)."),
                              QStringLiteral("FILE") };
    QCommandLineOption ct { QStringLiteral("ct"),
                            QStringLiteral("Also ask Certificate Transparency (crt.sh's JSON interface, on the "
                                           "internet; CAA_DOCTOR_CT_URL names another https:// service; it gets five "
                                           "times --timeout, 2-60 s) which CAs issued for NAME in the last 400 days, "
                                           "and whether CAA allows each now.") };
    QCommandLineOption batchServed { QStringLiteral("served"),
                                     QStringLiteral("batch: also read each name's certificate in use over TLS and "
                                                    "add its issuer and that CA's verdict to the row.") };
    QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help.") };
    CommonOptions() { servedTarget.setFlags(QCommandLineOption::HiddenFromHelp); }
    QCommandLineOption version { QStringLiteral("version"), QStringLiteral("Show the version.") };

    // Each command's options, in the order its help lists them: parsing and --help use the same list.
    QList<QCommandLineOption> of(const QString& command) const
    {
        if (command == QLatin1String("check"))
            return { ca,     wildcard,     accountUri, method,   resolver, timeout, tries, noMatrix,
                     served, servedTarget, noServed,   cert,     ct,       error,   zone,  origin,
                     json,   provider,     report,     evidence, pageSize, version };
        if (command == QLatin1String("fix"))
            return { zone, origin, fixCa, wildcard, accountUri, method, write, json, version };
        if (command == QLatin1String("lint"))
            return { zone, origin, json, version };
        if (command == QLatin1String("replay"))
            return { json, report, pageSize, version };
        return { resolver, timeout, tries, noMatrix, batchServed, jobs,     zone,   origin,
                 ca,       column,  stats, json,     report,      pageSize, version };
    }
};

const QStringList kCommands { QStringLiteral("check"), QStringLiteral("fix"), QStringLiteral("lint"),
                              QStringLiteral("batch"), QStringLiteral("replay") };

struct LoadedZones
{
    QList<std::shared_ptr<const ZoneFile>> zones;
    int exitCode = 0;
};

// --origin: the origin for files without one; invalid is a usage error (64).
std::optional<QString> originOption(const QCommandLineParser& p, const QCommandLineOption& origin, QString* error)
{
    if (!p.isSet(origin))
        return QString();
    NameError why;
    const DomainName name = DomainName::parse(p.value(origin), &why);
    if (!name.isValid() || name.isWildcard() || name.isIpAddress()) {
        *error = QStringLiteral("invalid --origin \"%1\": %2")
                     .arg(terminalSafe(p.value(origin)),
                          name.isValid() ? QStringLiteral("a zone's origin is a domain name")
                                         : MessageCatalogue::nameError(why));
        return std::nullopt;
    }
    return name.text();
}

// Each file as the given origin, else its own $ORIGIN, else its file name says (said on stderr).
std::shared_ptr<ZoneFile> loadZoneFile(const QString& path, const QString& origin, QTextStream& err)
{
    ZoneLoadOptions options;
    options.origin = origin;
    QString named;
    auto zone = std::make_shared<ZoneFile>(ZoneFile::loadNamed(path, options, &named));
    if (!named.isEmpty())
        err << "caa-doctor-cli: " << QDir::toNativeSeparators(path) << ": no $ORIGIN in the file: the zone is taken "
            << "to be " << named << ", from the file name (--origin sets it)" << Qt::endl;
    return zone;
}

LoadedZones loadZones(const QStringList& paths, const QString& origin, QTextStream& err)
{
    LoadedZones loaded;
    for (const QString& path : paths) {
        auto zone = loadZoneFile(path, origin, err);
        if (zone->openFailed()) {
            err << QDir::toNativeSeparators(path) << ": " << zone->errors().value(0).message << Qt::endl;
            loaded.exitCode = exitcode::NoInput;
            continue;
        }
        for (const ZoneError& e : zone->errors())
            err << zone->describeError(e) << Qt::endl;
        if (!zone->errors().isEmpty() && loaded.exitCode == 0)
            loaded.exitCode = exitcode::DataError;
        loaded.zones.append(zone);
    }
    return loaded;
}

// Two files of one zone (a copy, the zone as two providers serve it): which one answers would be a guess. Empty when
// each zone has one file.
QString sameZoneTwice(const QList<std::shared_ptr<const ZoneFile>>& zones)
{
    const auto repeats = repeatedZones(zones);
    if (repeats.isEmpty())
        return QString();
    const auto [z, earlier] = repeats.first();
    return QStringLiteral(
               "%1: this is the zone %2 again, as in %3: give one file per zone (check them one at a time to "
               "compare)")
        .arg(QDir::toNativeSeparators(zones[z]->files().value(0).path), zones[z]->origin(),
             QFileInfo(zones[earlier]->files().value(0).path).fileName());
}

struct SourceSetup
{
    std::unique_ptr<DnsSource> source;
    QList<std::shared_ptr<const ZoneFile>> zones;
    DnsClientOptions live; // the primary resolver, for the nameserver matrix
    QStringList otherResolvers; // compared with the primary
    int exitCode = 0;
    QString error;
};

// Zone files when --zone is given, else live DNS through --resolver (or the system's resolvers).
SourceSetup makeSource(const QCommandLineParser& p, const QCommandLineOption& zone, const QCommandLineOption& resolver,
                       const QCommandLineOption& timeout, const QCommandLineOption& tries,
                       const QCommandLineOption& origin, QTextStream& err)
{
    SourceSetup setup;
    if (p.isSet(origin) && p.values(zone).isEmpty()) {
        setup.exitCode = exitcode::Usage;
        setup.error = QStringLiteral("--origin is for zone files (--zone)");
        return setup;
    }
    if (!p.values(zone).isEmpty()) {
        if (!p.values(resolver).isEmpty()) {
            setup.exitCode = exitcode::Usage;
            setup.error = QStringLiteral("give either --zone (offline) or --resolver (live DNS), not both");
            return setup;
        }
        const std::optional<QString> zoneOrigin = originOption(p, origin, &setup.error);
        if (!zoneOrigin) {
            setup.exitCode = exitcode::Usage;
            return setup;
        }
        LoadedZones loaded = loadZones(p.values(zone), *zoneOrigin, err);
        if (loaded.exitCode) {
            setup.exitCode = loaded.exitCode;
            setup.error = QStringLiteral("no verdict: fix the zone file errors above first");
            return setup;
        }
        if (const QString twice = sameZoneTwice(loaded.zones); !twice.isEmpty()) {
            setup.exitCode = exitcode::Usage;
            setup.error = twice;
            return setup;
        }
        auto set = std::make_shared<ZoneSet>();
        for (const auto& z : loaded.zones)
            set->add(z);
        setup.zones = loaded.zones;
        setup.source = std::make_unique<ZoneSource>(set);
        return setup;
    }
    DnsClientOptions options;
    bool ok1 = false, ok2 = false;
    options.timeoutMs = p.value(timeout).toInt(&ok1);
    options.tries = p.value(tries).toInt(&ok2);
    if (!ok1 || !ok2 || options.timeoutMs < 50 || options.timeoutMs > 600000 || options.tries < 1
        || options.tries > 10) {
        setup.exitCode = exitcode::Usage;
        setup.error = QStringLiteral("--timeout takes 50-600000 milliseconds and --tries 1-10");
        return setup;
    }
    for (const QString& r : p.values(resolver)) {
        QString normalised, error;
        if (!DnsClient::normaliseServer(r, &normalised, &error)) {
            setup.exitCode = exitcode::Usage;
            setup.error = error;
            return setup;
        }
        if (!options.servers.contains(normalised)) // "1.1.1.1" and "1.1.1.1:53" are one resolver
            options.servers.append(normalised);
    }
    // The first resolver answers; the others are compared with it (check), one source each.
    setup.otherResolvers = options.servers.mid(1);
    if (options.servers.size() > 1)
        options.servers = options.servers.mid(0, 1);
    setup.live = options;
    auto live = std::make_unique<LiveSource>(options);
    if (!live->isValid()) {
        setup.exitCode = exitcode::IoError;
        setup.error = live->errorString();
        return setup;
    }
    setup.source = std::move(live);
    return setup;
}

// Runs one diagnosis on the event loop; the zone source answers asynchronously like a live one would. A live check
// also asks every authoritative server directly (the nameserver matrix) and the other resolvers, all at the same time
// as the climb: the matrix learns from the climb, when it ends, which of its names matter.
// Where the certificate in use is read: the host (the name, or --served=HOST), the port and the SNI name.
struct ServedTarget
{
    QString host;
    quint16 port = 443;
    QString sni;
};

Diagnosis runCheck(DnsSource& source, const SourceSetup* live, const Request& request, const QList<CaProfile>& profiles,
                   bool matrix, TlsProbe* probe = nullptr, const ServedTarget& served = {}, const WhoIssues& who = {},
                   bool judgeIssuersBeside = false, CtLookup* ct = nullptr)
{
    ClimbRunner runner(&source);
    runner.setLookForDoubledOwners(true);
    QEventLoop loop;
    int running = 0;
    auto finishedOne = [&] {
        if (--running == 0)
            loop.quit();
    };
    const bool withMatrix = live && matrix && !request.name.isIpAddress();
    std::unique_ptr<NsMatrixRunner> matrixRunner;
    if (withMatrix) {
        matrixRunner = std::make_unique<NsMatrixRunner>(live->live);
        matrixRunner->setTimeoutMs(std::min(live->live.timeoutMs, 3000));
        ++running;
        QObject::connect(matrixRunner.get(), &NsMatrixRunner::finished, &loop, finishedOne);
        matrixRunner->startAhead(request.name);
    }
    ++running;
    QObject::connect(&runner, &ClimbRunner::finished, &loop, [&] {
        if (matrixRunner)
            runner.diagnosis().informMatrix(*matrixRunner);
        // The certificate is read once the CAA answers are in: its address lookups through the same resolver must
        // not change what the climb sees (a resolver answers a second question about a bogus zone from its cache,
        // with less detail).
        if (probe)
            probe->start(served.host, served.port, served.sni);
        finishedOne();
    });
    std::vector<std::unique_ptr<LiveSource>> sources;
    std::vector<std::unique_ptr<ClimbRunner>> runners;
    for (const QString& server : live ? live->otherResolvers : QStringList()) {
        DnsClientOptions options = live->live;
        options.servers = { server };
        sources.push_back(std::make_unique<LiveSource>(options));
        runners.push_back(std::make_unique<ClimbRunner>(sources.back().get()));
        ++running;
        QObject::connect(runners.back().get(), &ClimbRunner::finished, &loop, finishedOne);
        runners.back()->start(request, profiles);
    }
    if (probe) { // beside the climb: a check with it takes at most one handshake longer
        ++running;
        QObject::connect(probe, &TlsProbe::finished, &loop, finishedOne);
    }
    if (ct) {
        ++running;
        QObject::connect(ct, &CtLookup::finished, &loop, finishedOne);
    }
    runner.start(request, profiles);
    if (running > 0)
        loop.exec();
    Diagnosis d = runner.diagnosis();
    d.who = who;
    d.judgeIssuersBeside = judgeIssuersBeside;
    if (probe)
        d.who.probe = probe->result();
    if (ct)
        d.who.ct = ct->answer();
    if (withMatrix)
        d.useMatrix(matrixRunner->matrix());
    else if (live)
        d.skipMatrix();
    for (size_t i = 0; i < runners.size(); ++i)
        d.otherResolvers.append(
            { live->otherResolvers[int(i)], runners[i]->diagnosis().climb, runners[i]->diagnosis().verdicts });
    if (!d.otherResolvers.isEmpty())
        d.compareResolvers();
    d.settle();
    return d;
}

int exitCodeFor(const Diagnosis& d)
{
    bool forbid = false, error = false;
    for (const Verdict& v : d.verdicts) {
        forbid = forbid || v.outcome == Outcome::Forbid;
        error = error || v.outcome == Outcome::Error || v.outcome == Outcome::Pending;
    }
    return forbid ? exitcode::Forbidden : (error ? exitcode::Undetermined : exitcode::Permitted);
}

// --report/--evidence/--page-size: what is wrong with them, before any lookup is made.
QString outputProblem(const QCommandLineParser& p, const CommonOptions& o, bool canReport, bool withEvidence = false)
{
    if (p.isSet(o.report) && !canReport)
        return QStringLiteral("--report needs the report renderer, which this build of caa-doctor-cli does not have "
                              "(built without the GUI)");
    if (p.isSet(o.pageSize)) {
        const QString size = p.value(o.pageSize).toLower();
        if (size != QLatin1String("a4") && size != QLatin1String("letter"))
            return QStringLiteral("--page-size takes a4 or letter");
    }
    if (p.isSet(o.report) && p.value(o.report).isEmpty())
        return QStringLiteral("--report needs a file name");
    if (!withEvidence)
        return {};
    if (p.isSet(o.evidence) && p.value(o.evidence).isEmpty())
        return QStringLiteral("--evidence needs a file name");
    if (p.isSet(o.report) && p.isSet(o.evidence)
        && QFileInfo(p.value(o.report)).absoluteFilePath() == QFileInfo(p.value(o.evidence)).absoluteFilePath())
        return QStringLiteral("--report and --evidence name the same file");
    return {};
}

// Levenshtein distance, for "did you mean".
int editDistance(const QString& a, const QString& b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) });
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// An input as a message quotes it: whole up to 200 characters, else its two ends (a 65,535-character line was echoed
// in full, one message of 64 KB).
QString quotedInput(const QString& input)
{
    const QString shown = input.size() > 200 ? input.left(120) + QStringLiteral("…") + input.right(40) : input;
    return terminalSafe(shown);
}

QString nameErrorText(const QString& input, const NameError& e)
{
    // One arg() call: a "%1" typed into the name must not take the next value's place.
    return QStringLiteral("invalid name \"%1\" at character %2: %3")
        .arg(quotedInput(input), QString::number(e.begin + 1), MessageCatalogue::nameError(e));
}

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
    // No colour into files and pipes, with NO_COLOR (no-color.org), or for a terminal that has none (TERM=dumb).
    m_colour = caa_isatty(caa_fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
}

// The parser's complaint, where an unknown option looks like a name said as such ("-foo.test" is no option, and no name
// starts with '-').
QString argumentError(const QCommandLineParser& p)
{
    for (const QString& option : p.unknownOptionNames()) {
        if (option.contains(u'.'))
            return QStringLiteral("\"-%1\" is not an option (no name starts with '-'; a file that does is ./-%1)")
                .arg(terminalSafe(option));
    }
    return p.errorText();
}

int Cli::usage(const QString& message)
{
    m_err << "caa-doctor-cli: " << message << Qt::endl << "Run \"caa-doctor-cli --help\" for usage." << Qt::endl;
    return exitcode::Usage;
}

void Cli::printHelp(const QString& command)
{
    if (command.isEmpty()) {
        m_out << kOverview;
        return;
    }
    CommonOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-foo.test" is one word
    if (command == QLatin1String("check")) {
        p.setApplicationDescription(QStringLiteral("Check whether CAs may issue for NAME, and why."));
        p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The name on the certificate."));
    } else if (command == QLatin1String("fix")) {
        p.setApplicationDescription(
            QStringLiteral("Apply the fix for the CAA problem of NAME to its zone file (a diff unless --write)."));
        p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The name on the certificate."));
    } else if (command == QLatin1String("lint")) {
        p.setApplicationDescription(QStringLiteral("Check every CAA record of zone files for mistakes that zone "
                                                   "checkers let through (exit 1 when any is found)."));
    } else if (command == QLatin1String("replay")) {
        p.setApplicationDescription(QStringLiteral(
            "Reopen an evidence bundle offline: its raw DNS messages are decoded again and each CA's rules applied "
            "again; differences from what the bundle says are reported."));
        p.addPositionalArgument(QStringLiteral("BUNDLE"), QStringLiteral("An evidence bundle (check --evidence)."));
    } else {
        p.setApplicationDescription(QStringLiteral(
            "Check many names (one per line; '#' starts a comment). Each row says what check says for its name: in "
            "live DNS every name's nameservers are asked too (--no-matrix: the resolver alone). --json prints one JSON "
            "object per line. Exit code: 1 when any name is refused, else 2 when any lookup failed or a line is not a "
            "valid name, else 0; 65 for a binary file."));
        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("File of names, or - for standard input."));
    }
    p.addOptions(o.of(command));
    QString text = p.helpText();
    text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("caa-doctor-cli"));
    text.replace(QStringLiteral("caa-doctor-cli [options]"),
                 QStringLiteral("caa-doctor-cli %1 [options]").arg(command));
    m_out << text;
}

int Cli::run(const QStringList& arguments)
{
    const int code = dispatch(arguments);
    // Output that could not be written is an error (a full disk, a closed pipe), never a silent success.
    m_out.flush();
    const bool failed = m_out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout);
    if (failed) {
        const int err = errno;
        m_err << "caa-doctor-cli: cannot write the output: "
              << (err ? QString::fromLocal8Bit(std::strerror(err)) : QStringLiteral("write error")) << Qt::endl;
        return exitcode::IoError;
    }
    return code;
}

int Cli::dispatch(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        // As git and apt do: the commands and their options, then how to read more.
        const QString overview = QString::fromUtf8(kOverview);
        const qsizetype from = overview.indexOf(QStringLiteral("Usage:"));
        m_err << "caa-doctor-cli: no command given" << Qt::endl
              << overview.mid(from, overview.indexOf(QStringLiteral("\n\n"), from) - from + 1) << Qt::endl
              << "Run \"caa-doctor-cli --help\" for what they mean, \"caa-doctor-cli COMMAND --help\" for a "
              << "command's options." << Qt::endl;
        return exitcode::Usage;
    }
    const QString command = args.first();
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help")) {
        printHelp(args.value(1));
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v") || command == QLatin1String("-V")) {
        m_out << "caa-doctor-cli " << CAA_VERSION << " (Qt " << qVersion() << ")" << Qt::endl;
        return 0;
    }
    if (kCommands.contains(command)) {
        // --help and --version anywhere among a command's options (not after "--", where words are names).
        const QStringList options = args.mid(1, args.indexOf(QStringLiteral("--")) - 1);
        if (options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"))) {
            printHelp(command);
            return 0;
        }
        if (options.contains(QStringLiteral("--version"))) {
            m_out << "caa-doctor-cli " << CAA_VERSION << " (Qt " << qVersion() << ")" << Qt::endl;
            return 0;
        }
    }
    if (command == QLatin1String("check"))
        return check(arguments.mid(1));
    if (command == QLatin1String("fix"))
        return fix(arguments.mid(1));
    if (command == QLatin1String("lint"))
        return lint(arguments.mid(1));
    if (command == QLatin1String("batch"))
        return batch(arguments.mid(1));
    if (command == QLatin1String("replay"))
        return replay(arguments.mid(1));
    return usage(QStringLiteral("unknown command \"%1\"").arg(command));
}

namespace {

struct ParsedRequest
{
    Request request;
    QList<CaProfile> profiles;
    int exitCode = 0;
    QString error;
};

ParsedRequest parseRequest(const QCommandLineParser& p, const CommonOptions& o, const QString& nameText,
                           const QString& defaultCa, QStringList* warnings)
{
    ParsedRequest r;
    NameError nameError;
    r.request.name = DomainName::parse(nameText, &nameError);
    if (!r.request.name.isValid()) {
        r.error = nameErrorText(nameText, nameError);
        r.exitCode = exitcode::DataError;
        return r;
    }
    if (p.isSet(o.wildcard) && !r.request.name.isWildcard() && !r.request.name.isIpAddress())
        r.request.name = DomainName::parse(QStringLiteral("*.") + r.request.name.text());
    r.request.accountUri = p.value(o.accountUri).trimmed();
    if (p.isSet(o.accountUri) && !isAccountUri(r.request.accountUri)) {
        r.error = QStringLiteral("--account-uri \"%1\" is not a URI: give your ACME account URL, such as "
                                 "https://acme-v02.api.letsencrypt.org/acme/acct/123456789")
                      .arg(r.request.accountUri);
        r.exitCode = exitcode::Usage;
        return r;
    }
    r.request.validationMethod = p.value(o.method).trimmed().toLower();
    QStringList cas = p.values(o.ca);
    if (cas.isEmpty())
        cas.append(defaultCa.isEmpty() ? QStringLiteral("letsencrypt.org") : defaultCa);
    for (const QString& id : cas) {
        const CaProfile profile = CaDirectory::builtin().profile(id);
        if (profile.key.isEmpty()) {
            r.error = QStringLiteral("unknown CA \"%1\": give a CAA identifier such as letsencrypt.org or pki.goog")
                          .arg(id);
            r.exitCode = exitcode::Usage;
            return r;
        }
        const QString suggestion = CaDirectory::builtin().suggestionFor(id);
        if (!suggestion.isEmpty() && warnings)
            warnings->append(QStringLiteral("\"%1\" is not a CA identifier in the CCADB list and is checked as a "
                                            "private CA's; did you mean %2?")
                                 .arg(id, suggestion));
        bool duplicate = false;
        for (const CaProfile& existing : r.profiles)
            duplicate = duplicate || existing.key == profile.key;
        if (!duplicate)
            r.profiles.append(profile);
    }
    // An account URL of the CA's own form (a known prefix and a number): any other names no account of it, and would
    // be written into a proposed record that still refuses.
    if (!r.request.accountUri.isEmpty() && !r.profiles.isEmpty()
        && !r.profiles.first().isAccountOfThisCa(r.request.accountUri)) {
        r.error
            = QStringLiteral("--account-uri \"%1\" is not a %2 account URL: they look like %3 (copy yours from "
                             "your ACME client's account file)")
                  .arg(r.request.accountUri, r.profiles.first().displayName, r.profiles.first().exampleAccountUri());
        r.exitCode = exitcode::Usage;
        return r;
    }
    const QString method = r.request.validationMethod;
    if (!method.isEmpty() && warnings) {
        bool known = method.startsWith(QLatin1String("ca-"));
        QStringList names;
        for (const CaProfile& profile : std::as_const(r.profiles)) {
            for (const QByteArray& m : profile.validationMethodNames) {
                names.append(QString::fromLatin1(m));
                known = known || m == method.toLatin1();
            }
        }
        if (!known) {
            QString nearest;
            int best = 1 << 20;
            for (const QString& candidate : std::as_const(names)) {
                const int d = editDistance(method, candidate);
                if (d < best) {
                    best = d;
                    nearest = candidate;
                }
            }
            warnings->append(best <= 3
                                 ? QStringLiteral("--method \"%1\" is not a validation method %2 knows; did you "
                                                  "mean %3?")
                                       .arg(method, r.profiles.value(0).displayName, nearest)
                                 : QStringLiteral("--method \"%1\" is not a validation method %2 knows (%3)")
                                       .arg(method, r.profiles.value(0).displayName, names.join(QStringLiteral(", "))));
        }
    }
    return r;
}

} // namespace

int Cli::check(const QStringList& args)
{
    CommonOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-foo.test" is one word
    p.addOptions(o.of(QStringLiteral("check")));
    // --served takes an optional value, which QCommandLineParser cannot express: --served=HOST[:PORT] is passed on
    // as the hidden --served-target.
    QStringList arguments;
    for (const QString& a : args) {
        if (a.startsWith(QLatin1String("--served=")) || a.startsWith(QLatin1String("-served=")))
            arguments << QStringLiteral("--served-target") << a.section(QLatin1Char('='), 1);
        else
            arguments << a;
    }
    if (!p.parse(arguments))
        return usage(argumentError(p));
    if (const QString problem = outputProblem(p, o, m_reportWriter != nullptr, true); !problem.isEmpty())
        return usage(problem);
    TextStyle style { m_colour, std::nullopt, textWidth() };
    if (p.isSet(o.provider)) {
        style.providerForm = ProviderForms::fromKey(p.value(o.provider));
        if (!style.providerForm) {
            QStringList keys;
            for (const ProviderForms::Provider known : ProviderForms::all())
                keys.append(ProviderForms::key(known));
            return usage(QStringLiteral("unknown --provider \"%1\": one of %2")
                             .arg(p.value(o.provider), keys.join(QStringLiteral(", "))));
        }
    }
    AcmeError fromError;
    QString errorText;
    if (p.isSet(o.error)) {
        errorText = p.value(o.error);
        if (errorText == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return usage(QStringLiteral("cannot read the error message from standard input"));
            errorText = QString::fromUtf8(in.read(1 << 20));
        }
        fromError = parseAcmeError(errorText);
    }
    // "--served HOST[:PORT]" as well as "--served=HOST[:PORT]": the word after a bare --served is its target when
    // it is not the only name on the line (then it is NAME, and --served reads NAME's own server).
    QStringList positionals = p.positionalArguments();
    QString servedTargetText = p.value(o.servedTarget);
    bool servedTargetGiven = p.isSet(o.servedTarget);
    if (p.isSet(o.served) && !servedTargetGiven) {
        const qsizetype at
            = std::max(arguments.indexOf(QStringLiteral("--served")), arguments.indexOf(QStringLiteral("-served")));
        const QString next = at >= 0 ? arguments.value(at + 1) : QString();
        const bool nameElsewhere = positionals.size() == 2 || (positionals.size() == 1 && p.isSet(o.error));
        if (!next.isEmpty() && !next.startsWith(QLatin1Char('-')) && positionals.contains(next) && nameElsewhere) {
            positionals.removeAt(positionals.lastIndexOf(next));
            servedTargetText = next;
            servedTargetGiven = true;
        }
    }
    QString nameText = positionals.value(0);
    if (nameText.isEmpty() && !fromError.identifier.isEmpty())
        nameText = fromError.identifier;
    if (positionals.size() > 1 || nameText.isEmpty())
        return usage(p.isSet(o.error) ? QStringLiteral("no name found in the error message: give NAME too")
                                      : QStringLiteral("check needs exactly one NAME"));
    QStringList warnings;
    ParsedRequest req = parseRequest(p, o, nameText, fromError.ca, &warnings);
    for (const QString& w : std::as_const(warnings))
        m_err << "caa-doctor-cli: warning: " << w << Qt::endl;
    if (req.exitCode) {
        m_err << "caa-doctor-cli: " << req.error << Qt::endl;
        return req.exitCode;
    }
    SourceSetup setup = makeSource(p, o.zone, o.resolver, o.timeout, o.tries, o.origin, m_err);
    if (setup.exitCode) {
        m_err << "caa-doctor-cli: " << setup.error << Qt::endl;
        return setup.exitCode;
    }
    const bool live = setup.zones.isEmpty();
    // Who issues: the certificate in use, from --cert or read over TLS beside the climb.
    WhoIssues who;
    std::unique_ptr<TlsProbe> probe;
    ServedTarget servedTarget;
    const bool servedAsked = p.isSet(o.served) || servedTargetGiven;
    if (p.isSet(o.noServed) && (servedAsked || p.isSet(o.cert)))
        return usage(QStringLiteral("--no-served cannot be combined with --served or --cert"));
    if (p.isSet(o.cert) && servedAsked)
        return usage(QStringLiteral("give either --cert FILE or --served, not both"));
    if (p.values(o.cert).size() > 1 || p.values(o.servedTarget).size() > 1)
        return usage(QStringLiteral("give --cert or --served=HOST[:PORT] once"));
    if (p.isSet(o.cert) && req.request.name.isIpAddress())
        m_err << "caa-doctor-cli: warning: " << req.request.name.displayText()
              << " is an IP address: CAA does not apply, so --cert is not read" << Qt::endl;
    if (p.isSet(o.cert) && !req.request.name.isIpAddress()) {
        CertificateReadError error = CertificateReadError::None;
        QString systemError;
        int damaged = 0;
        const CertificateChain chain = readCertificateFile(p.value(o.cert), &error, &systemError, &damaged);
        if (error == CertificateReadError::CannotOpen) {
            m_err << "caa-doctor-cli: cannot read " << p.value(o.cert) << ": " << systemError << Qt::endl;
            return exitcode::NoInput;
        }
        if (chain.isEmpty()) {
            m_err << "caa-doctor-cli: " << p.value(o.cert) << ": " << MessageCatalogue::certificateReadError(error)
                  << Qt::endl;
            return exitcode::DataError;
        }
        if (damaged > 0)
            m_err << "caa-doctor-cli: warning: " << p.value(o.cert) << ": " << damaged
                  << (damaged == 1 ? " damaged PEM block was" : " damaged PEM blocks were")
                  << " skipped; the other certificates were read" << Qt::endl;
        who.origin = WhoIssues::Origin::File;
        who.file = p.value(o.cert);
        who.probe.status = TlsProbeResult::Status::Served;
        who.probe.chain = chain;
    } else if ((live ? !p.isSet(o.noServed) : servedAsked) && !req.request.name.isIpAddress()) {
        const QString sni = req.request.name.text();
        QString host = sni;
        // A pasted URL with a port (https://example.com:8443/) names the server to read.
        const QUrl pasted(nameText, QUrl::StrictMode);
        quint16 port = nameText.contains(QLatin1String("://")) && pasted.port() > 0 ? quint16(pasted.port()) : 443;
        if (servedTargetGiven && !TlsProbe::parseTarget(servedTargetText, &host, &port))
            return usage(QStringLiteral("--served=%1 is not HOST, HOST:PORT or [IPv6]:PORT (port 1-65535)")
                             .arg(servedTargetText));
        probe = std::make_unique<TlsProbe>();
        probe->setResolver(live ? setup.live : DnsClientOptions {}); // zone files: the system's resolvers
        probe->setTimeoutMs(std::clamp(setup.live.timeoutMs * 2, 1000, 60000));
        servedTarget = { host, port, sni };
        who.origin = WhoIssues::Origin::Live;
    }
    if (req.request.name.isIpAddress())
        who.origin = WhoIssues::Origin::None;
    std::unique_ptr<CtLookup> ctLookup;
    if (p.isSet(o.ct) && !req.request.name.isIpAddress()) {
        ctLookup = std::make_unique<CtLookup>();
        // crt.sh answers in seconds rather than milliseconds: five times the DNS timeout, 2 to 60 seconds.
        ctLookup->setTimeoutMs(std::clamp(setup.live.timeoutMs * 5, 2000, 60000));
        ctLookup->start(req.request.name.text());
    }
    if (!live)
        for (const auto& z : setup.zones)
            who.zoneNameservers += zoneNameservers(*z);
    Diagnosis d;
    d.judgeIssuersBeside = !p.isSet(o.ca) && !p.isSet(o.error);
    {
        Diagnosis made
            = runCheck(*setup.source, live ? &setup : nullptr, req.request, req.profiles, !p.isSet(o.noMatrix),
                       probe.get(), servedTarget, who, d.judgeIssuersBeside, ctLookup.get());
        d = std::move(made);
    }
    for (const auto& z : setup.zones)
        d.zoneFiles.append({ z->files().first().path, QString::fromLatin1(z->files().first().sha256Hex()) });
    if (p.isSet(o.error)) {
        d.hasFromError = true;
        d.fromError = fromError;
        d.fromErrorText = errorText;
        d.settle();
    }
    if (p.isSet(o.json))
        m_out << QJsonDocument(diagnosisToJson(d)).toJson(QJsonDocument::Indented);
    else
        m_out << renderText(d, style);
    m_out.flush();
    if (!writeOutputs(d, p.value(o.report), p.value(o.pageSize), p.value(o.evidence)))
        return exitcode::IoError;
    return exitCodeFor(d);
}

int Cli::fix(const QStringList& args)
{
    CommonOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-foo.test" is one word
    p.addOptions(o.of(QStringLiteral("fix")));
    if (!p.parse(args))
        return usage(argumentError(p));
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("fix needs exactly one NAME"));
    if (p.values(o.zone).isEmpty())
        return usage(QStringLiteral("fix needs the zone file to edit: --zone FILE"));
    if (p.values(o.ca).size() > 1)
        return usage(QStringLiteral("fix takes one --ca"));
    QStringList warnings;
    ParsedRequest req = parseRequest(p, o, p.positionalArguments().first(), QString(), &warnings);
    for (const QString& w : std::as_const(warnings))
        m_err << "caa-doctor-cli: warning: " << w << Qt::endl;
    if (req.exitCode) {
        m_err << "caa-doctor-cli: " << req.error << Qt::endl;
        return req.exitCode;
    }
    QString originError;
    const std::optional<QString> zoneOrigin = originOption(p, o.origin, &originError);
    if (!zoneOrigin)
        return usage(originError);
    LoadedZones loaded = loadZones(p.values(o.zone), *zoneOrigin, m_err);
    if (loaded.exitCode) {
        m_err << "caa-doctor-cli: nothing changed: fix the zone file errors above first" << Qt::endl;
        return loaded.exitCode;
    }
    if (const QString twice = sameZoneTwice(loaded.zones); !twice.isEmpty())
        return usage(twice);
    auto set = std::make_shared<ZoneSet>();
    for (const auto& z : loaded.zones)
        set->add(z);
    ZoneSource source(set);
    const Diagnosis d = runCheck(source, nullptr, req.request, req.profiles, false);
    const Verdict& v = d.verdicts.first();
    const CaProfile& profile = d.profiles.first();
    const bool json = p.isSet(o.json);
    QJsonObject result;
    result.insert(QStringLiteral("verdict"), QString::fromLatin1(outcomeCode(v.outcome)));
    result.insert(QStringLiteral("reason"), v.reason);
    // Nothing written: say why, as JSON or as a line.
    auto reportNoChange = [&](const QString& text, QTextStream& stream) {
        if (json) {
            result.insert(QStringLiteral("message"), text);
            result.insert(QStringLiteral("written"), false);
            m_out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        } else {
            stream << text << Qt::endl;
        }
    };
    if (v.outcome != Outcome::Forbid) {
        const QString text = v.outcome == Outcome::Permit
            ? QStringLiteral("Nothing to fix: %1.")
                  .arg(MessageCatalogue::verdictHeadline(v, profile.displayName, req.request.name.displayText()))
            : v.reason == QLatin1String(code::OutsideLoadedData)
            ? QStringLiteral("Cannot tell from these zone files: %1")
                  .arg(terminalSafe(MessageCatalogue::finding(v.findings.value(0), profile.displayName)))
            : QStringLiteral("Not a zone-file problem: %1")
                  .arg(terminalSafe(MessageCatalogue::finding(v.findings.value(0), profile.displayName)));
        reportNoChange(text, m_out);
        return v.outcome == Outcome::Permit ? exitcode::Permitted : exitcode::Undetermined;
    }
    // The first fix whose every edit lands in a loaded file.
    const Fix* chosen = nullptr;
    for (const Fix& f : v.fixes) {
        bool applicable = !f.edits.isEmpty();
        for (const RecordEdit& e : f.edits)
            applicable = applicable && e.location.isValid() && e.location.zone >= 0;
        if (applicable) {
            chosen = &f;
            break;
        }
    }
    if (!chosen) {
        const QString text
            = QStringLiteral("No automatic fix for this zone: %1")
                  .arg(terminalSafe(MessageCatalogue::finding(v.findings.value(0), profile.displayName)));
        reportNoChange(text, m_err);
        return exitcode::Forbidden;
    }
    QString diff;
    QStringList written;
    QSet<QString> backupsBefore; // files whose .orig existed before this --write
    QStringList serials;
    QJsonArray serialChanges; // per zone: {"zone", "before", "after"}, numbers for scripts
    for (int zi = 0; zi < loaded.zones.size(); ++zi) {
        QList<RecordEdit> edits;
        for (const RecordEdit& e : chosen->edits) {
            if (e.location.zone == zi)
                edits.append(e);
        }
        if (edits.isEmpty())
            continue;
        ZoneEditor editor(*loaded.zones[zi]);
        const ZoneEditor::Result applied = editor.apply(edits);
        if (!applied.ok) {
            m_err << "caa-doctor-cli: cannot apply the fix: " << applied.error << Qt::endl;
            return exitcode::DataError;
        }
        // Secondaries transfer the zone only when its serial goes up.
        quint32 oldSerial = 0, newSerial = 0;
        if (editor.bumpSoaSerial(&oldSerial, &newSerial, QDate::currentDate())) {
            serials.append(QStringLiteral("%1 -> %2").arg(oldSerial).arg(newSerial));
            serialChanges.append(QJsonObject { { QStringLiteral("zone"), loaded.zones[zi]->origin() },
                                               { QStringLiteral("before"), qint64(oldSerial) },
                                               { QStringLiteral("after"), qint64(newSerial) } });
        }
        diff += editor.unifiedDiff();
        if (p.isSet(o.write)) {
            // Whether each file's .orig is made now or was left by an earlier edit (then it is not replaced).
            for (const ZoneSourceFile& f : loaded.zones[zi]->files()) {
                if (QFileInfo::exists(f.path + QStringLiteral(".orig")))
                    backupsBefore.insert(f.path);
            }
            const ZoneEditor::Result saved = editor.save();
            if (!saved.ok) {
                m_err << "caa-doctor-cli: " << saved.error << Qt::endl;
                return exitcode::IoError;
            }
            for (int f : saved.changedFiles)
                written.append(loaded.zones[zi]->files()[f].path);
        }
    }
    if (json) {
        result.insert(QStringLiteral("fix"), fixToJson(*chosen));
        result.insert(QStringLiteral("diff"), diff);
        result.insert(QStringLiteral("written"), !written.isEmpty());
        result.insert(QStringLiteral("files"), QJsonArray::fromStringList(written));
        QJsonArray backups;
        for (const QString& f : std::as_const(written))
            backups.append(QJsonObject { { QStringLiteral("file"), f },
                                         { QStringLiteral("backup"), f + QStringLiteral(".orig") },
                                         { QStringLiteral("created"), !backupsBefore.contains(f) } });
        result.insert(QStringLiteral("backups"), backups);
        result.insert(QStringLiteral("soa_serial"), serialChanges);
        m_out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        m_out << "# " << MessageCatalogue::fixTitle(*chosen) << Qt::endl;
        m_out << diff;
        for (const QString& serial : std::as_const(serials))
            m_out << "SOA serial " << serial << " (so that secondaries transfer the change)" << Qt::endl;
        for (const QString& f : written) {
            if (backupsBefore.contains(f))
                m_out << "Saved " << QDir::toNativeSeparators(f) << " (" << QDir::toNativeSeparators(f)
                      << ".orig was there already and is left as it was: it holds the file before an earlier edit)"
                      << Qt::endl;
            else
                m_out << "Saved " << QDir::toNativeSeparators(f) << " (the original is kept as "
                      << QDir::toNativeSeparators(f) << ".orig)" << Qt::endl;
        }
        if (written.isEmpty())
            m_out << "Not written. Run again with --write to apply." << Qt::endl;
    }
    return exitcode::Permitted;
}

int Cli::lint(const QStringList& args)
{
    CommonOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-foo.test" is one word
    p.addOptions(o.of(QStringLiteral("lint")));
    if (!p.parse(args))
        return usage(argumentError(p));
    QStringList files = p.values(o.zone) + p.positionalArguments();
    if (files.isEmpty())
        return usage(QStringLiteral("lint needs at least one --zone FILE"));
    QList<std::shared_ptr<const ZoneFile>> zones;
    QList<LintFinding> findings;
    int exit = 0;
    QString originError;
    const std::optional<QString> zoneOrigin = originOption(p, o.origin, &originError);
    if (!zoneOrigin)
        return usage(originError);
    for (const QString& path : files) {
        auto zone = loadZoneFile(path, *zoneOrigin, m_err);
        if (zone->openFailed()) {
            m_err << QDir::toNativeSeparators(path) << ": " << zone->errors().value(0).message << Qt::endl;
            exit = exitcode::NoInput;
            continue;
        }
        if (!zone->errors().isEmpty() && exit == 0)
            exit = exitcode::DataError;
        findings += lintZone(*zone, int(zones.size()), CaDirectory::builtin());
        zones.append(zone);
    }
    if (zones.isEmpty())
        return exit;
    bool problems = false;
    for (const LintFinding& f : findings)
        problems = problems || f.severity != Severity::Info;
    if (p.isSet(o.json)) {
        m_out << QJsonDocument(lintToJson(findings, zones)).toJson(QJsonDocument::Indented);
    } else {
        qint64 records = 0, caa = 0;
        for (const auto& z : zones) {
            records += z->recordCount();
            for (qsizetype i = 0; i < z->recordCount(); ++i)
                caa += z->record(i).type == rrtype::CAA;
        }
        for (const LintFinding& f : findings) {
            const auto& zone = zones[f.zone];
            m_out << QDir::toNativeSeparators(zone->displayPath(f.fileIndex)) << ':' << f.line;
            if (f.column > 0) // file:line:column, as compilers write it: editors jump there
                m_out << ':' << f.column;
            m_out << ": " << severityCode(f.severity) << ": ";
            if (!f.owner.isEmpty())
                m_out << f.owner << ": ";
            m_out << terminalSafe(MessageCatalogue::lintFinding(f)) << " [" << f.code << ']' << Qt::endl;
            for (const QString& line : f.fix.zoneLines())
                m_out << "    fix: " << line << Qt::endl;
        }
        m_out << "Checked " << records << " records (" << caa << " CAA) in " << zones.size() << " zone file"
              << (zones.size() == 1 ? "" : "s") << ": " << findings.size() << " finding"
              << (findings.size() == 1 ? "" : "s") << '.' << Qt::endl;
    }
    m_out.flush();
    if (exit)
        return exit;
    return problems ? exitcode::Forbidden : exitcode::Permitted;
}

int Cli::batch(const QStringList& args)
{
    CommonOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-foo.test" is one word
    p.addOptions(o.of(QStringLiteral("batch")));
    if (!p.parse(args))
        return usage(argumentError(p));
    if (const QString problem = outputProblem(p, o, m_reportWriter != nullptr); !problem.isEmpty())
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("batch needs one FILE of names (or - for standard input)"));
    bool jobsOk = false;
    const int jobs = p.value(o.jobs).toInt(&jobsOk);
    if (!jobsOk || jobs < 1 || jobs > 10000)
        return usage(QStringLiteral("--jobs takes 1-10000"));
    QList<CaProfile> profiles;
    const QStringList cas = p.values(o.ca);
    for (const QString& id : cas.isEmpty() ? QStringList { QStringLiteral("letsencrypt.org") } : cas) {
        const CaProfile profile = CaDirectory::builtin().profile(id);
        if (profile.key.isEmpty())
            return usage(QStringLiteral("unknown CA \"%1\"").arg(id));
        profiles.append(profile);
    }
    if (p.isSet(o.column) && p.value(o.column).trimmed().isEmpty())
        return usage(QStringLiteral("--column needs a header or a number from 1"));
    const QString input = p.positionalArguments().first();
    QFile file;
    if (input == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(input), !file.open(QIODevice::ReadOnly))) {
        m_err << "caa-doctor-cli: " << QDir::toNativeSeparators(input) << ": " << file.errorString() << Qt::endl;
        return exitcode::NoInput;
    }
    // A table (CSV/TSV) or certificates are read whole, as the window reads them: the names come from the column
    // that holds them, or the certificates' names; a plain list streams line by line, however long.
    const QString displayInput
        = input == QLatin1String("-") ? QStringLiteral("standard input") : QDir::toNativeSeparators(input);
    const QByteArray head = file.peek(64 * 1024);
    std::optional<NameList> list;
    if (nameListNeedsWholeFile(input, head) || p.isSet(o.column)) {
        const qint64 limit = 64 * 1024 * 1024;
        const QByteArray data = file.read(limit + 1);
        if (data.size() > limit) {
            m_err << "caa-doctor-cli: " << displayInput << ": over 64 MB; a table or certificate file that large is "
                  << "not read (give a list with one name per line)" << Qt::endl;
            return exitcode::DataError;
        }
        if (file.error() != QFileDevice::NoError) {
            m_err << "caa-doctor-cli: " << displayInput << ": " << file.errorString() << Qt::endl;
            return exitcode::IoError;
        }
        list = readNameList(data, input, p.value(o.column));
        if (!list->error.isEmpty()) {
            m_err << "caa-doctor-cli: " << displayInput << ": " << terminalSafe(list->error) << Qt::endl;
            return list->columnNotFound ? exitcode::Usage : exitcode::DataError;
        }
        if (list->kind == NameList::Csv)
            m_err << "caa-doctor-cli: " << displayInput << ": " << list->names.size()
                  << (list->names.size() == 1 ? " name" : " names") << " from the column \""
                  << terminalSafe(list->column) << "\"" << (p.isSet(o.column) ? "" : " (--column chooses another)")
                  << Qt::endl;
        if (list->repeated > 0) // said, not dropped silently: a row of the output per name, at its first line
            m_err << "caa-doctor-cli: " << displayInput << ": " << list->repeated
                  << (list->repeated == 1 ? " name comes" : " names come")
                  << " again further down and is checked once, at its first line" << Qt::endl;
        else if (list->kind == NameList::Certificates)
            m_err << "caa-doctor-cli: " << displayInput << ": the " << list->names.size()
                  << (list->names.size() == 1 ? " name" : " names") << " the certificates and requests are for"
                  << Qt::endl;
    } else if (head.contains('\0')) {
        // A binary file (a program, an archive) is no list of names: refused before megabytes of it are echoed back.
        m_err << "caa-doctor-cli: " << displayInput << ": binary data, not a list of names (one name per line)"
              << Qt::endl;
        return exitcode::DataError;
    }
    SourceSetup setup = makeSource(p, o.zone, o.resolver, o.timeout, o.tries, o.origin, m_err);
    if (setup.exitCode) {
        m_err << "caa-doctor-cli: " << setup.error << Qt::endl;
        return setup.exitCode;
    }
    BatchRunner runner(setup.source.get(), profiles);
    runner.setConcurrency(jobs);
    // Each row says what `check NAME` says: the nameservers are asked too, unless --no-matrix (as for check).
    if (setup.zones.isEmpty() && !p.isSet(o.noMatrix))
        runner.setNameserverMatrix(setup.live);
    const bool readServed = p.isSet(o.batchServed);
    runner.setJudgeIssuersBeside(!p.isSet(o.ca)); // as check: a row for the served CA and the platform's CAs
    if (readServed)
        runner.setReadServed(setup.zones.isEmpty() ? setup.live : DnsClientOptions {},
                             std::clamp(setup.live.timeoutMs * 2, 1000, 60000));
    const bool wantReport = p.isSet(o.report);
    SummaryData summary;
    summary.title
        = QStringLiteral("Batch check of %1")
              .arg(input == QLatin1String("-") ? QStringLiteral("standard input") : QFileInfo(input).fileName());
    summary.profiles = profiles;
    if (setup.zones.isEmpty()) {
        summary.facts.append(QStringLiteral("Source: live DNS through %1")
                                 .arg(setup.live.servers.isEmpty() ? QStringLiteral("the system's resolvers")
                                                                   : setup.live.servers.join(QStringLiteral(", "))));
        summary.facts.append(runner.asksNameservers()
                                 ? QStringLiteral("Each name's authoritative nameservers were asked too.")
                                 : QStringLiteral("Only the resolver was asked (--no-matrix): servers that disagree "
                                                  "or fail only for CAA are not seen."));
    } else {
        for (const auto& z : setup.zones)
            summary.facts.append(QStringLiteral("Zone file %1 (SHA-256 %2)")
                                     .arg(QDir::toNativeSeparators(z->files().first().path),
                                          QString::fromLatin1(z->files().first().sha256Hex())));
    }
    const bool json = p.isSet(o.json);
    const bool progress = caa_isatty(caa_fileno(stderr));
    bool anyForbidden = false, anyUndetermined = false;
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgress = 0;
    QObject::connect(&runner, &BatchRunner::itemReady, &runner, [&](const BatchRunner::Item& item) {
        if (!item.isName()) {
            const QString text = QStringLiteral("invalid name \"%1\": %2")
                                     .arg(quotedInput(item.text), MessageCatalogue::nameError(item.nameError));
            if (json)
                m_out << QJsonDocument(QJsonObject { { QStringLiteral("query"),
                                                       QJsonObject { { QStringLiteral("name"), item.text } } },
                                                     { QStringLiteral("error"), text },
                                                     { QStringLiteral("line"), item.line } })
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            else
                m_out << quotedInput(item.text) << "\tinvalid\t" << text << '\n';
            anyUndetermined = true;
            if (wantReport)
                summary.addInvalid(item.text, text);
        } else if (json) {
            QJsonObject row = diagnosisToJson(item.diagnosis);
            row.insert(QStringLiteral("line"), item.line); // where the name is in the input, as for invalid ones
            m_out << QJsonDocument(row).toJson(QJsonDocument::Compact) << '\n';
        } else {
            const Diagnosis& d = item.diagnosis;
            // --served: two more fields, the served certificate's CA (its identifier, "self-signed", "unknown:ISSUER
            // CN", or "-") and that CA's verdict (or why no certificate was read).
            QString served;
            if (readServed) {
                const WhoIssues& w = d.who;
                const QString issuer = !w.hasChain() ? QStringLiteral("-")
                    : w.issuer.isKnown()             ? w.issuer.identifiers.first()
                    : w.probe.chain.leaf().selfSigned
                    ? QStringLiteral("self-signed")
                    : QStringLiteral("unknown:") + w.probe.chain.leaf().issuerCommonName;
                const QString verdict = w.hasServedVerdict ? QString::fromLatin1(outcomeCode(w.served.verdict.outcome))
                    : w.hasChain()                         ? QStringLiteral("-")
                                                           : QString::fromLatin1(probeStatusCode(w.probe.status));
                served = QLatin1Char('\t') + terminalSafe(issuer) + QLatin1Char('\t') + verdict;
            }
            for (const Verdict& v : d.verdicts)
                m_out << d.request.name.displayText() << '\t' << v.ca << '\t' << outcomeCode(v.outcome) << '\t'
                      << v.reason << '\t' << (v.relevantName.isEmpty() ? QStringLiteral("-") : v.relevantName) << served
                      << '\n';
        }
        // Each row reaches the output whole: a batch stopped by Ctrl+C or a signal leaves no torn last row (buffered
        // output was cut at a block boundary, mid-row).
        m_out.flush();
        if (item.isName() && wantReport)
            summary.addDiagnosis(item.diagnosis);
        if (item.isName()) {
            const int code = exitCodeFor(item.diagnosis);
            anyForbidden = anyForbidden || code == exitcode::Forbidden;
            anyUndetermined = anyUndetermined || code == exitcode::Undetermined;
        }
        if (progress && clock.elapsed() - lastProgress > 250) {
            lastProgress = clock.elapsed();
            m_out.flush();
            m_err << "\r" << runner.completed() << " names checked ("
                  << qint64(runner.completed() * 1000 / std::max<qint64>(1, clock.elapsed())) << "/s)" << Qt::flush;
        }
    });
    // The event loop must never stall: a 5 ms timer that fires late measures how long some handler blocked it.
    QTimer stallProbe;
    QElapsedTimer sinceTick;
    qint64 maxStallMs = 0;
    if (p.isSet(o.stats)) {
        stallProbe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&stallProbe, &QTimer::timeout, &runner,
                         [&] { maxStallMs = std::max(maxStallMs, sinceTick.restart() - 5); });
        sinceTick.start();
        stallProbe.start(5);
    }
    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    if (list)
        runner.start(list->names);
    else
        runner.start(&file);
    loop.exec();
    m_out.flush();
    if (p.isSet(o.stats)) {
        const auto* live = qobject_cast<LiveSource*>(setup.source.get());
        m_err << QJsonDocument(
                     QJsonObject { { QStringLiteral("names"), runner.completed() },
                                   { QStringLiteral("queries"), live ? qint64(live->queriesSent()) : 0 },
                                   { QStringLiteral("nameserver_queries"), qint64(runner.nameserverQueriesSent()) },
                                   { QStringLiteral("elapsed_ms"), clock.elapsed() },
                                   { QStringLiteral("max_stall_ms"), maxStallMs } })
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    if (progress)
        m_err << "\r" << runner.completed() << " names checked in " << clock.elapsed() << " ms" << Qt::endl;
    if (runner.completed() == 0) { // an empty file, only comments, nothing on standard input
        m_err << "caa-doctor-cli: " << displayInput << ": no names to check" << Qt::endl;
        return exitcode::DataError;
    }
    if (wantReport && !writeReport(nullptr, &summary, p.value(o.report), p.value(o.pageSize)))
        return exitcode::IoError;
    return anyForbidden ? exitcode::Forbidden : (anyUndetermined ? exitcode::Undetermined : exitcode::Permitted);
}

bool Cli::writeReport(const Diagnosis* single, const SummaryData* summary, const QString& path, const QString& paper)
{
    QString error;
    int pages = 0;
    if (!m_reportWriter(single, summary, path, paper.toLower(), &error, &pages)) {
        m_err << "caa-doctor-cli: the report was not written: " << error << Qt::endl;
        return false;
    }
    m_err << "caa-doctor-cli: wrote " << QDir::toNativeSeparators(path) << " (" << pages
          << (pages == 1 ? " page)" : " pages)") << Qt::endl;
    return true;
}

bool Cli::writeOutputs(const Diagnosis& d, const QString& reportPath, const QString& paper, const QString& evidencePath)
{
    bool ok = true;
    if (!evidencePath.isEmpty()) {
        const QByteArray bundle = writeEvidenceBundle(d);
        QString why;
        if (!writeWholeFile(evidencePath, bundle, &why)) {
            m_err << "caa-doctor-cli: the evidence bundle was not written: " << QDir::toNativeSeparators(evidencePath)
                  << ": " << why << Qt::endl;
            ok = false;
        }
    }
    if (!reportPath.isEmpty())
        ok = writeReport(&d, nullptr, reportPath, paper) && ok;
    return ok;
}

int Cli::replay(const QStringList& args)
{
    CommonOptions o;
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // "-foo.test" is one word
    p.addOptions(o.of(QStringLiteral("replay")));
    if (!p.parse(args))
        return usage(argumentError(p));
    if (const QString problem = outputProblem(p, o, m_reportWriter != nullptr); !problem.isEmpty())
        return usage(problem);
    if (p.positionalArguments().size() != 1)
        return usage(QStringLiteral("replay needs one evidence bundle"));
    const QString path = p.positionalArguments().first();
    if (p.isSet(o.report) && QFileInfo(p.value(o.report)).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        return usage(QStringLiteral("--report would overwrite the evidence bundle it reads"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "caa-doctor-cli: " << QDir::toNativeSeparators(path) << ": " << file.errorString() << Qt::endl;
        return exitcode::NoInput;
    }
    const QByteArray bytes = file.read(evidence::MaxBundleBytes + 1); // size() is 0 for pipes: read, then count
    if (bytes.size() > evidence::MaxBundleBytes) {
        m_err << "caa-doctor-cli: " << QDir::toNativeSeparators(path) << ": over "
              << evidence::MaxBundleBytes / (1024 * 1024) << " MB, too big for an evidence bundle" << Qt::endl;
        return exitcode::DataError;
    }
    const EvidenceBundle bundle = readEvidenceBundle(bytes, path);
    if (!bundle.ok) {
        m_err << "caa-doctor-cli: " << QDir::toNativeSeparators(path) << ": " << bundle.error << Qt::endl;
        return exitcode::DataError;
    }
    for (const QString& note : bundle.notes)
        m_err << "caa-doctor-cli: note: " << note << Qt::endl;
    if (p.isSet(o.json)) {
        QJsonObject root = diagnosisToJson(bundle.diagnosis);
        root.insert(QStringLiteral("replay_notes"), QJsonArray::fromStringList(bundle.notes));
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << MessageCatalogue::tr("Evidence from %1, checked %2 UTC, re-evaluated offline.")
                     .arg(QDir::toNativeSeparators(path),
                          bundle.diagnosis.startedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              << "\n\n"
              << renderText(bundle.diagnosis, TextStyle { m_colour, std::nullopt, textWidth() });
    }
    m_out.flush();
    if (p.isSet(o.report) && !writeReport(&bundle.diagnosis, nullptr, p.value(o.report), p.value(o.pageSize)))
        return exitcode::IoError;
    return exitCodeFor(bundle.diagnosis);
}

} // namespace caa
