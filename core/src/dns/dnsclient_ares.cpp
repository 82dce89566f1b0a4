// The only translation unit that includes <ares.h> (built with CARES_NO_DEPRECATED).
#include "caa/dnsclient.h"
#include "caa/dnsmessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>
#include <ares.h>
#include <map>

namespace caa {

namespace {

struct LibraryInit
{
    LibraryInit() { ares_library_init(ARES_LIB_INIT_ALL); }
    ~LibraryInit() { ares_library_cleanup(); }
};

} // namespace

struct DnsClient::Private
{
    struct Pending
    {
        Callback done;
        QElapsedTimer timer;
        qint64 deadline = 0; // ms on the client's clock
    };
    struct Notifiers
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };
    // Handed to c-ares as the query's argument; outlives the Pending entry if the deadline fired first.
    struct Context
    {
        Private* d;
        quint64 id;
        quint16 wireId;
    };

    DnsClient* q = nullptr;
    ares_channel channel = nullptr;
    bool valid = false;
    QString error;
    QStringList servers;
    DnsClientOptions options;
    QHash<quint64, Pending> pending;
    std::multimap<qint64, quint64> deadlines;
    QHash<ares_socket_t, Notifiers> notifiers;
    QTimer aresTimer; // ares_timeout(): retransmissions and c-ares' own timeouts
    QTimer deadlineTimer; // our hard per-query deadlines
    QElapsedTimer clock;
    quint64 nextId = 1;
    quint64 sent = 0;
    QSet<quint16> wireIdsInUse; // a query stays inside c-ares until its callback, even after our deadline
    QList<QPair<quint64, DnsReply>> ready; // answers received, waiting to be delivered from the event loop
    bool flushScheduled = false;

