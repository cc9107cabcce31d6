#include "richoutput.h"

#include "dataframemodel.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtMath>

namespace sandbench {

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    viewport()->setAutoFillBackground(false);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &SafeTextBrowser::fitHeight);
}

void SafeTextBrowser::setSafeMarkdown(const QString &markdown)
{
    m_refused.clear();
    // No raw HTML inside Markdown: it is text, as the worker's anything else.
    document()->setMarkdown(markdown,
                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                            QTextDocument::MarkdownNoHTML));
    fitHeight();
}

void SafeTextBrowser::setSafeHtml(const QString &html)
{
    m_refused.clear();
    // Qt runs no script, but a <script>, <style> or <link> swallows the text after it: out.
    static const QRegularExpression dropped(
        QStringLiteral("<(script|style|iframe|object|embed|template)\\b.*?</\\1\\s*>|"
                       "<(link|meta|base)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString cleaned = html;
    cleaned.remove(dropped);
    setHtml(cleaned);
    fitHeight();
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    // Never null: QTextDocument would then read a local file or a data: URL itself.
    if (!m_refused.contains(name))
        m_refused.append(name);
    if (type == QTextDocument::ImageResource)
        return QImage();
    return QByteArray();
}

void SafeTextBrowser::fitHeight()
{
    // QTextEdit lays the document out at the viewport's width (on resize): only read it.
    const int height = qCeil(document()->size().height()) + 2 * frameWidth() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

QSize SafeTextBrowser::sizeHint() const
{
    return {QTextBrowser::sizeHint().width(), height()};
}

void SafeTextBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // The height follows the width, never the other way: no scroll bar can come and go.
    if (event->oldSize().width() != event->size().width())
        fitHeight();
}

void SafeTextBrowser::wheelEvent(QWheelEvent *event)
{
    if (qAbs(event->angleDelta().y()) >= qAbs(event->angleDelta().x()) &&
        !(event->modifiers() & Qt::ControlModifier)) {
        event->ignore(); // sized to its text: the notebook scrolls
        return;
    }
    QTextBrowser::wheelEvent(event);
}

// --- tracebacks -------------------------------------------------------------------------------

int ParsedTraceback::failingLine(int cell) const
{
    if (blocks.isEmpty() || cell <= 0)
        return 0;
    const QList<TracebackFrame> &frames = blocks.last().frames;
    for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
        if (it->cell == cell)
            return it->line;
    }
    return 0;
}

QString ParsedTraceback::errorSummary() const
{
    if (blocks.isEmpty() || blocks.last().error.isEmpty())
        return {};
    return blocks.last().error.first();
}

ParsedTraceback parseTraceback(const QString &stderrText)
{
    static const QRegularExpression frameLine(
        QString::fromLatin1(R"re(^  File "(.+)", line (\d+)(?:, in (.+))?$)re"));
    static const QRegularExpression cellFile(QString::fromLatin1(R"re(^<cell (\d+)>$)re"));
    static const QString header = QStringLiteral("Traceback (most recent call last):");

    ParsedTraceback parsed;
    const QStringList lines = stderrText.split(QLatin1Char('\n'));
    // Where the traceback starts: its header, or (a syntax error) a frame line of a cell.
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; ++i) {
        if (lines.at(i) == header)
            start = i;
        else if (const auto m = frameLine.match(lines.at(i));
                 m.hasMatch() && cellFile.match(m.captured(1)).hasMatch())
            start = i;
    }
    if (start < 0) {
        parsed.before = stderrText;
        return parsed;
    }
    parsed.before = lines.mid(0, start).join(QLatin1Char('\n'));
    if (!parsed.before.isEmpty())
        parsed.before += QLatin1Char('\n');

    TracebackBlock block;
    QString lead;
    enum class In
    {
        Lead,
        Frames,
        Error
    } in = In::Lead;
    const auto finish = [&] {
        if (!block.frames.isEmpty() || !block.error.isEmpty()) {
            block.lead = lead.trimmed();
            parsed.blocks.append(block);
        }
        block = TracebackBlock();
        lead.clear();
    };
    for (int i = start; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line == header) {
            if (in == In::Error)
                finish();
            in = In::Frames;
            continue;
        }
        if (const auto m = frameLine.match(line); m.hasMatch()) {
            if (in == In::Error)
                finish();
            in = In::Frames;
            TracebackFrame frame;
            frame.file = m.captured(1);
            frame.line = m.captured(2).toInt();
            frame.function = m.captured(3);
            if (const auto c = cellFile.match(frame.file); c.hasMatch())
                frame.cell = c.captured(1).toInt();
            block.frames.append(frame);
            continue;
        }
        if (in == In::Frames && line.startsWith(QLatin1String("    ")) && !block.frames.isEmpty()) {
            block.frames.last().source.append(line.mid(4));
            continue;
        }
        if (in == In::Frames && !line.startsWith(QLatin1Char(' ')) && !line.isEmpty()) {
            in = In::Error;
            block.error.append(line);
            continue;
        }
        if (in == In::Error) {
            // A chained exception's explanation starts after a blank line.
            if (line.isEmpty() && i + 1 < lines.size() &&
                (lines.at(i + 1).startsWith(QLatin1String("During handling")) ||
                 lines.at(i + 1).startsWith(QLatin1String("The above exception")))) {
                finish();
                in = In::Lead;
                continue;
            }
            block.error.append(line);
            continue;
        }
        if (in == In::Lead)
            lead += line + QLatin1Char('\n');
    }
    finish();
    for (TracebackBlock &b : parsed.blocks) {
        while (!b.error.isEmpty() && b.error.last().trimmed().isEmpty())
            b.error.removeLast();
    }
    return parsed;
}

