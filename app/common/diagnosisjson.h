#pragma once

#include "caa/diagnosis.h"
#include "caa/lint.h"
#include "caa/zonefile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

namespace caa {

// The CLI JSON contract (cli-contract.md): one object per check.
QJsonObject diagnosisToJson(const Diagnosis& diagnosis);
// served_certificate, platform, platforms and issuer_findings: who issues for the name (part of diagnosisToJson).
void whoIssuesToJson(const Diagnosis& diagnosis, QJsonObject* root);
// "served", "refused", "timeout", ...: TlsProbeResult::Status in JSON and batch rows.
const char* probeStatusCode(TlsProbeResult::Status status);
QJsonObject recordToJson(const CaaResourceRecord& record);
QJsonObject fixToJson(const Fix& fix);
// `lint --json`: [{file, line, owner, code, severity, message}, ...]
QJsonArray lintToJson(const QList<LintFinding>& findings, const QList<std::shared_ptr<const ZoneFile>>& zones);

} // namespace caa
