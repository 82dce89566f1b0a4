#pragma once

#include "caa/climbrunner.h"
#include "caa/dnsclient.h"
#include "caa/namelist.h"
#include "caa/tlsprobe.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <map>
#include <memory>

namespace caa {

class NsQueryPool;

// Checks a stream of names (one per line, '#' comments) through one DnsSource with many names in flight, and hands
// out the diagnoses in input order. Only the names in flight and the results waiting for an earlier one are held, so
// memory does not grow with the input. Runs on the event loop; reading is incremental.
// With setNameserverMatrix() each name is also asked of every authoritative server (as `check` does), so a row
// says what `check NAME` says: servers that disagree, answer without SOA or fail only for CAA are seen in batch too.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    BatchRunner(DnsSource* source, const QList<CaProfile>& profiles, QObject* parent = nullptr);
    ~BatchRunner() override;

    void setConcurrency(int names) { m_concurrency = std::max(1, names); }
    // Live DNS: also ask the authoritative servers (through `resolver`, the source's own resolver) for each name.
    void setNameserverMatrix(const DnsClientOptions& resolver);
    bool asksNameservers() const { return m_matrix; }
    // Also read each name's certificate in use over TLS (port 443, SNI = the name), beside its climb: the item's
    // diagnosis then says who issued it and whether CAA lets that CA renew.
    void setReadServed(const DnsClientOptions& resolver, int timeoutMs);
    // As `check` without --ca: the served CA and the platform's CAs get rows of their own.
    void setJudgeIssuersBeside(bool on) { m_beside = on; }
    // Queries the matrices sent (the source counts its own).
    quint64 nameserverQueriesSent() const;
    // Starts reading `input` (not owned; must stay open until finished()).
    void start(QIODevice* input);
    // Starts on names already read (a CSV column, a certificate's names); each item keeps its entry's line.
    void start(const QList<NameListEntry>& names);
    void cancel();

    qint64 started() const { return m_nextIndex; }
    qint64 completed() const { return m_completed; }

    struct Item
    {
        qint64 index = 0;
        int line = 0;
        QString text; // the line as given
        NameError nameError; // why the line is not a valid name (no diagnosis then)
        bool isName() const { return nameError.code == NameError::None; }
        Diagnosis diagnosis;
    };

Q_SIGNALS:
    void itemReady(const caa::BatchRunner::Item& item); // in input order
    void finished();

private:
    void fill();
    struct InFlight;
    void onClimbFinished(ClimbRunner* runner);
    void onMatrixFinished(InFlight* flight);
    void complete(InFlight* flight);
    void emitReady();

    QPointer<DnsSource> m_source;
    QList<CaProfile> m_profiles;
    QIODevice* m_input = nullptr;
    int m_concurrency = 64;
    int m_line = 0;
    qint64 m_nextIndex = 0;
    qint64 m_nextToEmit = 0;
    qint64 m_completed = 0;
    bool m_inputDone = false;
    bool m_blockingInput = false;
    bool m_inputClosed = false;
    bool m_running = false;
    bool m_matrix = false;
    bool m_readServed = false;
    bool m_beside = false;
    DnsClientOptions m_servedResolver;
    int m_servedTimeoutMs = 5000;
    std::unique_ptr<NsQueryPool> m_pool; // the servers' channels and shared answers, for every name's matrix
    QHash<ClimbRunner*, InFlight*> m_active; // climbs still running
    QList<InFlight*> m_waiting; // climbs done, matrices not yet
    std::map<qint64, Item> m_done;
    QList<ClimbRunner*> m_idle;
    QByteArray m_lineBuffer;
    QBuffer m_listInput; // start(names): the names, one per line
    QList<int> m_listLines; // start(names): the line each name came from
};

} // namespace caa
