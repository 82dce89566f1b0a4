#pragma once

#include "caa/diagnosis.h"
#include "providerforms.h"

#include <QString>
#include <optional>

namespace caa {

struct TextStyle
{
    bool colour = false;
    // Each fix also as the web form fields of this DNS provider (check --provider).
    std::optional<ProviderForms::Provider> providerForm;
};

// The human-readable report of one diagnosis: the climb, each CA's verdict with reasons, the issuer diff and fixes.
QString renderText(const Diagnosis& diagnosis, const TextStyle& style);
// One line per record with the differing characters marked: used by the issuer diff in text form.
QString issuerDiffLines(const QByteArray& found, const QString& expected, const QList<qsizetype>& highlight,
                        const TextStyle& style, const QString& indent);

} // namespace caa
