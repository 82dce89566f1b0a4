#pragma once

#include <QStringList>
#include <QTextStream>

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

class Cli
{
public:
    Cli();
    // Runs one command line (arguments[0] is the program) and returns the exit code.
    int run(const QStringList& arguments);

private:
    int check(const QStringList& args);
    int fix(const QStringList& args);
    int lint(const QStringList& args);
    int batch(const QStringList& args);
    int usage(const QString& message);
    void printHelp(const QString& command);

    QTextStream m_out;
    QTextStream m_err;
    bool m_colour = false;
};

} // namespace caa