    // Random 16-bit IDs (c-ares 1.18 sends the ID it is given): an off-path forger must guess port and ID.
    quint16 allocateWireId()
    {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            const auto id = quint16(QRandomGenerator::system()->generate() & 0xFFFF);
            if (!wireIdsInUse.contains(id)) {
                wireIdsInUse.insert(id);
                return id;
            }
        }
        return quint16(nextId & 0xFFFF);
    }

    void flushReady()
    {
        flushScheduled = false;
        QPointer<DnsClient> guard(q);
        const auto batch = std::exchange(ready, {});
        for (const auto& item : batch) {
            finish(item.first, item.second);
            if (!guard)
                return; // a callback deleted the client
        }
    }
    bool destroying = false;

    static void socketState(void* data, ares_socket_t fd, int readable, int writable)
    {
        static_cast<Private*>(data)->onSocketState(fd, readable != 0, writable != 0);
    }

    // No c-ares calls in here: the channel lock is held during this callback.
    void onSocketState(ares_socket_t fd, bool readable, bool writable)
    {
        Notifiers& n = notifiers[fd];
        auto ensure = [&](QSocketNotifier*& notifier, QSocketNotifier::Type type, bool wanted) {
            if (wanted && !notifier) {
                notifier = new QSocketNotifier(qintptr(fd), type, q);
                QObject::connect(notifier, &QSocketNotifier::activated, q, [this, fd, type] {
                    process(type == QSocketNotifier::Read ? fd : ARES_SOCKET_BAD,
                            type == QSocketNotifier::Write ? fd : ARES_SOCKET_BAD);
                });
            }
            if (notifier)
                notifier->setEnabled(wanted);
        };
        ensure(n.read, QSocketNotifier::Read, readable);
        ensure(n.write, QSocketNotifier::Write, writable);
        if (!readable && !writable) {
            // c-ares closed the socket; we may be inside that notifier's activated() right now.
            if (n.read)
                n.read->deleteLater();
            if (n.write)
                n.write->deleteLater();
            notifiers.remove(fd);
        }
    }

    void process(ares_socket_t readFd, ares_socket_t writeFd)
    {
        if (!channel)
            return;
        ares_process_fd(channel, readFd, writeFd);
        rearm();
    }

    void rearm()
    {
        if (pending.isEmpty() || !channel) {
            aresTimer.stop();
        } else {
            timeval max { 1, 0 };
            timeval tv {};
            const timeval* next = ares_timeout(channel, &max, &tv);
            const int ms = next ? int(next->tv_sec * 1000 + next->tv_usec / 1000) + 1 : 1000;
            aresTimer.start(ms);
        }
        if (deadlines.empty()) {
            deadlineTimer.stop();
        } else {
            const qint64 wait = std::max<qint64>(0, deadlines.begin()->first - clock.elapsed());
            deadlineTimer.start(int(std::min<qint64>(wait, 1 << 30)));
        }
    }

    void finish(quint64 id, DnsReply reply)
    {
        auto it = pending.find(id);
        if (it == pending.end())
            return; // already reported (deadline) or cancelled
        Pending p = std::move(*it);
        pending.erase(it);
        for (auto d = deadlines.lower_bound(p.deadline); d != deadlines.end() && d->first == p.deadline; ++d) {
            if (d->second == id) {
                deadlines.erase(d);
                break;
            }
        }
        reply.elapsedMs = p.timer.elapsed();
        reply.server = servers.size() == 1 ? servers.first() : servers.join(QStringLiteral(", "));
        // The callback may delete the client: take care not to touch `this` afterwards.
        p.done(reply);
    }

    void onDeadlines()
    {
        // Answers may be waiting in the sockets or in `ready` (the event loop was busy): deliver those first, so
        // nothing that did arrive is called a timeout.
        if (channel) {
            const QList<ares_socket_t> fds = notifiers.keys();
            for (ares_socket_t fd : fds)
                ares_process_fd(channel, fd, ARES_SOCKET_BAD);
        }
        QPointer<DnsClient> guard(q);
        flushReady();
        if (!guard)
            return;
        const qint64 now = clock.elapsed();
        QList<quint64> expired;
        while (!deadlines.empty() && deadlines.begin()->first <= now) {
            expired.append(deadlines.begin()->second);
            deadlines.erase(deadlines.begin());
        }
        for (quint64 id : expired) {
            auto it = pending.find(id);
            if (it == pending.end())
                continue;
            it->deadline = -1; // already removed from the deadline map
            DnsReply reply;
            reply.transport = DnsReply::Timeout;
            reply.error = QStringLiteral("no answer within %1 ms").arg(options.timeoutMs * options.tries);
            finish(id, reply);
            if (!guard)
                return;
        }
        rearm();
    }

    static void onAnswer(void* arg, int status, int /*timeouts*/, unsigned char* abuf, int alen)
    {
        auto* ctx = static_cast<Context*>(arg);
        Private* d = ctx->d;
        const quint64 id = ctx->id;
        const quint16 wireId = ctx->wireId;
        delete ctx;
        if (status == ARES_EDESTRUCTION || d->destroying)
            return;
        d->wireIdsInUse.remove(wireId);
        if (status == ARES_ECANCELLED)
            return;
        DnsReply reply;
        switch (status) {
        case ARES_SUCCESS:
            reply.transport = DnsReply::Answered;
            reply.message = QByteArray(reinterpret_cast<const char*>(abuf), alen);
            break;
        case ARES_ETIMEOUT:
            reply.transport = DnsReply::Timeout;
            reply.error = QStringLiteral("the query timed out");
            break;
        case ARES_ECONNREFUSED:
            reply.transport = DnsReply::ConnectionRefused;
            reply.error = QStringLiteral("connection refused");
            break;
        case ARES_EBADRESP:
            reply.transport = DnsReply::BadResponse;
            reply.error = QStringLiteral("malformed response");
            break;
        default:
            reply.transport = DnsReply::NetworkError;
            reply.error = QString::fromLatin1(ares_strerror(status));
        }
        // Deliver from the event loop: we are inside ares_process_fd, and callbacks may start new queries or delete
        // the client. One queued flush for all answers of this pass.
        d->ready.append({ id, reply });
        if (!d->flushScheduled) {
            d->flushScheduled = true;
            QMetaObject::invokeMethod(
                d->q,
                [q = QPointer<DnsClient>(d->q), d] {
                    if (q)
                        d->flushReady();
                },
                Qt::QueuedConnection);
        }
    }
};

