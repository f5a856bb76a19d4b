#include "config/inifile.h"

#include "config/pycompat.h"

#include <QFile>
#include <QSet>
#include <QStringDecoder>

namespace retort {

namespace {

bool isPySpace(QChar c)
{
    const ushort u = c.unicode();
    return c.isSpace() || (u >= 0x1c && u <= 0x1f);
}

QString pyStrip(const QString &s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isPySpace(s.at(b)))
        ++b;
    while (e > b && isPySpace(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

QString pyRstrip(const QString &s)
{
    qsizetype e = s.size();
    while (e > 0 && isPySpace(s.at(e - 1)))
        --e;
    return s.left(e);
}

Error iniError(const QString &file, int line, const QString &message)
{
    return makeError(ErrorCode::Config, message, file, line);
}

// One option while it is being read: its lines, joined at the end like configparser does.
struct PendingOption {
    QString name;
    QStringList lines;
    int line = 0;
};

struct PendingSection {
    QString name;
    QList<PendingOption> options;
    qsizetype find(const QString &option) const
    {
        for (qsizetype i = 0; i < options.size(); ++i)
            if (options.at(i).name == option)
                return i;
        return -1;
    }
};

} // namespace

Result<IniFile> IniFile::load(const QString &fileName, const QHash<QString, QString> &defaults)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(fileName, f.errorString()),
                         fileName);
    const QByteArray bytes = f.readAll();
    // Python would fail with UnicodeDecodeError; report the line of the first bad byte.
    const QList<QByteArray> rawLines = bytes.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(rawLines.at(i));
        if (decoder.hasError())
            return iniError(fileName, int(i + 1),
                            QStringLiteral("File is not UTF-8 text; is it an ini file at all?"));
        Q_UNUSED(decoded);
    }
    // Python keeps a UTF-8 BOM as U+FEFF, so "[alembic]" after a BOM is not a section header.
    QStringDecoder keepBom(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return parse(keepBom(bytes), fileName, defaults);
}

Result<IniFile> IniFile::parse(const QString &input, const QString &fileName,
                               const QHash<QString, QString> &defaults)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();

