#include "pythonhighlighter.h"

#include "datasetspec.h"

#include <QTextDocument>

#ifdef SANDBENCH_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace sandbench {
namespace {

// Block states: which multi-line string is still open at the end of a line.
enum BlockState
{
    Normal = -1,
    InTripleDouble = 1,
    InTripleSingle = 2
};

QString wordsPattern(const QStringList &words)
{
    return QStringLiteral("\\b(") + words.join(QLatin1Char('|')) + QStringLiteral(")\\b");
}

} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document, const EditorTheme &theme)
    : QSyntaxHighlighter(document)
{
    // The reserved words, and the soft keywords of pattern matching.
    const QStringList keywords = DatasetSpecParser::pythonKeywords() +
                                 QStringList{QStringLiteral("match"), QStringLiteral("case")};
    const QStringList builtins = {
        QStringLiteral("abs"),        QStringLiteral("all"),     QStringLiteral("any"),
        QStringLiteral("bool"),       QStringLiteral("dict"),    QStringLiteral("enumerate"),
        QStringLiteral("filter"),     QStringLiteral("float"),   QStringLiteral("format"),
        QStringLiteral("getattr"),    QStringLiteral("hasattr"), QStringLiteral("int"),
        QStringLiteral("isinstance"), QStringLiteral("len"),     QStringLiteral("list"),
        QStringLiteral("map"),        QStringLiteral("max"),     QStringLiteral("min"),
        QStringLiteral("print"),      QStringLiteral("range"),   QStringLiteral("repr"),
        QStringLiteral("reversed"),   QStringLiteral("round"),   QStringLiteral("set"),
        QStringLiteral("sorted"),     QStringLiteral("str"),     QStringLiteral("sum"),
        QStringLiteral("tuple"),      QStringLiteral("type"),    QStringLiteral("zip"),
        QStringLiteral("self"),       QStringLiteral("open"),    QStringLiteral("super")};
    m_rules = {
        {QRegularExpression(wordsPattern(keywords)), Token::Keyword},
        {QRegularExpression(wordsPattern(builtins)), Token::Builtin},
        {QRegularExpression(QStringLiteral(
             R"(\b(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*\.?[\d_]*([eE][+-]?\d+)?j?|\.\d[\d_]*([eE][+-]?\d+)?j?)\b)")),
         Token::Number},
        {QRegularExpression(QStringLiteral(R"(^\s*(@[\w.]+))")), Token::Decorator, 1},
        {QRegularExpression(QStringLiteral(R"(\b(?:def|class)\s+(\w+))")), Token::Definition, 1},
    };
    setTheme(theme);
}

void PythonHighlighter::setTheme(const EditorTheme &theme)
{
    const auto make = [](const QColor &color, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(color);
        if (bold)
            format.setFontWeight(QFont::DemiBold);
        format.setFontItalic(italic);
        return format;
    };
    m_formats = {
        {Token::Keyword, make(theme.keyword, true)},
        {Token::Builtin, make(theme.builtin)},
        {Token::Number, make(theme.number)},
        {Token::String, make(theme.string)},
        {Token::Comment, make(theme.comment, false, true)},
        {Token::Decorator, make(theme.decorator)},
        {Token::Definition, make(theme.definition, true)},
    };
    rehighlight();
}

QTextCharFormat PythonHighlighter::format(Token token) const
{
    return m_formats.value(token);
}

int PythonHighlighter::highlightString(const QString &text, int start, const QString &quote)
{
    int pos = start + int(quote.size());
    while (pos < text.size()) {
        if (text.at(pos) == QLatin1Char('\\')) {
            pos += 2;
            continue;
        }
        if (text.mid(pos, quote.size()) == quote) {
            pos += int(quote.size());
            setFormat(start, pos - start, m_formats.value(Token::String));
            return pos;
        }
        ++pos;
    }
    setFormat(start, int(text.size()) - start, m_formats.value(Token::String));
    if (quote == QLatin1String("\"\"\""))
        setCurrentBlockState(InTripleDouble);
    else if (quote == QLatin1String("'''"))
        setCurrentBlockState(InTripleSingle);
    return -1; // a single-quoted string cannot span lines: the rest of the line is its error
}

void PythonHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)),
                      m_formats.value(rule.token));
        }
    }

    // Strings and comments last: they win over the words inside them. One left-to-right scan,
    // so a '#' inside a string and a quote inside a comment are told apart.
    int pos = 0;
    const int previous = previousBlockState();
    if (previous == InTripleDouble || previous == InTripleSingle) {
        const QString quote =
            previous == InTripleDouble ? QStringLiteral("\"\"\"") : QStringLiteral("'''");
        const int end = int(text.indexOf(quote));
        if (end < 0) {
            setFormat(0, int(text.size()), m_formats.value(Token::String));
            setCurrentBlockState(previous);
            return;
        }
        pos = end + int(quote.size());
        setFormat(0, pos, m_formats.value(Token::String));
    }
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('#')) {
            setFormat(pos, int(text.size()) - pos, m_formats.value(Token::Comment));
            return;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const QString triple(3, c);
            const QString quote = text.mid(pos, 3) == triple ? triple : QString(c);
            // A string prefix (f, r, b, rb...) belongs to the string.
            int start = pos;
            while (start > 0 && QStringLiteral("rRbBfFuU").contains(text.at(start - 1)) &&
                   (start - 1 == 0 || !text.at(start - 2).isLetterOrNumber()))
                --start;
            const int next = highlightString(text, pos, quote);
            if (start < pos)
                setFormat(start, pos - start, m_formats.value(Token::String));
            if (next < 0)
                return;
            pos = next;
            continue;
        }
        ++pos;
    }
}

#ifdef SANDBENCH_HAVE_KSYNTAXHIGHLIGHTING
namespace {
KSyntaxHighlighting::Repository &repository()
{
    // Loading the definitions is expensive: one repository for the application's life.
    static KSyntaxHighlighting::Repository instance;
    return instance;
}
} // namespace

QSyntaxHighlighter *makeHighlighter(QTextDocument *document, const EditorTheme &theme)
{
    const KSyntaxHighlighting::Definition python =
        repository().definitionForName(QStringLiteral("Python"));
    if (!python.isValid())
        return new PythonHighlighter(document, theme);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(python);
    setHighlighterTheme(highlighter, theme);
    return highlighter;
}

void setHighlighterTheme(QSyntaxHighlighter *highlighter, const EditorTheme &theme)
{
    if (auto *ours = qobject_cast<PythonHighlighter *>(highlighter)) {
        ours->setTheme(theme);
        return;
    }
    if (auto *kde = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        kde->setTheme(repository().defaultTheme(theme.kind == EditorTheme::Kind::Dark
                                                    ? KSyntaxHighlighting::Repository::DarkTheme
                                                    : KSyntaxHighlighting::Repository::LightTheme));
        kde->rehighlight();
    }
}
#else
QSyntaxHighlighter *makeHighlighter(QTextDocument *document, const EditorTheme &theme)
{
    return new PythonHighlighter(document, theme);
}

void setHighlighterTheme(QSyntaxHighlighter *highlighter, const EditorTheme &theme)
{
    if (auto *ours = qobject_cast<PythonHighlighter *>(highlighter))
        ours->setTheme(theme);
}
#endif

} // namespace sandbench
