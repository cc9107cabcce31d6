#include "datasetspec.h"

#include "protocolnames.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <sys/stat.h>

namespace sandbench {

const QStringList &DatasetSpecParser::pythonKeywords()
{
    static const QStringList keywords = {
        QStringLiteral("False"),  QStringLiteral("None"),     QStringLiteral("True"),
        QStringLiteral("and"),    QStringLiteral("as"),       QStringLiteral("assert"),
        QStringLiteral("async"),  QStringLiteral("await"),    QStringLiteral("break"),
        QStringLiteral("class"),  QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),
        QStringLiteral("except"), QStringLiteral("finally"),  QStringLiteral("for"),
        QStringLiteral("from"),   QStringLiteral("global"),   QStringLiteral("if"),
        QStringLiteral("import"), QStringLiteral("in"),       QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),
        QStringLiteral("or"),     QStringLiteral("pass"),     QStringLiteral("raise"),
        QStringLiteral("return"), QStringLiteral("try"),      QStringLiteral("while"),
        QStringLiteral("with"),   QStringLiteral("yield")};
    return keywords;
}

const QStringList &DatasetSpecParser::knownSuffixes()
{
    static const QStringList suffixes = [] {
        QStringList list;
        for (const auto &entry : protocol::kDatasetExtensions)
            list.append(wireName(entry.first.substr(1))); // without the dot
        return list;
    }();
    return suffixes;
}

QString DatasetSpecParser::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto &[extension, format] : protocol::kDatasetExtensions) {
        if (suffix == wireName(extension.substr(1)))
            return wireName(format);
    }
    return wireName(protocol::kDatasetFormats.front());
}

bool DatasetSpecParser::isValidName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*$)"));
    return identifier.match(name).hasMatch() && !pythonKeywords().contains(name);
}

QString DatasetSpecParser::notAFile(const QString &text, const QFileInfo &file)
{
    // What is there decides the advice: "no such file" sends someone looking for a file that
    // exists (a folder, a pipe) the wrong way.
    struct stat info;
    if (::stat(QFile::encodeName(file.filePath()).constData(), &info) != 0)
        return tr("--data %1: no such file %2; check the path").arg(text, file.filePath());
    if (S_ISDIR(info.st_mode))
        return tr("--data %1: %2 is a folder; give one data file in it (CSV, TSV, JSON, Excel "
                  "or Parquet) as NAME=FOLDER/FILE, or let the code read the whole folder with "
                  "--read %2")
            .arg(text, file.filePath());
    if (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode))
        return tr("--data %1: %2 is a pipe or socket, not a file: a dataset is read more than "
                  "once (hashed for the record, then loaded); save the data to a file and give "
                  "that")
            .arg(text, file.filePath());
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return tr("--data %1: %2 is a device, not a file; copy the data into a file and give "
                  "that")
            .arg(text, file.filePath());
    return tr("--data %1: %2 is not a regular file; give a data file").arg(text, file.filePath());
}

std::optional<DatasetSpec> DatasetSpecParser::parse(const QString &text, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == text.size() - 1) {
        if (error)
            *error =
                tr("--data %1: expected NAME=PATH, for example --data sales=sales.csv").arg(text);
        return std::nullopt;
    }
    DatasetSpec spec;
    spec.name = text.left(eq);
    if (!isValidName(spec.name)) {
        if (error)
            *error = tr("--data %1: '%2' cannot be a variable name; use letters, digits and "
                        "underscores, not starting with a digit (for example sales_2025)")
                         .arg(text, spec.name);
        return std::nullopt;
    }
    const QFileInfo file(text.mid(eq + 1));
    if (!file.isFile()) {
        if (error)
            *error = notAFile(text, file);
        return std::nullopt;
    }
    spec.path = file.absoluteFilePath();
    return spec;
}

} // namespace sandbench
