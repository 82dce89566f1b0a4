#include "caa/batchrunner.h"

#include "caa/nsmatrix.h"

#include <QFile>
#include <QProcess>
#include <QTimer>

namespace caa {

// One name being checked: its climb (until it finishes) and its nameserver matrix.
struct BatchRunner::InFlight
{
    Item item;
    std::unique_ptr<NsMatrixRunner> matrix;
    std::unique_ptr<TlsProbe> probe; // setReadServed(): the certificate in use, read beside the climb

    bool sideRunning() const { return (matrix && matrix->isRunning()) || (probe && probe->isRunning()); }
};

BatchRunner::BatchRunner(DnsSource* source, const QList<CaProfile>& profiles, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_profiles(profiles)
{
}

BatchRunner::~BatchRunner()
{
    qDeleteAll(m_active);
    qDeleteAll(m_waiting);
}

void BatchRunner::setNameserverMatrix(const DnsClientOptions& resolver)
{
    m_matrix = true;
    m_pool = std::make_unique<NsQueryPool>(resolver);
    m_pool->setTimeoutMs(std::min(resolver.timeoutMs, 3000));
}

void BatchRunner::setReadServed(const DnsClientOptions& resolver, int timeoutMs)
{
    m_readServed = true;
    m_servedResolver = resolver;
    m_servedTimeoutMs = timeoutMs;
}

quint64 BatchRunner::nameserverQueriesSent() const
{
    return m_pool ? m_pool->queriesSent() : 0;
}

void BatchRunner::start(QIODevice* input)
{
    m_input = input;
    m_running = true;
    // QFile (a file, or a pipe on stdin) never emits readyRead: read it line by line as lookups finish (a pipe
    // blocks until the producer writes). Other devices (QProcess, sockets) say when more has arrived.
    m_blockingInput = qobject_cast<QFile*>(input) != nullptr;
    if (!m_blockingInput) {
        // A QProcess that already finished has emitted readChannelFinished before we listen.
        if (const auto* process = qobject_cast<QProcess*>(input))
            m_inputClosed = process->state() == QProcess::NotRunning;
        connect(input, &QIODevice::readyRead, this, &BatchRunner::fill);
        connect(input, &QIODevice::readChannelFinished, this, [this] {
            m_inputClosed = true;
            fill();
        });
    }
    QTimer::singleShot(0, this, &BatchRunner::fill);
}

void BatchRunner::start(const QList<NameListEntry>& names)
{
    QByteArray text;
    m_listLines.clear();
    m_listLines.reserve(names.size());
    for (const NameListEntry& e : names) {
        QString line = e.text;
        line.replace(u'\n', u' ').replace(u'\r', u' '); // one entry, one line (a quoted CSV cell may hold breaks)
        text += line.toUtf8() + '\n';
        m_listLines.append(e.line);
    }
    m_listInput.close();
    m_listInput.setData(text);
    m_listInput.open(QIODevice::ReadOnly);
    start(&m_listInput);
}

void BatchRunner::cancel()
{
    m_running = false;
    for (auto it = m_active.begin(); it != m_active.end(); ++it)
        it.key()->cancel();
    for (InFlight* flight : std::as_const(m_waiting))
        flight->matrix.reset(); // stops its queries
    if (m_source)
        m_source->cancelAll();
}

void BatchRunner::fill()
{
    if (!m_running)
        return;
    // Finished items wait in m_done for an earlier, slower one (a timeout); bounding them too keeps memory flat.
    while (true) {
        // Hand out what is ready first: invalid lines go straight to m_done, and with nothing in flight nobody else
        // would empty it (a run of invalid lines must not stall the batch).
        emitReady();
        if (m_active.size() + m_waiting.size() >= m_concurrency
            || qsizetype(m_done.size()) >= 4 * qsizetype(m_concurrency) || m_inputDone)
            break;
        QByteArray raw;
        // One line buffer for the whole run: readLine(max) would allocate 64 KB per line, and on a VM the kernel's
        // mapping and unmapping of those buffers took over half of a 10,000-name batch.
        auto readLine = [this] {
            if (m_lineBuffer.size() != 64 * 1024 + 1)
                m_lineBuffer.resize(64 * 1024 + 1);
            const qint64 n = m_input->readLine(m_lineBuffer.data(), m_lineBuffer.size());
            return n > 0 ? QByteArray(m_lineBuffer.constData(), qsizetype(n)) : QByteArray();
        };
        if (m_blockingInput) {
            raw = readLine();
            if (raw.isEmpty()) { // a real empty line is "\n"
                m_inputDone = true;
                break;
            }
        } else if (m_input->canReadLine() || !m_input->isSequential()) {
            // Random-access devices (QBuffer) hold everything already: read on to the end, last line included.
            raw = readLine();
            if (raw.isEmpty()) {
                m_inputDone = true;
                break;
            }
        } else if (m_inputClosed || !m_input->isOpen()) {
            raw = m_input->readAll(); // a last line without a line end
            if (raw.isEmpty()) {
                m_inputDone = true;
                break;
            }
        } else {
            break; // wait for readyRead
        }
        ++m_line;
        bool tooLong = false;
        if (raw.size() == 64 * 1024 && !raw.endsWith('\n')) {
            // The buffer is full: the rest of the line is not another name (it is read and dropped). A line of
            // exactly 65,536 characters is not over the limit, and is judged as the name it holds.
            while (true) {
                const QByteArray more = readLine();
                const bool end = more.isEmpty() || more.endsWith('\n');
                const qsizetype lineEnd = more.endsWith("\r\n") ? 2 : more.endsWith('\n') ? 1 : 0;
                tooLong = tooLong || more.size() > lineEnd;
                if (end)
                    break;
            }
        }
        QString text = nameOfListLine(QString::fromUtf8(raw));
        if (text.isEmpty() && !tooLong)
            continue;
        Item item;
        item.index = m_nextIndex++;
        item.line = m_input == &m_listInput ? m_listLines.value(m_line - 1, m_line) : m_line;
        item.text = text;
        if (tooLong) {
            item.text = text.left(64) + QStringLiteral("…");
            item.nameError.code = NameError::LineTooLong;
            m_done.emplace(item.index, item);
            ++m_completed;
            continue;
        }
        NameError error;
        Request request;
        request.name = DomainName::parse(text, &error);
        if (!request.name.isValid()) {
            item.nameError = error;
            m_done.emplace(item.index, item);
            ++m_completed;
            continue;
        }
        ClimbRunner* runner = m_idle.isEmpty() ? nullptr : m_idle.takeLast();
        if (!runner) {
            runner = new ClimbRunner(m_source, this);
            runner->setLookForDoubledOwners(true); // the same check as `check`: every view says the same
            runner->setJudgeIssuersBeside(m_beside);
            connect(runner, &ClimbRunner::finished, this, [this, runner] { onClimbFinished(runner); });
        }
        auto* flight = new InFlight { std::move(item), nullptr, nullptr };
        if (m_readServed && !request.name.isIpAddress()) {
            flight->probe = std::make_unique<TlsProbe>();
            flight->probe->setResolver(m_servedResolver);
            flight->probe->setTimeoutMs(m_servedTimeoutMs);
            connect(flight->probe.get(), &TlsProbe::finished, this,
                    [this, flight] { QTimer::singleShot(0, this, [this, flight] { onMatrixFinished(flight); }); });
        }
        if (m_matrix && !request.name.isIpAddress()) {
            // As `check` does: the matrix starts with the climb and learns when it ends which names matter.
            flight->matrix = std::make_unique<NsMatrixRunner>(m_pool.get());
            connect(flight->matrix.get(), &NsMatrixRunner::finished, this, [this, flight] {
                // Continue from the event loop: the matrix must not be deleted inside its own signal.
                QTimer::singleShot(0, this, [this, flight] { onMatrixFinished(flight); });
            });
            flight->matrix->startAhead(request.name);
        }
        m_active.insert(runner, flight);
        runner->start(request, m_profiles);
    }
    emitReady();
}

void BatchRunner::onClimbFinished(ClimbRunner* runner)
{
    InFlight* flight = m_active.take(runner);
    if (!flight)
        return;
    flight->item.diagnosis = runner->diagnosis();
    m_idle.append(runner);
    // The certificate is read once the CAA answers are in: its address lookups must not change them.
    if (flight->probe) {
        const QString host = flight->item.diagnosis.request.name.text();
        flight->probe->start(host, 443, host);
    }
    if (flight->matrix && flight->matrix->isRunning())
        flight->item.diagnosis.informMatrix(*flight->matrix);
    if (flight->sideRunning()) {
        m_waiting.append(flight);
        return;
    }
    complete(flight);
}

void BatchRunner::onMatrixFinished(InFlight* flight)
{
    if (!m_running || !m_waiting.contains(flight))
        return; // the climb is still running (complete() follows it) or the run was cancelled
    if (flight->sideRunning())
        return; // the matrix or the probe is still running
    m_waiting.removeOne(flight);
    complete(flight);
}

void BatchRunner::complete(InFlight* flight)
{
    std::unique_ptr<InFlight> owned(flight);
    Diagnosis& d = flight->item.diagnosis;
    if (flight->matrix) {
        d.useMatrix(flight->matrix->matrix());
        flight->matrix.reset();
    } else if (!m_matrix) {
        d.skipMatrix();
    }
    if (flight->probe) {
        d.who.origin = WhoIssues::Origin::Live;
        d.who.probe = flight->probe->result();
        flight->probe.reset();
        d.settle();
    }
    const qint64 index = flight->item.index;
    m_done.emplace(index, std::move(flight->item));
    ++m_completed;
    // Continue from the event loop: we may be inside the climb runner's signal.
    QTimer::singleShot(0, this, &BatchRunner::fill);
}

void BatchRunner::emitReady()
{
    while (!m_done.empty() && m_done.begin()->first == m_nextToEmit) {
        const Item item = std::move(m_done.begin()->second);
        m_done.erase(m_done.begin());
        ++m_nextToEmit;
        Q_EMIT itemReady(item);
    }
    if (m_running && m_inputDone && m_active.isEmpty() && m_waiting.isEmpty() && m_done.empty()) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace caa
