#pragma once

#include "caa/acmeerror.h"
#include "caa/climbrunner.h"
#include "caa/ctlookup.h"
#include "caa/dnsclient.h"
#include "caa/nsmatrix.h"
#include "caa/tlsprobe.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace caa {

class ZoneSession;

// The state of the Diagnosis tab, without widgets: what a check runs against (live DNS through which resolvers, the
// zone files of the ZoneSession, or a reopened evidence bundle), the climb and nameserver runners, and the diagnosis
// on show. One place decides what a check asks; the page shows what this holds.
class DiagnosisSession : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosisSession(ZoneSession* zones, QObject* parent = nullptr);
    ~DiagnosisSession() override;

    // Live DNS through `options.servers` (none: the system's resolver). False, with *error, when the resolvers cannot
    // be used; the previous source is gone either way (no check runs against something the person left).
    bool useLiveDns(const DnsClientOptions& options, QString* error = nullptr);
    // The zone files of the ZoneSession, as they are now (edits included). False when none is loaded.
    bool useZones();
    bool zonesAreSource() const { return m_zonesAreSource; }
    // The live resolvers in use, or the ones a batch or a live comparison uses while zone files are the source.
    const DnsClientOptions& liveOptions() const { return m_liveOptions; }
    void setLiveOptions(const DnsClientOptions& options);
    // What the source says of itself: resolver addresses or zone file paths.
    QStringList sourceDetails() const;
    bool hasSource() const { return m_dns != nullptr; }

    // The error the person pasted: the next check of the name it names carries it.
    void setFromError(const AcmeError& error, const QString& text);
    void clearFromError();
    const AcmeError& fromError() const { return m_fromError; }

    enum class Start
    {
        Started,
        WaitingForZones, // the zone files are still being read: checked when they are
        NoSource,
    };
    // Checks `request` for `profile`; the nameservers are asked directly too for a live check of a domain name.
    Start start(const Request& request, const CaProfile& profile);
    // Checks again when the zone files are next loaded (after a save, or a check asked while they load).
    void checkWhenZonesLoad(bool on) { m_checkWhenLoaded = on; }
    bool takeCheckWhenZonesLoad();
    void cancel();
    bool isRunning() const { return m_runner && m_runner->isRunning(); }
    bool isMatrixRunning() const { return m_matrix && m_matrix->isRunning(); }
    bool matrixAsked() const { return m_matrix != nullptr; }
    // The nameservers' answers as they came (also before they joined a diagnosis); none when not asked.
    const NsMatrix* matrix() const { return m_matrix ? &m_matrix->matrix() : nullptr; }
    // The same answers judged for another CA, account, method or wildcard of the same name. False when they cannot
    // answer it (another name, a check still running).
    bool rejudge(const Request& request, const CaProfile& profile);

    // Who issues. Live checks read the certificate the server presents for the name (unless turned off) and, when
    // asked, Certificate Transparency; both run beside the climb.
    void setReadServed(bool on) { m_readServed = on; }
    void setAskCt(bool on) { m_askCt = on; }
    // A certificate from a file (a dropped one): it is the certificate in use for the diagnosis on show and for the
    // checks of the same name that follow, instead of reading one over TLS. A check of another name drops it.
    void useCertificate(const CertificateChain& chain, const QString& path);
    bool hasCertificateFile() const { return !m_certificateFile.isEmpty(); }
    // The TLS probe or the CT lookup of the check on show is still running.
    bool isWhoRunning() const
    {
        return (m_probe && (m_probe->isRunning() || m_probe->result().status == TlsProbeResult::Status::NotRun))
            || (m_ct && m_ct->isRunning());
    }

    // A reopened evidence bundle replaces the check on show; a check started later replaces it.
    void showEvidence(const Diagnosis& diagnosis);
    bool showsEvidence() const { return m_evidence != nullptr; }

    // The diagnosis on show (a check's, possibly still running, or a bundle's); none before the first check.
    const Diagnosis* shown() const;
    // Shown and complete: not a check still running.
    bool hasFinished() const;
    // The finished diagnosis with the nameserver matrix and the zone files' SHA-256, as reports and evidence bundles
    // take it; none while anything may still change it.
    std::optional<Diagnosis> reportDiagnosis() const;

Q_SIGNALS:
    // Answers arrived (at most once per frame while they come by the hundred).
    void progressed();
    void finished();
    // The nameservers' own answers are in (a live check), and the verdicts judged again with them.
    void matrixFinished();
    // The resolver answered nothing: the nameservers could not be found through it.
    void matrixSkipped();
    // Who issues changed: the certificate was read (or not), CT answered, a certificate file was given.
    void whoChanged();
    // The resolvers that live checks use changed (batches and live comparisons follow them).
    void liveOptionsChanged(const caa::DnsClientOptions& options);

private:
    void startMatrix(const Request& request);
    void startWho(const Request& request);
    void whoArrived();

    ZoneSession* m_zones;
    DnsClientOptions m_liveOptions;
    bool m_zonesAreSource = false;
    bool m_checkWhenLoaded = false;
    std::unique_ptr<DnsSource> m_dns;
    std::unique_ptr<ClimbRunner> m_runner;
    std::unique_ptr<NsMatrixRunner> m_matrix;
    std::unique_ptr<Diagnosis> m_evidence;
    AcmeError m_fromError;
    QString m_fromErrorText;
    QTimer m_refresh; // at most one progress signal per frame
    bool m_readServed = true;
    bool m_askCt = false;
    std::unique_ptr<TlsProbe> m_probe;
    std::unique_ptr<CtLookup> m_ct;
    WhoIssues m_who; // the seed of the check on show: the certificate (file or probe), CT, the zones' nameservers
    CertificateChain m_certificateChain;
    QString m_certificateFile;
    QString m_certificateName; // the name it was given for
};

} // namespace caa