    PendingSection defaultSection{defaultSectionName(), {}};
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it)
        defaultSection.options.append(PendingOption{it.key().toLower(), {it.value()}, 0});

    QList<PendingSection> sections;
    PendingSection *cursect = nullptr;
    QString sectname;
    QString optname;
    int indentLevel = 0;
    QSet<QString> sectionsAdded;
    QSet<QString> optionsAdded;   // "section\x1foption"
    int firstBadLine = 0;
    QStringList badLines;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineno = int(i + 1);
        const QString &line = lines.at(i);
        const QString stripped = pyStrip(line);
        const bool comment = stripped.startsWith(QLatin1Char('#')) || stripped.startsWith(QLatin1Char(';'));
        const QString value = comment ? QString() : stripped;
        if (value.isEmpty()) {
            // empty_lines_in_values: a blank (non-comment) line is part of the current value
            if (!comment && cursect && !optname.isEmpty()) {
                const qsizetype idx = cursect->find(optname);
                if (idx >= 0)
                    cursect->options[idx].lines.append(QString());
            }
            continue;
        }
        qsizetype firstNonSpace = 0;
        while (firstNonSpace < line.size() && isPySpace(line.at(firstNonSpace)))
            ++firstNonSpace;
        const int curIndent = int(firstNonSpace);
        if (cursect && !optname.isEmpty() && curIndent > indentLevel) {
            const qsizetype idx = cursect->find(optname);
            if (idx >= 0)
                cursect->options[idx].lines.append(value);
            continue;
        }
        indentLevel = curIndent;
        const qsizetype close = value.lastIndexOf(QLatin1Char(']'));
        if (value.startsWith(QLatin1Char('[')) && close >= 2) {
            sectname = value.mid(1, close - 1);
            if (sectname == defaultSectionName()) {
                cursect = &defaultSection;
            } else {
                qsizetype found = -1;
                for (qsizetype s = 0; s < sections.size(); ++s)
                    if (sections.at(s).name == sectname)
                        found = s;
                if (found >= 0) {
                    if (sectionsAdded.contains(sectname))
                        return iniError(fileName, lineno,
                                        QStringLiteral("section %1 already exists").arg(pycompat::repr(sectname)));
                    cursect = &sections[found];
                } else {
                    sections.append(PendingSection{sectname, {}});
                    cursect = &sections.last();
                }
                sectionsAdded.insert(sectname);
            }
            optname.clear();
            continue;
        }
        if (!cursect) {
            return iniError(fileName, lineno,
                            QStringLiteral("File contains no section headers; first line with content: %1")
                                .arg(pycompat::repr(line)));
        }
        qsizetype delim = -1;
        for (qsizetype k = 0; k < value.size(); ++k) {
            if (value.at(k) == QLatin1Char('=') || value.at(k) == QLatin1Char(':')) {
                delim = k;
                break;
            }
        }
        if (delim < 0 || delim == 0) {
            if (!firstBadLine)
                firstBadLine = lineno;
            const bool hadNewline = i + 1 < lines.size() || text.endsWith(QLatin1Char('\n'));
            badLines << QStringLiteral("[line %1]: %2")
                            .arg(lineno, 2)
                            .arg(pycompat::repr(hadNewline ? line + QLatin1Char('\n') : line));
            if (delim < 0)
                continue;
        }
        optname = pyRstrip(value.left(delim)).toLower();
        const QString key = sectname + QChar(0x1f) + optname;
        if (optionsAdded.contains(key))
            return iniError(fileName, lineno,
                            QStringLiteral("option %1 in section %2 already exists")
                                .arg(pycompat::repr(optname), pycompat::repr(sectname)));
        optionsAdded.insert(key);
        const QString optval = pyStrip(value.mid(delim + 1));
        const qsizetype existing = cursect->find(optname);
        if (existing >= 0)
            cursect->options[existing] = PendingOption{optname, {optval}, lineno};
        else
            cursect->options.append(PendingOption{optname, {optval}, lineno});
    }

    if (firstBadLine) {
        return iniError(fileName, firstBadLine,
                        QStringLiteral("Source contains parsing errors (a line that is neither a [section] "
                                       "header nor a 'key = value' option): %1")
                            .arg(badLines.join(QLatin1String(", "))));
    }

    IniFile ini;
    ini.m_fileName = fileName;
    const auto finish = [](const PendingOption &p) {
        return Option{p.name, pyRstrip(p.lines.join(QLatin1Char('\n'))), p.line};
    };
    for (const PendingOption &p : std::as_const(defaultSection.options))
        ini.m_defaults.append(finish(p));
    for (const PendingSection &s : std::as_const(sections)) {
        Section out{s.name, {}};
        for (const PendingOption &p : s.options)
            out.options.append(finish(p));
        ini.m_sections.append(out);
    }
    return ini;
}

QStringList IniFile::sections() const
{
    QStringList names;
    for (const Section &s : m_sections)
        names << s.name;
    return names;
}