QString libraryOfFrame(const QString &file)
{
    static const QRegularExpression packages(
        QString::fromLatin1(R"re([/\\](?:site|dist)-packages[/\\]([^/\\]+))re"));
    if (const auto m = packages.match(file); m.hasMatch()) {
        QString name = m.captured(1);
        if (name.endsWith(QLatin1String(".py")))
            name.chop(3);
        return name;
    }
    if (file.startsWith(QLatin1Char('<')))
        return file;
    QString name = file.section(QLatin1Char('/'), -1);
    if (name.endsWith(QLatin1String(".py")))
        name.chop(3);
    return name;
}

TracebackView::TracebackView(QWidget *parent) : SafeTextBrowser(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String("#library"))
            setLibraryFramesShown(!m_showLibrary);
    });
}

void TracebackView::setTraceback(const ParsedTraceback &traceback)
{
    m_traceback = traceback;
    m_showLibrary = false;
    render();
}

void TracebackView::setTheme(const EditorTheme &theme)
{
    m_theme = theme;
    render();
}

void TracebackView::setLibraryFramesShown(bool shown)
{
    m_showLibrary = shown;
    render();
}

int TracebackView::foldedFrameCount() const
{
    if (m_showLibrary)
        return 0;
    int folded = 0;
    for (const TracebackBlock &b : m_traceback.blocks) {
        for (const TracebackFrame &f : b.frames)
            folded += f.cell == 0 ? 1 : 0;
    }
    return folded;
}

void TracebackView::render()
{
    const QColor error = readableOn(QColor(0xc6, 0x28, 0x28), {m_theme.background});
    const QColor own = m_theme.text;
    const QColor muted = m_theme.lineNumbers;
    const QColor link = readableOn(QColor(0x19, 0x76, 0xd2), {m_theme.background});
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const auto frameHtml = [&](const TracebackFrame &f) {
        const bool isOwn = f.cell > 0;
        QString where = isOwn ? tr("cell [%1], line %2").arg(f.cell).arg(f.line)
                              : tr("%1, line %2").arg(f.file).arg(f.line);
        if (!f.function.isEmpty() && f.function != QLatin1String("<module>"))
            where += tr(", in %1").arg(f.function);
        QString html = QStringLiteral("<div style=\"color:%1; white-space:pre-wrap\">  %2</div>")
                           .arg((isOwn ? own : muted).name(), esc(where));
        for (const QString &source : f.source)
            html += QStringLiteral("<div style=\"color:%1; white-space:pre-wrap\">      %2</div>")
                        .arg((isOwn ? own : muted).name(), esc(source));
        return html;
    };

    QString html;
    // The exception that ended the cell first, then the ones it came from.
    for (qsizetype b = m_traceback.blocks.size() - 1; b >= 0; --b) {
        const TracebackBlock &block = m_traceback.blocks.at(b);
        if (b + 1 < m_traceback.blocks.size()) {
            const QString lead = m_traceback.blocks.at(b + 1).lead;
            const QString link = lead.startsWith(QLatin1String("During handling"))
                                     ? tr("It was raised while handling this exception:")
                                 : lead.isEmpty() ? lead
                                                  : tr("It was caused by this exception:");
            html += QStringLiteral("<div style=\"color:%1; white-space:pre-wrap\"><i>%2</i></div>")
                        .arg(muted.name(), esc(link));
        }
        // The message first: it is what a reader looks for.
        for (int i = 0; i < block.error.size(); ++i)
            html += QStringLiteral("<div style=\"color:%1; white-space:pre-wrap\">%2%3%4</div>")
                        .arg(error.name(), i == 0 ? QStringLiteral("<b>") : QString(),
                             esc(block.error.at(i)), i == 0 ? QStringLiteral("</b>") : QString());
        QStringList libraries;
        int libraryFrames = 0;
        for (const TracebackFrame &f : block.frames) {
            if (f.cell > 0)
                continue;
            ++libraryFrames;
            const QString name = libraryOfFrame(f.file);
            if (!libraries.contains(name))
                libraries.append(name);
        }
        if (m_showLibrary) {
            for (const TracebackFrame &f : block.frames)
                html += frameHtml(f);
        } else {
            for (const TracebackFrame &f : block.frames) {
                if (f.cell > 0)
                    html += frameHtml(f);
            }
        }
        if (libraryFrames > 0) {
            const QString text =
                m_showLibrary ? tr("▾ hide the library frames")
                              : tr("▸ %n library frame(s) (%1) folded: show", "", libraryFrames)
                                    .arg(libraries.mid(0, 3).join(QStringLiteral(", ")));
            html += QStringLiteral("<div>  <a href=\"#library\" style=\"color:%1\">%2</a></div>")
                        .arg(link.name(), esc(text));
        }
    }
    setSafeHtml(html);
}

