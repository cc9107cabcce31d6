#include "assistantpanel.h"

#include "apikeystore.h"
#include "cellmodel.h"
#include "diffdialog.h"
#include "flowlayout.h"
#include "llm/agentloop.h"
#include "llm/codeblocks.h"
#include "llm/exchangestore.h"
#include "llm/sessiondescriber.h"
#include "notebook.h"
#include "pythonhighlighter.h"
#include "richoutput.h"
#include "runstatus.h"
#include "runstore.h"
#include "sessionrunner.h"
#include "storethread.h"
#include "theme.h"
#include "uilogging.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace sandbench {
namespace {

constexpr int kMaxAnswersKept = 30; // older answers leave the panel (their exchanges stay stored)
// Tokens that arrive together are shown together, at most this often: one insert per batch, not
// one per token (a fast server sends thousands in one read, each insert relays the paragraph).
constexpr int kStreamFlushMs = 16;
// Past this many characters the rest of an answer stays plain text (its code blocks still get
// their buttons): rendering megabytes of Markdown would hold the window for seconds.
constexpr qsizetype kMaxRenderedChars = 200000;
// The parts of an answer are rendered a few at a time, for at most this long between events.
constexpr qint64 kRenderBudgetMs = 4;

QString roleTitle(const QString &role)
{
    if (role == QLatin1String("system"))
        return AssistantPanel::tr("System (the sandbox's rules)");
    if (role == QLatin1String("user"))
        return AssistantPanel::tr("User (the question and the session's description)");
    if (role == QLatin1String("assistant"))
        return AssistantPanel::tr("Assistant");
    return role;
}

// What to do about a failure, beyond its message: which of the panel's actions helps.
bool settingsHelp(llm::ErrorKind kind)
{
    using K = llm::ErrorKind;
    return kind == K::InvalidEndpoint || kind == K::ConnectionRefused || kind == K::HostNotFound ||
           kind == K::Unauthorized || kind == K::ModelNotFound || kind == K::NotFound ||
           kind == K::ContextLength;
}

// A tool call in a few words, for its line in the answer.
QString describeCall(const llm::AgentToolCall &call)
{
    const QJsonObject args = QJsonDocument::fromJson(call.arguments.toUtf8()).object();
    const QString name = args.value(QStringLiteral("name")).toString();
    if (call.name == llm::AgentTool::RunCell) {
        QString first = args.value(QStringLiteral("code"))
                            .toString()
                            .trimmed()
                            .section(QLatin1Char('\n'), 0, 0);
        if (first.size() > 60)
            first = first.left(59) + QChar(0x2026);
        return AnswerView::tr("runs a cell: %1").arg(first);
    }
    if (call.name == llm::AgentTool::ListVariables)
        return AnswerView::tr("lists the session's variables");
    if (call.name == llm::AgentTool::DescribeTable)
        return AnswerView::tr("describes the table %1").arg(name);
    if (call.name == llm::AgentTool::ReadTablePage)
        return AnswerView::tr("reads rows of %1 from row %2")
            .arg(name)
            .arg(args.value(QStringLiteral("offset")).toInteger(0));
    return AnswerView::tr("calls %1, which is not a tool here").arg(call.name);
}

// How a finished tool call ended, in a few words.
QString describeOutcome(const llm::AgentToolCall &call)
{
    if (call.name == llm::AgentTool::RunCell && call.runId > 0) {
        if (call.runStatus == runStatusName(RunStatus::PendingReview))
            return AnswerView::tr("held for review (run %1)").arg(call.runId);
        return AnswerView::tr("%1 (run %2)").arg(call.runStatus).arg(call.runId);
    }
    if (!call.ok)
        return AnswerView::tr("error: %1")
            .arg(call.result.section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("error: ")));
    return AnswerView::tr("done");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// AnswerView

AnswerView::AnswerView(const QString &title, bool dark, QWidget *parent)
    : QFrame(parent), m_dark(dark)
{
    setFrameShape(QFrame::StyledPanel);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 6, 8, 6);
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_layout->addWidget(heading);
    // While it streams the answer is plain text, appended: cheap per token, whatever its length.
    m_stream = new QPlainTextEdit(this);
    m_stream->setReadOnly(true);
    m_stream->setObjectName(QStringLiteral("answerStream"));
    m_stream->setMinimumHeight(80);
    m_stream->setPlaceholderText(tr("Waiting for the model…"));
    m_layout->addWidget(m_stream);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("answerError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_layout->addWidget(m_error);
}

void AnswerView::appendText(const QString &text)
{
    if (m_finished)
        return;
    m_text += text;
    if (!m_flush) {
        m_flush = new QTimer(this);
        m_flush->setSingleShot(true);
        m_flush->setInterval(kStreamFlushMs);
        connect(m_flush, &QTimer::timeout, this, &AnswerView::showStreamed);
    }
    if (!m_flush->isActive())
        m_flush->start();
}

void AnswerView::showStreamed()
{
    if (m_streamShown < m_text.size()) {
        QTextCursor cursor(m_stream->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(m_text.mid(m_streamShown));
        m_streamShown = m_text.size();
        if (QScrollBar *bar = m_stream->verticalScrollBar())
            bar->setValue(bar->maximum());
    }
    scan(false);
}

void AnswerView::scan(bool final)
{
    using L = llm::FenceScanner::Line;
    const qsizetype before = m_parts.size();
    while (m_scanned < m_text.size()) {
        qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_scanned);
        if (end < 0 && !final)
            break; // the line goes on in the next piece
        if (end < 0)
            end = m_text.size();
        const qsizetype lineStart = m_scanned;
        const QStringView line = QStringView(m_text).mid(lineStart, end - lineStart);
        m_scanned = qMin(end + 1, m_text.size());
        switch (m_scanner.take(line)) {
        case L::Opening:
            addProse(m_proseStart, lineStart);
            break;
        case L::Closing: {
            const llm::CodeBlock &block = m_scanner.block();
            m_blocks.append(block.code);
            m_parts.append({true, block.code, block.isPython(), m_scanned});
            m_proseStart = m_scanned;
            break;
        }
        case L::Prose:
        case L::Code:
            break;
        }
    }
    if (final) {
        // A block cut by the end of the answer is still a block; an empty one is prose.
        if (m_scanner.inBlock() && !m_scanner.block().code.isEmpty()) {
            const llm::CodeBlock &block = m_scanner.block();
            m_blocks.append(block.code);
            m_parts.append({true, block.code, block.isPython(), m_text.size()});
        } else {
            addProse(m_proseStart, m_text.size());
        }
        m_proseStart = m_text.size();
    }
    // Past the limit the prose stays plain: rendering megabytes of Markdown would hold the
    // window for seconds. Its code blocks still get their buttons (under the plain text).
    if (!m_plain && m_text.size() > kMaxRenderedChars)
        m_plain = true;
    if (m_parts.size() > before || (final && m_parts.isEmpty())) {
        if (!m_render) {
            m_render = new QTimer(this);
            m_render->setSingleShot(true);
            m_render->setInterval(0);
            connect(m_render, &QTimer::timeout, this, &AnswerView::renderParts);
        }
        m_render->start();
    }
}

void AnswerView::addProse(qsizetype from, qsizetype to)
{
    if (to > from)
        m_parts.append({false, m_text.mid(from, to - from).trimmed(), false, to});
}

void AnswerView::renderParts()
{
    // A few parts per pass, then the events waiting (a part is one widget: well under a frame).
    QElapsedTimer clock;
    clock.start();
    while (!m_parts.isEmpty()) {
        const Part part = m_parts.takeFirst();
        renderPart(part);
        if (!m_plain) {
            // What is rendered leaves the plain text under it.
            QTextCursor cursor(m_stream->document());
            cursor.setPosition(int(qMin<qsizetype>(part.end - m_streamStart,
                                                   m_stream->document()->characterCount() - 1)),
                               QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            m_streamStart = part.end;
        }
        if (clock.elapsed() >= kRenderBudgetMs)
            break;
    }
    if (!m_parts.isEmpty()) {
        m_render->start();
        return;
    }
    if (!m_finished)
        return;
    if (!m_plain && m_streamStart >= m_text.size() && !m_text.isEmpty())
        m_stream->hide(); // all of it is rendered above
    Q_EMIT rendered();
}

void AnswerView::renderPart(const Part &part)
{
    // Above the plain text still streaming; under it when the prose stays plain.
    const auto place = [this](QWidget *widget) {
        m_layout->insertWidget(m_layout->indexOf(m_plain ? static_cast<QWidget *>(m_error) : m_stream), widget);
        m_partWidgets.append(widget);
    };
    if (!part.isCode) {
        if (m_plain || part.text.isEmpty())
            return; // the plain text has it
        // Prose as Markdown (untrusted: no resource is loaded, no link followed), laid out once
        // at the width it will have.
        auto *view = new SafeTextBrowser(this);
        view->resize(m_stream->width(), view->height());
        view->setSafeMarkdown(part.text);
        place(view);
        return;
    }
    auto *code = new QPlainTextEdit(this);
    code->setObjectName(QStringLiteral("answerCode"));
    code->setReadOnly(true);
    code->setLineWrapMode(QPlainTextEdit::NoWrap);
    code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    code->setPlainText(part.text.endsWith(QLatin1Char('\n')) ? part.text.chopped(1) : part.text);
    if (part.isPython)
        new PythonHighlighter(
            code->document(),
            EditorTheme::forKind(m_dark ? EditorTheme::Kind::Dark : EditorTheme::Kind::Light));
    const int lineCount = int(part.text.count(QLatin1Char('\n'))) + 1;
    code->setFixedHeight(qMin(lineCount, 20) * code->fontMetrics().lineSpacing() + 14);
    place(code);
    // Wraps in a narrow dock (1024x700): no button is cut off.
    auto *buttonRow = new QWidget(this);
    auto *buttons = new FlowLayout(buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *insert = new QPushButton(tr("Insert as Cell"), buttonRow);
    insert->setToolTip(tr("A new cell under the current one, recorded as written by the "
                          "model; it runs only when you run it"));
    auto *replace = new QPushButton(isFix ? tr("Review Fix…") : tr("Replace Cell…"), buttonRow);
    replace->setToolTip(tr("Replace the current cell: shows what changes in it before "
                           "anything is replaced"));
    auto *copy = new QPushButton(tr("Copy"), buttonRow);
    buttons->addWidget(insert);
    buttons->addWidget(replace);
    buttons->addWidget(copy);
    place(buttonRow);
    m_insertButtons.append(insert);
    m_replaceButtons.append(replace);
    const QString text = part.text;
    connect(insert, &QPushButton::clicked, this, [this, text] { Q_EMIT insertRequested(text); });
    connect(replace, &QPushButton::clicked, this, [this, text] { Q_EMIT replaceRequested(text); });
    connect(copy, &QPushButton::clicked, this,
            [text] { QApplication::clipboard()->setText(text); });
}

// The final answer is not what streamed (an agent's last turn): it is read again from the start.
void AnswerView::forgetRendered()
{
    for (QWidget *widget : std::as_const(m_partWidgets))
        widget->deleteLater();
    m_partWidgets.clear();
    m_parts.clear();
    m_blocks.clear();
    m_insertButtons.clear();
    m_replaceButtons.clear();
    m_scanner = llm::FenceScanner();
    m_stream->clear();
    m_streamStart = m_streamShown = m_scanned = m_proseStart = 0;
    m_plain = false;
}

void AnswerView::showToolCall(const llm::AgentToolCall &call)
{
    while (m_steps.size() < call.step) {
        auto *line = new QLabel(this);
        line->setObjectName(QStringLiteral("agentStep"));
        line->setWordWrap(true);
        line->setTextFormat(Qt::PlainText);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Above the streamed text: the steps in the order they happened, the answer under them.
        m_layout->insertWidget(m_layout->indexOf(m_stream), line);
        m_steps.append(line);
    }
    QLabel *line = m_steps.at(call.step - 1);
    const QString what = describeCall(call);
    if (!call.done) {
        line->setText(tr("Step %1 · %2 …").arg(call.step).arg(what));
        line->setToolTip(call.arguments);
        return;
    }
    line->setText(tr("Step %1 · %2 → %3").arg(call.step).arg(what, describeOutcome(call)));
    // What went back to the model, exactly.
    line->setToolTip(call.result);
}

void AnswerView::showWaiting(const QString &text)
{
    if (!m_waiting) {
        if (text.isEmpty())
            return;
        m_waiting = new QLabel(this);
        m_waiting->setObjectName(QStringLiteral("agentWaiting"));
        m_waiting->setWordWrap(true);
        m_waiting->setTextFormat(Qt::PlainText);
    } else {
        m_layout->removeWidget(m_waiting);
    }
    // Under the newest step, whichever steps came since it was last shown.
    m_layout->insertWidget(m_layout->indexOf(m_stream), m_waiting);
    m_waiting->setText(text);
    m_waiting->setVisible(!text.isEmpty());
}

void AnswerView::showError(const QString &message, const QString &details)
{
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { border-left: 3px solid %1; padding-left: 6px; }")
            .arg(m_dark ? QStringLiteral("#ff7b72") : QStringLiteral("#b3261e")));
    m_error->show();
}

void AnswerView::fail(const QString &message, bool offerSettings)
{
    m_finished = true;
    m_stream->hide();
    showError(message, QString());
    if (offerSettings)
        addSettingsButton();
}

void AnswerView::addSettingsButton()
{
    auto *open = new QPushButton(tr("Open Settings ▸ Assistant…"), this);
    connect(open, &QPushButton::clicked, this, &AnswerView::settingsRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addStretch(1);
    m_layout->addLayout(row);
}

void AnswerView::finish(const llm::ChatAnswer &answer, const llm::Failure &failure)
{
    m_finished = true;
    m_failure = failure;
    if (m_flush)
        m_flush->stop();
    if (!answer.content.startsWith(m_text))
        forgetRendered();
    m_text = answer.content;
    showStreamed();
    scan(true);
    if (m_text.isEmpty()) {
        if (failure.kind == llm::ErrorKind::None)
            m_stream->setPlaceholderText(tr("The model answered with nothing."));
        else
            m_stream->hide();
    }
    if (failure.kind == llm::ErrorKind::Aborted) {
        showError(tr("Stopped. What arrived is kept above."), QString());
    } else if (failure.kind != llm::ErrorKind::None) {
        QString details = failure.serverMessage;
        if (failure.httpStatus > 0)
            details = tr("HTTP %1: %2").arg(failure.httpStatus).arg(failure.serverMessage);
        showError(failure.message, details);
        if (settingsHelp(failure.kind))
            addSettingsButton();
    } else if (m_blocks.isEmpty() && expectsCode) {
        m_error->setText(isFix ? tr("No code in this answer to fix the cell with: try again, or "
                                    "ask in your own words.")
                               : tr("No code in this answer: ask for the code you want, in "
                                    "other words."));
        m_error->setStyleSheet(QString());
        m_error->show();
    }
}

// ---------------------------------------------------------------------------------------------
// AssistantPanel

AssistantPanel::AssistantPanel(QWidget *parent) : QWidget(parent)
{
    m_client = new llm::ChatClient(this);
    m_context = new llm::SessionDescriber(this);
    m_keys = new ApiKeyStore(this);
    connect(m_context, &llm::SessionDescriber::described, this, &AssistantPanel::onDescribed);
    connect(m_keys, &ApiKeyStore::keyRead, this,
            [this](const QString &host, const QString &key, const QString &error) {
                if (host != m_keyHost)
                    return;
                m_apiKey = key;
                m_keyError = error;
                m_client->setEndpoint(endpoint());
                updateState();
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // Unset: two lines on how to start a local model and what to enter.
    m_setup = new QLabel(this);
    m_setup->setObjectName(QStringLiteral("assistantSetup"));
    m_setup->setWordWrap(true);
    m_setup->setTextFormat(Qt::RichText);
    m_setup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setup->setText(
        tr("No model is set up. For a local one, install Ollama and run <code>ollama serve</code> "
           "and <code>ollama pull qwen2.5-coder:7b</code>.") +
        QStringLiteral("<br>") +
        tr("Then in Settings ▸ Assistant enter the base URL <code>http://localhost:11434/v1</code> "
           "and pick the model."));
    m_setupButton = new QPushButton(tr("Open Settings ▸ Assistant…"), this);
    connect(m_setupButton, &QPushButton::clicked, this, &AssistantPanel::settingsRequested);
    layout->addWidget(m_setup);
    layout->addWidget(m_setupButton, 0, Qt::AlignLeft);

    m_endpointLine = new QLabel(this);
    m_endpointLine->setObjectName(QStringLiteral("assistantEndpoint"));
    m_endpointLine->setWordWrap(true);
    m_endpointLine->setTextFormat(Qt::PlainText);
    layout->addWidget(m_endpointLine);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Answers fit the dock's width (code blocks scroll on their own): no sideways panel.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_column = new QWidget(m_scroll);
    m_columnLayout = new QVBoxLayout(m_column);
    m_columnLayout->setContentsMargins(0, 0, 0, 0);
    m_columnLayout->addStretch(1);
    m_scroll->setWidget(m_column);
    layout->addWidget(m_scroll, 1);

    m_question = new QPlainTextEdit(this);
    m_question->setObjectName(QStringLiteral("assistantQuestion"));
    m_question->setPlaceholderText(
        tr("Ask for an analysis, e.g. \"total revenue per region as a bar chart\" (Ctrl+Enter)"));
    m_question->setTabChangesFocus(true);
    m_question->setFixedHeight(m_question->fontMetrics().lineSpacing() * 3 + 14);
    layout->addWidget(m_question);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_question);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, [this] { ask(); });

    auto *buttons = new QHBoxLayout;
    m_askButton = new QPushButton(tr("&Ask"), this);
    m_askButton->setDefault(true);
    connect(m_askButton, &QPushButton::clicked, this, [this] { ask(); });
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setToolTip(tr("Stop the answer; what arrived is kept"));
    connect(m_stopButton, &QPushButton::clicked, this, &AssistantPanel::stop);
    m_contextButton = new QPushButton(tr("What the Model Sees…"), this);
    m_contextButton->setToolTip(tr("The exact messages that asking now would send, before "
                                   "anything is sent"));
    connect(m_contextButton, &QPushButton::clicked, this, &AssistantPanel::showWhatTheModelSees);
    buttons->addWidget(m_askButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    // A row of its own: beside Ask and Stop it would not fit a narrow dock.
    layout->addWidget(m_contextButton, 0, Qt::AlignLeft);

    auto *options = new FlowLayout;
    m_samples = new QCheckBox(tr("Send sample rows"), this);
    m_samples->setToolTip(tr("A few first rows of each dataset go with the question. On by "
                             "default for a model on this machine, off for a remote one "
                             "(Settings ▸ Assistant)."));
    // Agent mode: the model looks at the data and runs cells itself, each a cell of the
    // notebook that runs in the sandbox and waits at the review queue like any.
    m_agentMode = new QCheckBox(tr("Agent mode"), this);
    m_agentMode->setObjectName(QStringLiteral("agentMode"));

    options->addWidget(m_samples);
    options->addWidget(m_agentMode);
    layout->addLayout(options);

    setSettings(llm::AssistantSettings());
}

AssistantPanel::~AssistantPanel() = default;

void AssistantPanel::setSettings(const llm::AssistantSettings &settings)
{
    const bool hostChanged = llm::Endpoint{settings.baseUrl, {}}.host() != m_keyHost;
    m_settings = settings;
    m_client->setStallTimeoutMs(settings.stallTimeoutMs);
    m_samples->setChecked(samplesAllowed());
    const QString host = llm::Endpoint{settings.baseUrl, {}}.host();
    // Read again even for the same host: Settings may just have stored a new key.
    if (hostChanged)
        m_apiKey.clear();
    m_keyHost = host;
    m_keyError.clear();
    if (!host.isEmpty())
        m_keys->read(host);
    m_client->setEndpoint(endpoint());
    updateState();
}

void AssistantPanel::setCells(CellModel *cells, std::function<int()> currentRow)
{
    m_cells = cells;
    m_currentRow = std::move(currentRow);
}

void AssistantPanel::setNotebook(Notebook *notebook)
{
    m_notebook = notebook;
    updateState();
}

void AssistantPanel::setSession(SessionRunner *session)
{
    if (session != m_session)
        abandonAgent(tr("The session ended, and the agent with it."));
    m_session = session;
    m_context->setSession(session);
    updateState();
}

void AssistantPanel::setStore(StoreThread *store)
{
    m_store = store;
}

void AssistantPanel::setThemeKind(bool dark)
{
    m_dark = dark;
}

bool AssistantPanel::isConfigured() const
{
    return m_settings.baseUrl.isValid() && !m_settings.baseUrl.isEmpty() &&
           !m_settings.model.trimmed().isEmpty();
}

bool AssistantPanel::isAsking() const
{
    return m_describing || (m_reply && !m_reply->isFinished()) ||
           (m_agent && !m_agent->isFinished());
}

bool AssistantPanel::agentModeOn() const
{
    // Not isEnabled(): the box is disabled while an answer is on its way, this one included.
    return m_agentMode->isChecked() && m_notebook && m_session;
}

llm::Endpoint AssistantPanel::endpoint() const
{
    return {m_settings.baseUrl, m_apiKey};
}

bool AssistantPanel::samplesAllowed() const
{
    if (m_settings.sampleRows.has_value())
        return *m_settings.sampleRows;
    return llm::Endpoint{m_settings.baseUrl, {}}.isLocal();
}

void AssistantPanel::updateState()
{
    const bool configured = isConfigured();
    m_setup->setVisible(!configured);
    m_setupButton->setVisible(!configured);
    m_endpointLine->setVisible(configured);
    if (configured) {
        const llm::Endpoint e = endpoint();
        m_endpointLine->setText(tr("%1 at %2 · %3")
                                    .arg(m_settings.model, e.host(),
                                         e.isLocal() ? tr("on this machine")
                                                     : tr("remote: only what you see is sent")));
        // A local server needs no key; a remote one without its key answers 401, which says so.
        if (!m_keyError.isEmpty() && !e.isLocal())
            m_endpointLine->setText(
                m_endpointLine->text() + QLatin1Char('\n') +
                tr("The keyring could not be read (%1): no API key is sent.").arg(m_keyError));
    }
    const bool asking = isAsking();
    m_askButton->setEnabled(!asking);
    m_stopButton->setEnabled(asking);
    // Agent mode runs cells: it needs the notebook and a session to run them in.
    const bool agentPossible = m_notebook && m_session;
    m_agentMode->setEnabled(agentPossible && !asking);
    m_agentMode->setToolTip(
        agentPossible
            ? tr("The model may run cells itself (each one added to the notebook, run in the "
                 "sandbox and held for review like any cell), list the variables and read "
                 "tables, up to %n tool call(s) (Settings ▸ Assistant). Stop ends it.",
                 nullptr, m_settings.agentSteps)
            : tr("Agent mode needs a running session: the model's cells run in it."));
}

void AssistantPanel::showNotice(const QString &text)
{
    auto *notice = new QLabel(text, m_column);
    notice->setWordWrap(true);
    notice->setTextFormat(Qt::PlainText);
    m_columnLayout->insertWidget(m_columnLayout->count() - 1, notice);
}

QList<AnswerView *> AssistantPanel::answers() const
{
    return m_column->findChildren<AnswerView *>(QString(), Qt::FindDirectChildrenOnly);
}

void AssistantPanel::ask(const QString &question)
{
    const QString text = question.isEmpty() ? m_question->toPlainText().trimmed() : question;
    if (text.isEmpty()) {
        m_question->setFocus();
        return;
    }
    Pending pending;
    pending.task = llm::Task::Ask;
    pending.title = text;
    llm::ContextInput input;
    input.question = text;
    const int row = m_currentRow ? m_currentRow() : -1;
    if (m_cells && row >= 0 && row < m_cells->rowCount() && m_cells->cell(row).isCode())
        input.currentCell = m_cells->cell(row).source.source;
    start(pending, input);
    if (question.isEmpty())
        m_question->clear();
}

void AssistantPanel::fixCell(int row)
{
    if (!m_cells || row < 0 || row >= m_cells->rowCount())
        return;
    const Cell &cell = m_cells->cell(row);
    Pending pending;
    pending.task = llm::Task::Fix;
    pending.row = row;
    pending.cellId = cell.id;
    pending.title =
        cell.executionCount > 0 ? tr("Fix cell [%1]").arg(cell.executionCount) : tr("Fix the cell");
    llm::ContextInput input;
    input.currentCell = cell.source.source;
    if (cell.lastRun) {
        input.traceback = cell.lastRun->stderrText;
        input.violations = cell.lastRun->violations;
    }
    start(pending, input);
}

void AssistantPanel::explainCell(int row)
{
    if (!m_cells || row < 0 || row >= m_cells->rowCount())
        return;
    const Cell &cell = m_cells->cell(row);
    Pending pending;
    pending.task = llm::Task::Explain;
    pending.row = row;
    pending.cellId = cell.id;
    pending.title = cell.executionCount > 0 ? tr("Explain cell [%1]").arg(cell.executionCount)
                                            : tr("Explain the cell");
    llm::ContextInput input;
    input.currentCell = cell.source.source;
    if (cell.lastRun) {
        input.traceback = cell.lastRun->stderrText;
        input.violations = cell.lastRun->violations;
    }
    start(pending, input);
}

void AssistantPanel::showWhatTheModelSees()
{
    Pending pending;
    pending.task = llm::Task::Ask;
    pending.previewOnly = true;
    llm::ContextInput input;
    input.question = m_question->toPlainText().trimmed();
    if (input.question.isEmpty())
        input.question = tr("(your question)");
    const int row = m_currentRow ? m_currentRow() : -1;
    if (m_cells && row >= 0 && row < m_cells->rowCount() && m_cells->cell(row).isCode())
        input.currentCell = m_cells->cell(row).source.source;
    start(pending, input);
}

void AssistantPanel::start(const Pending &pending, const llm::ContextInput &base)
{
    if (m_describing || (isAsking() && !pending.previewOnly))
        return; // one answer at a time; Stop ends the one on its way
    if (!pending.previewOnly && !isConfigured()) {
        auto *view = new AnswerView(pending.title, m_dark, m_column);
        connect(view, &AnswerView::settingsRequested, this, &AssistantPanel::settingsRequested);
        view->fail(tr("No model is set up: enter a base URL and a model in Settings ▸ "
                      "Assistant (for Ollama: http://localhost:11434/v1)."),
                   true);
        m_columnLayout->insertWidget(m_columnLayout->count() - 1, view);
        m_current = view;
        Q_EMIT answerFinished();
        return;
    }
    llm::ContextInput input = base;
    input.task = pending.task;
    input.includeSamples = m_samples->isChecked();
    input.contextTokens = m_settings.contextTokens;
    input.answerTokens = std::min(m_settings.answerTokens, m_settings.contextTokens / 4);
    if (m_session)
        input.rules = llm::rulesFromProfile(m_session->profile());
    m_pending = pending;
    if (!pending.previewOnly)
        m_describing = true;
    updateState();
    m_context->describe(input);
}

void AssistantPanel::onDescribed(const llm::ContextInput &described, bool stale)
{
    const Pending pending = m_pending;
    m_describing = false;
    llm::ContextInput input = described;
    // A fix sends the variables the cell used (as its last run read them), not all of them.
    if (pending.task == llm::Task::Fix && m_cells) {
        const int row = m_cells->rowOfId(pending.cellId);
        if (row >= 0 && m_cells->cell(row).lastRun && m_cells->cell(row).lastRun->names.known) {
            const QStringList read = m_cells->cell(row).lastRun->names.read;
            QList<llm::VariableSummary> used;
            for (const llm::VariableSummary &v : std::as_const(input.variables)) {
                if (read.contains(v.name))
                    used.append(v);
            }
            input.variables = used;
        }
    }
    const llm::BuiltContext built = llm::ContextBuilder::build(input);
    const QString endpointNote =
        stale ? tr("The session was busy running a cell: its datasets and variables are "
                   "described as they were last seen.")
              : QString();
    if (pending.previewOnly) {
        showContextDialog(built, endpointNote);
        updateState();
        return;
    }
    m_built = built;
    m_model = m_settings.model;
    m_host = endpoint().host();

    const bool agent = pending.task == llm::Task::Ask && agentModeOn();
    auto *view = new AnswerView(agent ? tr("Agent · %1").arg(pending.title) : pending.title, m_dark,
                                m_column);
    view->model = m_model;
    view->host = m_host;
    view->promptSha256 = built.sha256;
    view->row = pending.row;
    view->cellId = pending.cellId;
    view->isFix = pending.task == llm::Task::Fix;
    // Explain answers in words; so may an agent, whose cells already ran.
    view->expectsCode = pending.task != llm::Task::Explain && !agent;
    connect(view, &AnswerView::insertRequested, this,
            [this, view](const QString &code) { insertBlock(view, code); });
    connect(view, &AnswerView::replaceRequested, this, [this, view](const QString &code) {
        const int row = view->isFix && m_cells ? m_cells->rowOfId(view->cellId)
                                               : (m_currentRow ? m_currentRow() : -1);
        replaceWithBlock(view, code, row, view->isFix);
    });
    connect(view, &AnswerView::settingsRequested, this, &AssistantPanel::settingsRequested);
    m_columnLayout->insertWidget(m_columnLayout->count() - 1, view);
    m_current = view;
    // Older answers go; their exchanges stay in the store and the Provenance panel.
    const QList<AnswerView *> all = answers();
    for (qsizetype i = 0; i + kMaxAnswersKept < all.size(); ++i)
        all.at(i)->deleteLater();
    if (!stale && !built.omitted.isEmpty())
        view->showError(tr("To fit the model's context, left out: %1")
                            .arg(built.omitted.join(QStringLiteral("; "))),
                        QString());
    if (!built.fits) {
        view->fail(tr("The question and the sandbox's rules alone do not fit a context of "
                      "%1 tokens: give a larger context size in Settings ▸ Assistant.")
                       .arg(input.contextTokens),
                   true);
        updateState();
        Q_EMIT answerFinished();
        return;
    }
    if (agent) {
        startAgent(view, built, input.answerTokens);
        return;
    }
    llm::ChatRequest request;
    request.model = m_model;
    request.messages = built.messages;
    request.temperature = m_settings.temperature;
    request.maxTokens = input.answerTokens;
    m_client->setEndpoint(endpoint());
    m_reply = m_client->complete(request);
    connect(m_reply, &llm::ChatReply::contentDelta, view, &AnswerView::appendText);
    connect(m_reply, &llm::ChatReply::finished, this, &AssistantPanel::onFinished);
    qCDebug(lcUi) << "assistant: asked" << m_model << "at" << m_host << "prompt" << built.sha256;
    updateState();
    m_scroll->ensureWidgetVisible(view);
    Q_EMIT answerStarted();
}

void AssistantPanel::onFinished()
{
    llm::ChatReply *reply = m_reply;
    if (!reply)
        return;
    const llm::ChatAnswer answer = reply->answer();
    const llm::Failure failure = reply->failure();
    reply->deleteLater();
    m_reply = nullptr;

    {
        llm::Exchange exchange;
        exchange.sessionId = m_session ? m_session->sessionId() : 0;
        exchange.promptSha256 = m_built.sha256;
        exchange.messages = m_built.messages;
        exchange.model = m_model;
        exchange.endpointHost = m_host;
        exchange.answer = answer;
        exchange.failure = failure;
        recordExchange(exchange, m_current);
    }
    AnswerView *view = m_current;
    if (view) {
        view->finish(answer, failure);
        // A fix arrives as a diff to accept, against the cell as it is now.
        if (view->isFix && failure.kind == llm::ErrorKind::None) {
            const QStringList blocks = view->codeBlocks();
            if (!blocks.isEmpty() && m_cells) {
                const int row = m_cells->rowOfId(view->cellId);
                if (row >= 0)
                    replaceWithBlock(view, blocks.first(), row, true);
            }
        }
    }
    updateState();
    emitFinishedWhenShown(view);
}

void AssistantPanel::emitFinishedWhenShown(AnswerView *view)
{
    if (!view || view->isRendered())
        Q_EMIT answerFinished();
    else
        connect(view, &AnswerView::rendered, this, &AssistantPanel::answerFinished,
                Qt::SingleShotConnection);
}

void AssistantPanel::recordExchange(const llm::Exchange &exchange, QPointer<AnswerView> view)
{
    if (!m_store)
        return;
    // Recorded on the store's thread; the answer shows at once, the record follows.
    m_store->call(
        this,
        [record = llm::Exchange(exchange)](RunStore &store) mutable {
            QString error;
            const bool ok = llm::ExchangeStore(store).record(record, &error);
            return std::make_pair(ok ? record.id : qint64(0), error);
        },
        [this, view](const std::pair<qint64, QString> &r) {
            if (r.first > 0)
                Q_EMIT exchangeRecorded(r.first);
            else if (view)
                view->showError(
                    tr("The exchange could not be kept in the run store: %1").arg(r.second),
                    QString());
        });
}

void AssistantPanel::startAgent(AnswerView *view, const llm::BuiltContext &built, int answerTokens)
{
    llm::AgentOptions options;
    options.model = m_model;
    options.endpointHost = m_host;
    options.temperature = m_settings.temperature;
    options.maxTokens = answerTokens;
    options.maxSteps = m_settings.agentSteps;
    m_client->setEndpoint(endpoint());
    // No store here: the loop's exchanges are kept on the store's thread (recordExchange).
    auto *agent = new llm::AgentLoop(*m_client, *m_session, nullptr, options, this);
    m_agent = agent;
    m_agentLastCell = 0;
    agent->setCellSubmitter([this](const CellRequest &request, QString *error) {
        return runAgentCell(request, error);
    });
    const QPointer<AnswerView> answer(view);
    connect(agent, &llm::AgentLoop::turnStarted, view,
            [answer](int, const QString &sha) { answer->promptSha256 = sha; });
    connect(agent, &llm::AgentLoop::contentDelta, view, &AnswerView::appendText);
    connect(agent, &llm::AgentLoop::toolCallStarted, view,
            [this, answer](const llm::AgentToolCall &call) {
                answer->showToolCall(call);
                m_scroll->ensureWidgetVisible(answer->toolSteps().constLast());
                Q_EMIT agentStepStarted(call.step);
            });
    connect(agent, &llm::AgentLoop::toolCallFinished, view,
            [this, answer](const llm::AgentToolCall &call) {
                answer->showToolCall(call);
                answer->showWaiting(QString());
                Q_EMIT agentStepFinished(call.step);
            });
    connect(agent, &llm::AgentLoop::waitingForReview, view, [answer](qint64 runId) {
        answer->showWaiting(tr("The model's cell waits for review (run %1): approve or reject it "
                               "in the Review panel; the agent goes on after an approval. Stop "
                               "ends it.")
                                .arg(runId));
    });
    connect(agent, &llm::AgentLoop::exchangeReady, this,
            [this, answer](const llm::Exchange &exchange) { recordExchange(exchange, answer); });
    connect(agent, &llm::AgentLoop::finished, this, &AssistantPanel::onAgentFinished);
    // The loop holds the session: a session that goes (Restart Session) ends it at once.
    connect(m_session.data(), &QObject::destroyed, agent,
            [this] { abandonAgent(tr("The session ended, and the agent with it.")); });
    qCDebug(lcUi) << "assistant: agent asked" << m_model << "at" << m_host << "prompt"
                  << built.sha256 << "steps" << options.maxSteps;
    agent->start(built.messages);
    updateState();
    m_scroll->ensureWidgetVisible(view);
    Q_EMIT answerStarted();
}

CellRun *AssistantPanel::runAgentCell(const CellRequest &request, QString *error)
{
    if (!m_notebook || !m_cells) {
        *error = tr("the notebook is closed");
        return nullptr;
    }
    // A cell of the notebook, under the current one (then under the agent's previous cell),
    // recorded as the model's: it runs, waits for review and shows its output like any cell.
    int after = m_agentLastCell ? m_cells->rowOfId(m_agentLastCell) : -1;
    if (after < 0)
        after = m_currentRow ? m_currentRow() : m_cells->rowCount() - 1;
    QString code = request.code;
    while (code.endsWith(QLatin1Char('\n')))
        code.chop(1);
    const int row = m_cells->insertCell(qBound(0, after + 1, m_cells->rowCount()),
                                        NotebookCell::Kind::Code, code);
    m_cells->setCodeSource(row, request.source);
    const quint64 cellId = m_cells->cell(row).id;
    m_agentLastCell = cellId;
    Q_EMIT cellInserted(row);
    if (!m_notebook->run(cellId, request.options, request.source)) {
        *error = tr("the notebook has no running session");
        return nullptr;
    }
    CellRun *run = m_notebook->openRun(cellId);
    if (!run)
        *error = tr("the session ended the cell before it ran");
    return run;
}

void AssistantPanel::abandonAgent(const QString &why)
{
    llm::AgentLoop *agent = m_agent;
    if (!agent)
        return;
    m_agent = nullptr;
    agent->disconnect(this);
    delete agent; // aborts its request; the session's cells are the session's
    if (m_current) {
        m_current->showWaiting(QString());
        m_current->fail(why, false);
    }
    updateState();
    Q_EMIT answerFinished();
}

void AssistantPanel::onAgentFinished()
{
    llm::AgentLoop *agent = m_agent;
    if (!agent)
        return;
    m_agent = nullptr;
    agent->deleteLater();
    AnswerView *view = m_current;
    if (view) {
        view->showWaiting(QString());
        llm::ChatAnswer answer;
        answer.content = agent->finalAnswer();
        llm::Failure failure;
        const llm::AgentOutcome outcome = agent->outcome();
        if (outcome == llm::AgentOutcome::ModelFailed)
            failure = agent->failure();
        view->finish(answer, failure);
        if (outcome != llm::AgentOutcome::Answered && outcome != llm::AgentOutcome::ModelFailed) {
            if (answer.content.isEmpty())
                view->streamView()->hide();
            view->showError(agent->message(), QString());
        }
    }
    updateState();
    emitFinishedWhenShown(view);
}

void AssistantPanel::stop()
{
    if (m_agent && !m_agent->isFinished())
        m_agent->stop(); // finished() follows once what is in flight has ended
    if (m_reply && !m_reply->isFinished())
        m_reply->abort(); // finished() follows, with the partial answer
    m_describing = false;
    updateState();
}

CodeSource AssistantPanel::sourceFor(const AnswerView *answer) const
{
    CodeSource source;
    source.origin = CodeOrigin::Llm;
    source.llmModel = answer->model;
    source.endpointHost = answer->host;
    source.promptSha256 = answer->promptSha256;
    return source;
}

void AssistantPanel::insertBlock(AnswerView *answer, const QString &code)
{
    if (!m_cells)
        return;
    const int current = m_currentRow ? m_currentRow() : -1;
    QString text = code;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    const int row = m_cells->insertCell(current + 1, NotebookCell::Kind::Code, text);
    m_cells->setCodeSource(row, sourceFor(answer));
    Q_EMIT cellInserted(row);
}

void AssistantPanel::replaceWithBlock(AnswerView *answer, const QString &code, int row, bool isFix)
{
    if (!m_cells || row < 0 || row >= m_cells->rowCount())
        return;
    if (m_diff)
        m_diff->close();
    QString text = code;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    const Cell &cell = m_cells->cell(row);
    const QString title = isFix ? tr("The Assistant's Fix") : tr("Replace the Current Cell");
    auto *dialog = new DiffDialog(title, cell.source.source, text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_diff = dialog;
    const quint64 cellId = cell.id;
    const CodeSource source = sourceFor(answer);
    connect(dialog, &QDialog::accepted, this, [this, cellId, text, source] {
        const int at = m_cells ? m_cells->rowOfId(cellId) : -1;
        if (at < 0)
            return; // the cell was deleted meanwhile
        m_cells->setCode(at, text);
        m_cells->setCodeSource(at, source);
        Q_EMIT cellReplaced(at);
    });
    dialog->open();
}

void AssistantPanel::showContextDialog(const llm::BuiltContext &built, const QString &note)
{
    if (m_contextDialog)
        m_contextDialog->close();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("What the Model Sees"));
    auto *layout = new QVBoxLayout(dialog);
    QStringList head;
    head << tr("Sent to %1 at %2, exactly as below (about %3 tokens of %4).")
                .arg(m_settings.model.isEmpty() ? tr("(no model set)") : m_settings.model,
                     endpoint().host().isEmpty() ? tr("(no endpoint set)") : endpoint().host())
                .arg(built.estimatedTokens)
                .arg(m_settings.contextTokens);
    head << (m_samples->isChecked() ? tr("Sample rows are sent.")
                                    : tr("No data values are sent: names, types and sizes only."));
    if (!built.omitted.isEmpty())
        head << tr("Left out to fit: %1").arg(built.omitted.join(QStringLiteral("; ")));
    if (!note.isEmpty())
        head << note;
    if (agentModeOn())
        head << tr("Agent mode: the request also carries the tools run_cell, list_variables, "
                   "describe_table and read_table_page, and after the system message: %1")
                    .arg(llm::AgentLoop::agentInstructions());
    head << tr("Its SHA-256, recorded with every cell it produces: %1").arg(built.sha256);
    auto *label = new QLabel(head.join(QLatin1Char('\n')), dialog);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    auto *view = new QPlainTextEdit(dialog);
    view->setObjectName(QStringLiteral("modelSees"));
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString text;
    for (const QJsonValue &value : built.messages) {
        const QJsonObject message = value.toObject();
        text += QStringLiteral("── %1 ──\n")
                    .arg(roleTitle(message.value(QStringLiteral("role")).toString()));
        text += message.value(QStringLiteral("content")).toString();
        text += QStringLiteral("\n\n");
    }
    view->setPlainText(text);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto *copy = buttons->addButton(tr("Copy as JSON"), QDialogButtonBox::ActionRole);
    const QByteArray json = QJsonDocument(built.messages).toJson(QJsonDocument::Indented);
    connect(copy, &QPushButton::clicked, dialog,
            [json] { QApplication::clipboard()->setText(QString::fromUtf8(json)); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(720, 560);
    m_contextDialog = dialog;
    dialog->show();
}

} // namespace sandbench
