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
    int width = 100; // columns to wrap sentences at (the terminal's, or COLUMNS)
};

// The columns to wrap text at: COLUMNS when set, else the terminal's width when stdout is one, else 100; never fewer
// than 40 or more than 200.
int textWidth();

// The human-readable report of one diagnosis: the climb, each CA's verdict with reasons, the issuer diff and fixes.
QString renderText(const Diagnosis& diagnosis, const TextStyle& style);
// Text from the input (a line of a list, a name as typed) made safe for a terminal and for tab-separated output:
// control characters (escape sequences, NUL, tabs, line ends) and DEL are shown as \xNN, never sent as they are.
QString terminalSafe(const QString& text);
// One line per record with the differing characters marked: used by the issuer diff in text form.
QString issuerDiffLines(const QByteArray& found, const QString& expected, const QList<qsizetype>& highlight,
                        const TextStyle& style, const QString& indent);

} // namespace caa
