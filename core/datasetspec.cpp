#include "datasetspec.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

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

bool DatasetSpecParser::isValidName(const QString &name)
{
    static const QRegularExpression identifier(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*$)"));
    return identifier.match(name).hasMatch() && !pythonKeywords().contains(name);
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
            *error = tr("--data %1: no such file %2; check the path").arg(text, file.filePath());
        return std::nullopt;
    }
    spec.path = file.absoluteFilePath();
    return spec;
}

} // namespace sandbench
