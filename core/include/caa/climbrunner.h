#pragma once

#include "caa/diagnosis.h"
#include "caa/dnssource.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace caa {

// Asks every name of the climb at once (as Boulder does), fills the climb as answers arrive, and re-evaluates after
// each answer so a UI can show verdicts progressively. Finishes when every profile has a verdict.
class ClimbRunner : public QObject
{
    Q_OBJECT
public:
    explicit ClimbRunner(DnsSource* source, QObject* parent = nullptr);

    void start(const Request& request, const QList<CaProfile>& profiles);
    void cancel();
    // The error message the person pasted, for the checks that follow (cleared by an empty one).
    void setFromError(const AcmeError& error, const QString& text);
    // Also look where a record typed with its full name into a provider's form would be. A candidate below another
    // one ("www.example.com.example.com" below "example.com.example.com") is asked only when that one exists: an
    // NXDOMAIN says nothing exists below it (RFC 8020), which spares a batch most of these lookups. Records a wildcard
    // synthesises at such a name are no doubled owner.
    void setLookForDoubledOwners(bool on) { m_lookForDoubled = on; }
    // Once the climb is done: the nameserver matrix joins the diagnosis and every verdict is judged again with it
    // (or the reason it was skipped).
    void attachMatrix(const NsMatrix& matrix);
    void skipMatrix(const QString& reasonCode);
    // Who issues (the certificate in use, the zone's nameservers): kept for the checks that follow, and judged with
    // the diagnosis on show at once when its climb is done.
    void setWhoIssues(const WhoIssues& who);
    // No CA was named (the CLI without --ca): the served CA and the platform's CAs are judged beside as verdicts.
    void setJudgeIssuersBeside(bool on) { m_beside = on; }
    // The same data asked again for another CA, account, method or kind (wildcard or not) of the same name: judged
    // at once, no lookup. False when the name differs or the climb is not finished.
    bool rejudge(const Request& request, const QList<CaProfile>& profiles);
    bool isRunning() const { return m_running; }
    const Diagnosis& diagnosis() const { return m_diagnosis; }

Q_SIGNALS:
    void nodeAnswered(int index);
    void verdictsChanged();
    void finished();

private:
    void onAnswered(int id, const caa::LookupResult& result);
    void reevaluate();
    void askDoubledBelow(int candidate, bool exists);

    QPointer<DnsSource> m_source;
    Diagnosis m_diagnosis;
    QElapsedTimer m_timer;
    int m_firstId = 0; // this run's lookup ids are [m_firstId, m_nextId)
    int m_nextId = 0;
    bool m_running = false;
    bool m_lookForDoubled = false;
    QStringList m_doubledCandidates;
    QList<int> m_doubledAbove; // per candidate: the index of the candidate it lies below, or -1
    // Candidates that answered with records, until a name beside them (that nobody would create) tells whether a
    // wildcard made them up: then they were never typed there.
    QHash<int, LookupResult> m_doubledHeld;
    int m_doubledAnswered = 0;
    WhoIssues m_who;
    bool m_beside = false;
    bool m_hasFromError = false;
    AcmeError m_fromError;
    QString m_fromErrorText;
};

} // namespace caa
