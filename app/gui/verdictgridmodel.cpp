#include "verdictgridmodel.h"

#include "messagecatalogue.h"
#include "statuscolors.h"

#include <QGuiApplication>
#include <QPalette>

namespace caa {

void VerdictGridModel::setDiagnosis(const Diagnosis& diagnosis)
{
    beginResetModel();
    m_diagnosis = diagnosis;
    m_hasDiagnosis = true;
    recompute();
    endResetModel();
}

// The CAs the chosen ones, then the CA that issued the certificate in use and the platform's CAs (who issues), each
// once; a CA that is both is one row with both notes.
void VerdictGridModel::collectRows()
{
    m_rows = m_profiles;
    m_notes.clear();
    if (!m_hasDiagnosis)
        return;
    auto add = [&](const CaProfile& profile, const QString& note) {
        if (profile.key.isEmpty())
            return;
        bool listed = false;
        for (const CaProfile& p : std::as_const(m_rows))
            listed = listed || p.key == profile.key;
        if (!listed)
            m_rows.append(profile);
        QStringList& notes = m_notes[profile.key];
        if (!notes.contains(note))
            notes.append(note);
    };
    const WhoIssues& w = m_diagnosis.who;
    if (w.hasServedVerdict)
        add(w.served.profile, tr("issued the certificate in use"));
    for (const PlatformFinding& p : w.platforms) {
        for (const PlatformCa& ca : p.cas)
            add(ca.profile, tr("%1 issues with it").arg(p.match.platform.name));
    }
}

void VerdictGridModel::setProfiles(const QList<CaProfile>& profiles)
{
    beginResetModel();
    m_profiles = profiles;
    recompute();
    endResetModel();
}

void VerdictGridModel::addProfile(const CaProfile& profile)
{
    for (const CaProfile& p : std::as_const(m_profiles)) {
        if (p.key == profile.key)
            return;
    }
    beginResetModel(); // the rows of who issues follow the chosen CAs: the new one may already be one of them
    m_profiles.append(profile);
    recompute();
    endResetModel();
}

// Every cell is the diagnosis' own judgement of the same request (account and method included): the CA it was asked
// about shows exactly the headline's verdict, the others and the other kind are judged the same way.
void VerdictGridModel::recompute()
{
    collectRows();
    m_verdicts.clear();
    const bool usable = m_hasDiagnosis && m_diagnosis.request.name.isValid();
    for (const CaProfile& p : std::as_const(m_rows)) {
        if (!usable || !m_diagnosis.isComplete()) {
            m_verdicts.append({ Verdict {}, Verdict {} });
            continue;
        }
        m_verdicts.append({ m_diagnosis.verdictFor(p, false), m_diagnosis.verdictFor(p, true) });
    }
}

int VerdictGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VerdictGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant VerdictGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdicts.size() || index.column() > 2)
        return {};
    if (index.column() == 0) {
        const CaProfile& p = m_rows[index.row()];
        const QStringList notes = m_notes.value(p.key);
        if (role == Qt::DisplayRole)
            return notes.isEmpty()
                ? QStringLiteral("%1 (%2)").arg(p.displayName, p.recommendedIdentifier())
                : QStringLiteral("%1 (%2): %3")
                      .arg(p.displayName, p.recommendedIdentifier(), notes.join(QStringLiteral("; ")));
        if (role == Qt::ToolTipRole)
            return MessageCatalogue::decisionRule(p);
        return {};
    }
    const Verdict& v = m_verdicts[index.row()][size_t(index.column() - 1)];
    if (index.column() == 2 && m_hasDiagnosis && m_diagnosis.request.name.isIpAddress()) {
        // No certificate is for "*." and an IP address: nothing to judge.
        if (role == Qt::DisplayRole)
            return tr("—");
        if (role == Qt::ToolTipRole)
            return tr("Wildcards exist only for domain names, not for IP addresses.");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return MessageCatalogue::outcomeShort(v);
    case Qt::ToolTipRole:
        if (v.findings.isEmpty())
            return {};
        return MessageCatalogue::finding(v.findings.first(), m_rows[index.row()].displayName);
    case Qt::ForegroundRole: {
        const StatusColors colors(QGuiApplication::palette());
        return v.outcome == Outcome::Permit ? colors.ok
            : v.outcome == Outcome::Forbid  ? colors.error
            : v.outcome == Outcome::Error   ? colors.warning
                                            : QVariant();
    }
    case OutcomeRole:
        return int(v.outcome);
    case ReasonRole:
        return v.reason;
    default:
        return {};
    }
}

QVariant VerdictGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == 0)
            return tr("Certificate authority");
        const QString base = m_hasDiagnosis ? m_diagnosis.request.name.text() : QString();
        if (section == 2 && m_hasDiagnosis && m_diagnosis.request.name.isIpAddress())
            return tr("(no wildcard for an IP address)");
        return section == 1 ? base : QStringLiteral("*.") + base;
    }
    return section + 1;
}

} // namespace caa
