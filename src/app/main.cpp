#include "mainwindow.h"

#include "retort_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

// Installs Qt's own translations and Retort's (embedded under :/i18n) for the UI language.
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("retort"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Retort"));
    QApplication::setOrganizationName(QStringLiteral("Retort"));
    QApplication::setApplicationVersion(QStringLiteral(RETORT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.retort.Retort"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.retort.Retort.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Migration manager for Alembic projects"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "The project folder to open (holding alembic.ini)."),
                                 QStringLiteral("[project]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    retort::MainWindow window;
    const QStringList args = parser.positionalArguments();
    // Geometry and docks as last time; the last project unless one is named on the command line.
    window.restoreSession(args.isEmpty());
    if (!args.isEmpty() && !window.openProject(args.constFirst())) {
        QTextStream(stderr) << window.errorString() << '\n';
        if (parser.isSet(screenshotOption))
            return 1;
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // The project is scanned and the database read off the GUI thread: give them a moment.
        QTimer::singleShot(2000, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                QTextStream(stderr) << "could not write " << QDir::toNativeSeparators(file) << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