DnsClient::DnsClient(const DnsClientOptions& options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    static LibraryInit init;
    d->q = this;
    d->options = options;
    d->options.timeoutMs = std::max(50, options.timeoutMs);
    d->options.tries = std::clamp(options.tries, 1, 10);
    d->clock.start();
    d->aresTimer.setSingleShot(true);
    d->deadlineTimer.setSingleShot(true);
    connect(&d->aresTimer, &QTimer::timeout, this, [this] { d->process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });
    connect(&d->deadlineTimer, &QTimer::timeout, this, [this] { d->onDeadlines(); });

    for (const QString& s : options.servers) {
        QString normalised, error;
        if (!normaliseServer(s, &normalised, &error)) {
            d->error = error;
            return;
        }
        if (!d->servers.contains(normalised)) // the same server twice is asked once, and listed once
            d->servers.append(normalised);
    }

    ares_options o {};
    int mask = ARES_OPT_SOCK_STATE_CB | ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES;
    o.sock_state_cb = &Private::socketState;
    o.sock_state_cb_data = d.get();
    // Explicit flags: setting ARES_OPT_FLAGS turns off the EDNS default of c-ares >= 1.22. NOCHECKRESP hands SERVFAIL
    // and REFUSED back as answers instead of trying the next server and reporting "could not contact servers".
    o.flags = ARES_FLAG_EDNS | ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH | (options.tcp ? ARES_FLAG_USEVC : 0)
        | (options.keepOpen ? ARES_FLAG_STAYOPEN : 0);
    o.timeout = d->options.timeoutMs;
    o.tries = d->options.tries;
#ifdef ARES_OPT_QUERY_CACHE
    o.qcache_max_ttl = 0; // c-ares >= 1.31 caches answers by default; a troubleshooting tool must see fresh data
    mask |= ARES_OPT_QUERY_CACHE;
#endif
    const int rc = ares_init_options(&d->channel, &o, mask);
    if (rc != ARES_SUCCESS) {
        d->channel = nullptr;
        d->error = QStringLiteral("cannot initialise c-ares: %1").arg(QString::fromLatin1(ares_strerror(rc)));
        return;
    }
    if (!d->servers.isEmpty()) {
        const QByteArray csv = d->servers.join(QLatin1Char(',')).toLatin1();
        const int src = ares_set_servers_ports_csv(d->channel, csv.constData());
        if (src != ARES_SUCCESS) {
            d->error = QStringLiteral("cannot use resolver %1: %2")
                           .arg(d->servers.join(QStringLiteral(", ")), QString::fromLatin1(ares_strerror(src)));
            return;
        }
    } else {
        ares_addr_port_node* list = nullptr;
        if (ares_get_servers_ports(d->channel, &list) == ARES_SUCCESS) {
            for (ares_addr_port_node* n = list; n; n = n->next) {
                char text[64] = {};
                ares_inet_ntop(n->family, &n->addr, text, sizeof text);
                const int port = n->udp_port ? n->udp_port : 53;
                const QString server = n->family == AF_INET6
                    ? QStringLiteral("[%1]:%2").arg(QLatin1String(text)).arg(port)
                    : QStringLiteral("%1:%2").arg(QLatin1String(text)).arg(port);
                if (!d->servers.contains(server)) // resolv.conf may list a server twice
                    d->servers.append(server);
            }
            ares_free_data(list);
        }
        if (d->servers.isEmpty()) {
            d->error = QStringLiteral("no system resolver is configured");
            return;
        }
    }
    d->valid = true;
}

DnsClient::~DnsClient()
{
    d->destroying = true;
    if (d->channel)
        ares_destroy(d->channel); // fires ARES_EDESTRUCTION callbacks and closes sockets (socket-state callbacks)
    d->channel = nullptr;
    for (auto it = d->notifiers.begin(); it != d->notifiers.end(); ++it) {
        delete it->read;
        delete it->write;
    }
}

bool DnsClient::isValid() const
{
    return d->valid;
}

QString DnsClient::errorString() const
{
    return d->error;
}

QStringList DnsClient::servers() const
{
    return d->servers;
}

quint64 DnsClient::queriesSent() const
{
    return d->sent;
}

int DnsClient::pendingCount() const
{
    return int(d->pending.size());
}