// --- figures ----------------------------------------------------------------------------------

namespace figurecard {

QColor paper()
{
    return QColor(0xfc, 0xfc, 0xfc);
}

QColor frame(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8a, 0x8f, 0x96) : QColor(0xc8, 0xcc, 0xd0);
}

void paint(QPainter &painter, const QRectF &card, const QPixmap &pixmap, const QPalette &palette)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setPen(QPen(frame(palette), 1));
    painter.setBrush(paper());
    painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    const QRectF inside = card.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (!pixmap.isNull() && inside.isValid()) {
        const QSizeF size = QSizeF(pixmap.size()).scaled(inside.size(), Qt::KeepAspectRatio);
        painter.drawPixmap(QRectF(inside.topLeft(), size), pixmap, QRectF(pixmap.rect()));
    }
    painter.restore();
}

} // namespace figurecard

InlineFigure::InlineFigure(const QPixmap &pixmap, QWidget *parent)
    : QWidget(parent), m_pixmap(pixmap)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setFixedHeight(qMax(1, m_pixmap.height()) + 2 * figurecard::kMargin);
}

QSize InlineFigure::sizeHint() const
{
    return {m_pixmap.width() + 2 * figurecard::kMargin, height()};
}

void InlineFigure::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Scaled down to the cell's width, never up: a small figure keeps its pixels sharp. The
    // height follows the width only, so this cannot feed back into the layout's width.
    if (event->oldSize().width() == event->size().width() || m_pixmap.isNull())
        return;
    const int margins = 2 * figurecard::kMargin;
    const int width = qMax(1, qMin(event->size().width() - margins, m_pixmap.width()));
    const int height =
        qMax(1, qRound(double(m_pixmap.height()) * width / m_pixmap.width())) + margins;
    if (height != this->height())
        setFixedHeight(height);
}

void InlineFigure::paintEvent(QPaintEvent *)
{
    if (m_pixmap.isNull())
        return;
    QPainter painter(this);
    const int margins = 2 * figurecard::kMargin;
    const QSize size = m_pixmap.size().scaled(qMax(1, qMin(width() - margins, m_pixmap.width())),
                                              qMax(1, height() - margins), Qt::KeepAspectRatio);
    figurecard::paint(painter, QRectF(0, 0, size.width() + margins, size.height() + margins),
                      m_pixmap, palette());
}

void InlineFigure::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
}

// --- table results ----------------------------------------------------------------------------

ResultTable::ResultTable(const QString &variable, qint64 runId, QWidget *parent)
    : QWidget(parent), m_variable(variable), m_runId(runId)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_open = new QToolButton(this);
    m_open->setText(tr("Open in Data"));
    m_open->setToolTip(
        tr("Show all rows of %1 in the Data panel: sort, filter, summarize").arg(variable));
    m_open->setAutoRaise(true);
    connect(m_open, &QToolButton::clicked, this,
            [this] { Q_EMIT openInDataRequested(m_variable); });
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_open);
    layout->addLayout(header);
    m_rows = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_rows);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    layout->addWidget(m_table);
    m_title->setText(tr("%1 (loading…)").arg(variable));
}

void ResultTable::setLabel(const QString &label)
{
    m_label = label;
    m_title->setText(tr("%1 (loading…)").arg(label));
    m_open->setToolTip(
        tr("Show all rows of %1 in the Data panel: sort, filter, summarize").arg(label));
}