const IniFile::Section *IniFile::findSection(const QString &name) const
{
    for (const Section &s : m_sections)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool IniFile::hasSection(const QString &section) const
{
    return findSection(section) != nullptr;
}

const IniFile::Option *IniFile::findOption(const QString &section, const QString &option) const
{
    const QString name = option.toLower();
    if (section != defaultSectionName()) {
        const Section *s = findSection(section);
        if (!s)
            return nullptr;
        for (const Option &o : s->options)
            if (o.name == name)
                return &o;
    }
    for (const Option &o : m_defaults)
        if (o.name == name)
            return &o;
    return nullptr;
}

bool IniFile::hasOption(const QString &section, const QString &option) const
{
    return findOption(section, option) != nullptr;
}

QStringList IniFile::options(const QString &section) const
{
    QStringList names;
    if (const Section *s = findSection(section))
        for (const Option &o : s->options)
            names << o.name;
    for (const Option &o : m_defaults)
        if (!names.contains(o.name))
            names << o.name;
    return names;
}

QList<IniFile::Option> IniFile::ownOptions(const QString &section) const
{
    if (section == defaultSectionName())
        return m_defaults;
    const Section *s = findSection(section);
    return s ? s->options : QList<Option>{};
}

std::optional<QString> IniFile::rawValue(const QString &section, const QString &option) const
{
    const Option *o = findOption(section, option);
    if (!o)
        return std::nullopt;
    return o->raw;
}

int IniFile::line(const QString &section, const QString &option) const
{
    const Option *o = findOption(section, option);
    return o ? o->line : 0;
}

Result<void> IniFile::interpolate(const QString &section, const QString &option, const QString &rawValue,
                                  QString rest, QString &out, int depth) const
{
    const int lineNo = line(section, option);
    if (depth > MaxInterpolationDepth) {
        return iniError(m_fileName, lineNo,
                        QStringLiteral("Recursion limit exceeded in value substitution: option %1 in section %2 "
                                       "contains an interpolation key which cannot be substituted in %3 steps. "
                                       "Raw value: %4")
                            .arg(pycompat::repr(option), pycompat::repr(section))
                            .arg(MaxInterpolationDepth)
                            .arg(pycompat::repr(rawValue)));
    }
    while (!rest.isEmpty()) {
        const qsizetype p = rest.indexOf(QLatin1Char('%'));
        if (p < 0) {
            out += rest;
            return {};
        }
        if (p > 0) {
            out += rest.left(p);
            rest = rest.mid(p);
        }
        const QChar c = rest.size() > 1 ? rest.at(1) : QChar();
        if (c == QLatin1Char('%')) {
            out += QLatin1Char('%');
            rest = rest.mid(2);
        } else if (c == QLatin1Char('(')) {
            // _KEYCRE = %\(([^)]+)\)s
            const qsizetype close = rest.indexOf(QLatin1Char(')'), 2);
            if (close < 3 || close + 1 >= rest.size() || rest.at(close + 1) != QLatin1Char('s')) {
                return iniError(m_fileName, lineNo,
                                QStringLiteral("bad interpolation variable reference %1").arg(pycompat::repr(rest)));
            }
            const QString var = rest.mid(2, close - 2).toLower();
            rest = rest.mid(close + 2);
            const Option *o = findOption(section, var);
            if (!o) {
                return iniError(m_fileName, lineNo,
                                QStringLiteral("Bad value substitution: option %1 in section %2 contains an "
                                               "interpolation key %3 which is not a valid option name. Raw value: %4")
                                    .arg(pycompat::repr(option), pycompat::repr(section), pycompat::repr(var),
                                         pycompat::repr(rawValue)));
            }
            if (o->raw.contains(QLatin1Char('%'))) {
                const Result<void> r = interpolate(section, option, rawValue, o->raw, out, depth + 1);
                if (!r)
                    return r;
            } else {
                out += o->raw;
            }
        } else {
            return iniError(m_fileName, lineNo,
                            QStringLiteral("'%' must be followed by '%' or '(', found: %1").arg(pycompat::repr(rest)));
        }
    }
    return {};
}

Result<QString> IniFile::value(const QString &section, const QString &option) const
{
    if (section != defaultSectionName() && !hasSection(section))
        return makeError(ErrorCode::Config, QStringLiteral("No section: %1").arg(pycompat::repr(section)),
                         m_fileName);
    const Option *o = findOption(section, option);
    if (!o)
        return makeError(ErrorCode::Config,
                         QStringLiteral("No option %1 in section: %2")
                             .arg(pycompat::repr(option.toLower()), pycompat::repr(section)),
                         m_fileName);
    QString out;
    const Result<void> r = interpolate(section, o->name, o->raw, o->raw, out, 1);
    if (!r)
        return r.error();
    return out;
}

Result<QString> IniFile::value(const QString &section, const QString &option, const QString &fallback) const
{
    if ((section != defaultSectionName() && !hasSection(section)) || !hasOption(section, option))
        return fallback;
    return value(section, option);
}

Result<IniFile::Items> IniFile::items(const QString &section) const
{
    if (section != defaultSectionName() && !hasSection(section))
        return makeError(ErrorCode::Config, QStringLiteral("No section: %1").arg(pycompat::repr(section)),
                         m_fileName);
    QStringList order;
    for (const Option &o : m_defaults)
        order << o.name;
    for (const Option &o : ownOptions(section))
        if (!order.contains(o.name))
            order << o.name;
    Items result;
    for (const QString &name : std::as_const(order)) {
        Result<QString> v = value(section, name);
        if (!v)
            return v.error();
        result.append({name, v.value()});
    }
    return result;
}

} // namespace retort
