// Parses every *.py file of a folder with the built-in interpreter's parser, single-threaded, and
// prints the time per file. For profiling the parser (valgrind --tool=callgrind):
//     retort_parse_bench <versions folder> [repetitions] [--check]
// --check also runs the static check ("needs the project's Python") on each parsed module.

#include "python/parser.h"
#include "python/staticcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: retort_parse_bench <folder> [repetitions] [--check]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const int repetitions = args.size() > 2 && args.at(2) != QLatin1String("--check") ? args.at(2).toInt() : 1;
    const bool check = args.contains(QStringLiteral("--check"));
    QList<QPair<QString, QString>> files;
    for (const QString &name : dir.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.append({f.fileName(), QString::fromUtf8(f.readAll())});
    }
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    int unsupported = 0;
    for (int r = 0; r < repetitions; ++r) {
        for (const auto &[path, source] : std::as_const(files)) {
            auto parsed = retort::python::parseModule(source, path);
            if (!parsed.ok()) {
                ++failures;
                continue;
            }
            if (check && !retort::python::staticCheck(**parsed).supported)
                ++unsupported;
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    const qint64 parses = qint64(files.size()) * repetitions;
    std::printf("%lld files parsed in %.1f ms: %.2f us per file; %d failed, %d need Python\n", parses, ns / 1e6,
                parses ? ns / 1e3 / double(parses) : 0.0, failures, unsupported);
    return failures ? 1 : 0;
}
