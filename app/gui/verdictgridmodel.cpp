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
    const int row = int(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(profile);
    recompute();
    endInsertRows();
}

// Every cell is the diagnosis' own judgement of the same request (account and method included): the CA it was asked
// about shows exactly the headline's verdict, the others and the other kind are judged the same way.
void VerdictGridModel::recompute()
{
    m_verdicts.clear();
    const bool usable = m_hasDiagnosis && m_diagnosis.request.name.isValid();
    for (const CaProfile& p : std::as_const(m_profiles)) {
        if (!usable || !m_diagnosis.isComplete()) {
            m_verdicts.append({ Verdict {}, Verdict {} });
            continue;
        }
        m_verdicts.append({ m_diagnosis.verdictFor(p, false), m_diagnosis.verdictFor(p, true) });
    }
}

int VerdictGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
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
        const CaProfile& p = m_profiles[index.row()];
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 (%2)").arg(p.displayName, p.recommendedIdentifier());
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
        return MessageCatalogue::finding(v.findings.first(), m_profiles[index.row()].displayName);
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
