#pragma once

#include "caa/diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace caa {

// The evidence bundle: the `check --json` object of a diagnosis (cli-contract.md) plus every raw DNS message in
// base64 and a format marker. Anyone can read it with jq; CAA Doctor reopens it offline and makes the same diagnosis
// again: the raw messages are decoded once more and each CA's rules applied once more, never taken on trust.
namespace evidence {
inline constexpr char Format[] = "caa-doctor-evidence";
inline constexpr int FormatVersion = 1;
inline constexpr qsizetype MaxBundleBytes = 32 * 1024 * 1024; // a real bundle is a few kB; the matrix adds little
} // namespace evidence

QByteArray writeEvidenceBundle(const Diagnosis& diagnosis);

struct EvidenceBundle
{
    bool ok = false;
    QString error; // why it could not be read (when !ok): one sentence naming the place
    Diagnosis diagnosis; // re-made: decoded messages, verdicts evaluated again
    // What differs between the bundle's own words and what was re-made from its data: a changed verdict, JSON that
    // does not match its raw message (the message wins). Empty for an untouched bundle made by this version.
    QStringList notes;
};

// `fileName` is only recorded as Diagnosis::reopenedFrom. Never crashes on hostile input; limits sizes and counts.
EvidenceBundle readEvidenceBundle(QByteArrayView data, const QString& fileName = QString());
// A quick look at the start of a file: is it a bundle? (for drops and File ▸ Open)
bool looksLikeEvidenceBundle(QByteArrayView head);

} // namespace caa
