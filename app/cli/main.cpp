#include "cli.h"
#include "reportdocument.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTranslator>
#include <memory>

int main(int argc, char* argv[])
{
    bool wantsReport = false;
    for (int i = 1; i < argc; ++i)
        wantsReport = wantsReport || qstrcmp(argv[i], "--report") == 0 || qstrncmp(argv[i], "--report=", 9) == 0;
    std::unique_ptr<QCoreApplication> app;
    // The report is drawn with the GUI's renderer, which needs fonts and a paint engine but never a screen: the
    // offscreen platform works over ssh, in cron and in containers alike (on Windows the native one does).
    if (wantsReport) {
#ifndef Q_OS_WIN
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif // Windows' own platform plugin needs no display, and windeployqt ships it
       // Without a desktop session (cron, ssh as root) Qt warns that XDG_RUNTIME_DIR is unset: not the user's concern.
        QLoggingCategory::setFilterRules(QStringLiteral("default.warning=false"));
        app = std::make_unique<QGuiApplication>(argc, argv);
        QLoggingCategory::setFilterRules(QString());
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caa-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAA_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CAA Doctor"));
    caa::Cli cli;
    // The output stays English (stable for scripts); this only gives the text and the report their plural forms
    // ("1 name", "1 certificate").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/caa-doctor_en")))
        QCoreApplication::installTranslator(&plurals);
    if (wantsReport) {
        cli.setReportWriter([](const caa::Diagnosis* single, const caa::SummaryData* summary, const QString& path,
                               const QString& paper, QString* error, int* pages) {
            const QPageSize size = caa::ReportDocument::pageSize(paper);
            const caa::ReportDocument report = single
                ? caa::ReportDocument::forDiagnosis(*single)
                : caa::ReportDocument::forSummary(*summary, QDateTime::currentDateTimeUtc());
            return report.writePdf(path, size, error, pages);
        });
    }
    return cli.run(QCoreApplication::arguments());
}
