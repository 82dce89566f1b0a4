#pragma once

#include "caa/diagnosis.h"
#include "summarydata.h"

#include <QStringList>
#include <QTextStream>
#include <functional>

namespace caa {

// Exit codes of caa-doctor-cli (cli-contract.md; sysexits.h values for usage and input errors).
namespace exitcode {
inline constexpr int Permitted = 0;
inline constexpr int Forbidden = 1;
inline constexpr int Undetermined = 2;
inline constexpr int Usage = 64;
inline constexpr int DataError = 65;
inline constexpr int NoInput = 66;
inline constexpr int IoError = 74;
} // namespace exitcode

// Writes a PDF report of one diagnosis or of a summary (exactly one is given) to `path`; `paper` is "a4", "letter" or
// empty (the locale's). Set by main.cpp when the program has the report renderer (the GUI library, used on the
// offscreen platform); without it --report says so.
using ReportWriter = std::function<bool(const Diagnosis* single, const SummaryData* summary, const QString& path,
                                        const QString& paper, QString* error, int* pages)>;

class Cli
{
public:
    Cli();
    void setReportWriter(ReportWriter writer) { m_reportWriter = std::move(writer); }
    // Runs one command line (arguments[0] is the program) and returns the exit code.
    int run(const QStringList& arguments);

private:
    int dispatch(const QStringList& arguments);
    int check(const QStringList& args);
    int fix(const QStringList& args);
    int lint(const QStringList& args);
    int batch(const QStringList& args);
    int replay(const QStringList& args);
    // --report and --evidence of check and replay; false (with the message printed) when a file was not written.
    bool writeOutputs(const Diagnosis& diagnosis, const QString& reportPath, const QString& paper,
                      const QString& evidencePath);
    bool writeReport(const Diagnosis* single, const SummaryData* summary, const QString& path, const QString& paper);
    int usage(const QString& message);
    void printHelp(const QString& command);

    QTextStream m_out;
    QTextStream m_err;
    bool m_colour = false;
    ReportWriter m_reportWriter;
};

} // namespace caa