void DnsClient::query(const QString& name, quint16 type, bool recursionDesired, bool checkingDisabled, Callback done)
{
    const quint64 id = d->nextId++;
    Private::Pending p;
    p.done = std::move(done);
    p.timer.start();
    // c-ares tries every server in turn, doubling the timeout each round: the deadline is the end of that schedule
    // (plus a little slack), a safety net that also bounds newer c-ares versions.
    const qint64 servers = std::max<qint64>(1, d->servers.size());
    const qint64 schedule = qint64(d->options.timeoutMs) * servers * ((qint64(1) << d->options.tries) - 1);
    p.deadline = d->clock.elapsed() + schedule + 100;
    if (!d->valid) {
        DnsReply reply;
        reply.transport = DnsReply::NetworkError;
        reply.error = d->error;
        d->pending.insert(id, std::move(p));
        QMetaObject::invokeMethod(
            this, [this, id, reply] { d->finish(id, reply); }, Qt::QueuedConnection);
        return;
    }
    ++d->sent;
    d->deadlines.emplace(p.deadline, id);
    d->pending.insert(id, std::move(p));
    // Our own query: RD as asked, AD=1, CD as asked, EDNS(0) with a 1232-octet payload, DO=0 (as Boulder asks).
    const quint16 wireId = d->allocateWireId();
    const QByteArray wire = dns::buildQuery(wireId, name, type, recursionDesired, checkingDisabled);
    if (wire.isEmpty()) {
        d->wireIdsInUse.remove(wireId);
        DnsReply reply;
        reply.transport = DnsReply::NetworkError;
        reply.error = QStringLiteral("\"%1\" cannot be asked: not a valid DNS name").arg(name);
        d->ready.append({ id, reply });
        if (!d->flushScheduled) {
            d->flushScheduled = true;
            QMetaObject::invokeMethod(
                this, [this] { d->flushReady(); }, Qt::QueuedConnection);
        }
        return;
    }
    ares_send(d->channel, reinterpret_cast<const unsigned char*>(wire.constData()), int(wire.size()),
              &Private::onAnswer, new Private::Context { d.get(), id, wireId });
    d->rearm();
}

void DnsClient::cancelAll()
{
    d->pending.clear();
    d->deadlines.clear();
    if (d->channel)
        ares_cancel(d->channel); // ARES_ECANCELLED callbacks free their contexts
    d->rearm();
}

bool DnsClient::normaliseServer(const QString& text, QString* normalised, QString* error)
{
    QString host = text.trimmed();
    int port = 53;
    auto bad = [&](const QString& why) {
        if (error)
            *error = QStringLiteral("invalid resolver \"%1\": %2").arg(text, why);
        return false;
    };
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return bad(QStringLiteral("missing ']'"));
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty()) {
            bool ok = false;
            if (!rest.startsWith(u':') || (port = rest.mid(1).toInt(&ok), !ok))
                return bad(QStringLiteral("expected [IPv6]:PORT"));
        }
    } else if (host.count(u':') == 1) {
        bool ok = false;
        port = host.section(u':', 1).toInt(&ok);
        if (!ok)
            return bad(QStringLiteral("the port is not a number"));
        host = host.section(u':', 0, 0);
    }
    if (port < 1 || port > 65535)
        return bad(QStringLiteral("the port must be 1-65535"));
    const QByteArray ascii = host.toLatin1();
    unsigned char buf[16];
    // Only the dotted quad: the shorthand forms some parsers take ("1.2.3", "127.1", "10") are typos more often than
    // not, and were read differently further down (1.2.3 became 1.2.3.32).
    const QList<QByteArray> parts = ascii.split('.');
    const bool dottedQuad = parts.size() == 4 && std::all_of(parts.begin(), parts.end(), [](const QByteArray& p) {
                                return !p.isEmpty() && p.size() <= 3
                                    && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
                            });
    if (dottedQuad && ares_inet_pton(AF_INET, ascii.constData(), buf) == 1) {
        *normalised = QStringLiteral("%1:%2").arg(host).arg(port);
        return true;
    }
    if (ares_inet_pton(AF_INET6, ascii.constData(), buf) == 1) {
        *normalised = QStringLiteral("[%1]:%2").arg(host).arg(port);
        return true;
    }
    return bad(QStringLiteral("expected an IPv4 or IPv6 address, optionally with :PORT"));
}

QString DnsClient::caresVersion()
{
    return QString::fromLatin1(ares_version(nullptr));
}

} // namespace caa