void ResultTable::showSnapshot(const QAbstractItemModel &model, qint64 totalRows,
                               QStyledItemDelegate *delegate)
{
    const int rows = qMin(kRows, model.rowCount());
    const int columns = model.columnCount();
    m_rows->clear();
    m_rows->setRowCount(rows);
    m_rows->setColumnCount(columns);
    static const QList<int> roles = {Qt::DisplayRole,           Qt::TextAlignmentRole,
                                     Qt::ToolTipRole,           DataFrameModel::MissingRole,
                                     DataFrameModel::ValueRole, DataFrameModel::KindRole};
    for (int c = 0; c < columns; ++c) {
        m_rows->setHeaderData(c, Qt::Horizontal, model.headerData(c, Qt::Horizontal));
        m_rows->setHeaderData(c, Qt::Horizontal,
                              model.headerData(c, Qt::Horizontal, Qt::ToolTipRole),
                              Qt::ToolTipRole);
    }
    for (int r = 0; r < rows; ++r) {
        m_rows->setHeaderData(r, Qt::Vertical, model.headerData(r, Qt::Vertical));
        for (int c = 0; c < columns; ++c) {
            auto *item = new QStandardItem;
            const QModelIndex from = model.index(r, c);
            for (int role : roles)
                item->setData(model.data(from, role), role);
            m_rows->setItem(r, c, item);
        }
    }
    if (delegate) {
        delegate->setParent(m_table);
        m_table->setItemDelegate(delegate);
    }
    const QLocale locale;
    const QString name = m_label.isEmpty() ? m_variable : m_label;
    m_title->setText(
        rows < totalRows
            ? tr("%1: %2 rows × %3 columns, the first %4 shown")
                  .arg(name, locale.toString(totalRows))
                  .arg(columns)
                  .arg(rows)
            : tr("%1: %2 rows × %3 columns").arg(name, locale.toString(totalRows)).arg(columns));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
    fitHeight();
}

void ResultTable::fitHeight()
{
    // All its rows, no vertical scrolling of its own; a horizontal bar when the columns are wider.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_rows->rowCount(); ++r)
        height += m_table->rowHeight(r);
    int width = m_table->verticalHeader()->width() + 2 * m_table->frameWidth();
    for (int c = 0; c < m_rows->columnCount(); ++c)
        width += m_table->columnWidth(c);
    // Room for the bar when the columns are wider than the table: that depends on the width
    // only, and the height never changes the width (no resize loop).
    if (width > m_table->width())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    m_table->setFixedHeight(height);
}

bool ResultTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() !=
            static_cast<QResizeEvent *>(event)->size().width())
        fitHeight();
    if (watched == m_table->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (qAbs(wheel->angleDelta().y()) >= qAbs(wheel->angleDelta().x())) {
            wheel->ignore(); // on to the notebook
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- rich outputs -----------------------------------------------------------------------------

QLabel *makeOutputTextLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

RichOutputView::RichOutputView(const RichOutput &output, qint64 runId, int executionCount,
                               QWidget *parent)
    : QWidget(parent), m_output(output)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    if (output.hasTable()) {
        m_table = new ResultTable(output.tableName, runId, this);
        if (isHiddenTableName(output.tableName))
            m_table->setLabel(output.isResult ? tr("Out[%1]").arg(executionCount)
                                              : tr("Displayed table"));
        connect(m_table, &ResultTable::openInDataRequested, this,
                &RichOutputView::openInDataRequested);
        layout->addWidget(m_table);
        return;
    }
    if (!output.markdown.isEmpty() || !output.html.isEmpty()) {
        m_browser = new SafeTextBrowser(this);
        m_browser->setFrameShape(QFrame::NoFrame);
        // Markdown first: it is what the author wrote; HTML is often generated around it.
        if (!output.markdown.isEmpty())
            m_browser->setSafeMarkdown(output.markdown);
        else
            m_browser->setSafeHtml(output.html);
        layout->addWidget(m_browser);
        return;
    }
    if (!output.png.isEmpty()) {
        QPixmap pixmap;
        if (pixmap.loadFromData(output.png, "PNG")) {
            m_image = new InlineFigure(pixmap, this);
            m_image->setCursor(Qt::ArrowCursor);
            m_image->setToolTip(output.plain);
            layout->addWidget(m_image);
            return;
        }
    }
    m_text = makeOutputTextLabel(output.plain, this);
    layout->addWidget(m_text);
}

void RichOutputView::showTableFallback(const QString &reason)
{
    if (!m_table || m_browser)
        return;
    m_table->table()->hide();
    m_table->openButton()->hide();
    m_table->title()->setText(reason);
    m_browser = new SafeTextBrowser(this);
    m_browser->setFrameShape(QFrame::NoFrame);
    if (!m_output.html.isEmpty())
        m_browser->setSafeHtml(m_output.html);
    else
        m_browser->setPlainText(m_output.plain);
    layout()->addWidget(m_browser);
}

} // namespace sandbench
