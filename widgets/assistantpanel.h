// The assistant dock: the analyst asks an OpenAI-compatible model (Ollama, llama-server, vLLM, LM
// Studio, a hosted service) in words; the answer streams in token by token (Stop ends it), and
// each code block in it becomes a cell only when the analyst says so — inserted as a new cell, or
// replacing the current one after a diff — with origin llm, the model, the endpoint's host and
// the SHA-256 of the exact messages sent. "What the model sees" shows those messages before
// anything is sent. A failed, refused or denied cell's "Fix with assistant" and "Explain" come
// here too; a fix arrives as a diff to accept. Every exchange is kept in the run store.
//
// The network is Qt Network's, asynchronous on the GUI thread's event loop: nothing here waits.
#pragma once

#include "diffdialog.h"
#include "llm/assistantsettings.h"
#include "llm/chatclient.h"
#include "llm/codeblocks.h"
#include "llm/contextbuilder.h"

#include <QFrame>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace sandbench {

class ApiKeyStore;
class CellModel;
class Notebook;
class RunStore;
class StoreThread;
class SessionRunner;
struct CodeSource;
struct CellRequest;
class CellRun;

namespace llm {
class AgentLoop;
struct AgentToolCall;
struct Exchange;
class SessionDescriber;
} // namespace llm

class AnswerView;

class AssistantPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssistantPanel(QWidget *parent = nullptr);
    ~AssistantPanel() override;

    // The endpoint, model and limits; the API key is read from the keyring for the endpoint's
    // host. sampleRows: the user's choice, unset for the default (on for an endpoint on this
    // machine, off for a remote one).
    void setSettings(const llm::AssistantSettings &settings);
    const llm::AssistantSettings &settings() const { return m_settings; }
    // The notebook the answers' code goes into (not owned) and how to find its current row.
    void setCells(CellModel *cells, std::function<int()> currentRow);
    // The notebook agent mode runs its cells in (not owned; may be null: then agent mode is off).
    // Each cell the model runs becomes a cell of it, below the current one, and runs like any.
    void setNotebook(Notebook *notebook);
    // The session described to the model (datasets, variables, the profile's rules); may be null.
    void setSession(SessionRunner *session);
    // Where exchanges are kept (not owned; may be null: then nothing is recorded).
    void setStore(StoreThread *store);
    void setThemeKind(bool dark);

    bool isConfigured() const;
    bool isAsking() const;
    // Agent mode is on and can be used (a notebook, a session).
    bool agentModeOn() const;

    // Asks the question in the box (or the given one).
    void ask(const QString &question = QString());
    void fixCell(int row);
    void explainCell(int row);
    void stop();
    // Opens "What the model sees" for the question in the box, without sending anything.
    void showWhatTheModelSees();

    // For tests and the window.
    QPlainTextEdit *questionBox() const { return m_question; }
    QPushButton *askButton() const { return m_askButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *contextButton() const { return m_contextButton; }
    QLabel *setupHint() const { return m_setup; }
    QCheckBox *samplesBox() const { return m_samples; }
    QCheckBox *agentModeBox() const { return m_agentMode; }
    // The newest answer (null before the first question).
    AnswerView *currentAnswer() const { return m_current; }
    QList<AnswerView *> answers() const;
    // The context of the newest request, as sent.
    const llm::BuiltContext &lastContext() const { return m_built; }
    // The diff on show (a fix, or "Replace current cell"), null when none.
    DiffDialog *openDiff() const { return m_diff; }
    QWidget *contextDialog() const { return m_contextDialog; }

    // The code of a block as a cell of origin llm, for the request on show.
    CodeSource sourceFor(const AnswerView *answer) const;

Q_SIGNALS:
    void answerStarted();
    // The answer ended: normally, stopped, or with an error (AnswerView::failure says which),
    // and is on show in full (its code blocks with their buttons).
    void answerFinished();
    // A code block became a cell (inserted at row, or replaced it): the window makes it current
    // and has the live check look at it before it runs.
    void cellInserted(int row);
    void cellReplaced(int row);
    void exchangeRecorded(qint64 exchangeId);
    // Agent mode: a tool call started or ended (shown in the answer as it happens).
    void agentStepStarted(int step);
    void agentStepFinished(int step);
    void settingsRequested();

private:
    struct Pending
    {
        llm::Task task = llm::Task::Ask;
        int row = -1; // the cell a fix or explanation is about
        quint64 cellId = 0;
        QString title;
        bool previewOnly = false;
    };
    void start(const Pending &pending, const llm::ContextInput &input);
    void onDescribed(const llm::ContextInput &input, bool stale);
    void onFinished();
    void emitFinishedWhenShown(AnswerView *view);
    void startAgent(AnswerView *view, const llm::BuiltContext &built, int answerTokens);
    void onAgentFinished();
    // Ends the agent without waiting for it (its session is going).
    void abandonAgent(const QString &why);
    CellRun *runAgentCell(const CellRequest &request, QString *error);
    void recordExchange(const llm::Exchange &exchange, QPointer<AnswerView> view);
    void insertBlock(AnswerView *answer, const QString &code);
    void replaceWithBlock(AnswerView *answer, const QString &code, int row, bool isFix);
    void showContextDialog(const llm::BuiltContext &built, const QString &endpointNote);
    void updateState();
    void showNotice(const QString &text);
    llm::Endpoint endpoint() const;
    bool samplesAllowed() const;

    llm::AssistantSettings m_settings;
    QString m_apiKey;
    QString m_keyHost;
    QString m_keyError; // the keyring could not be read
    llm::ChatClient *m_client = nullptr;
    llm::SessionDescriber *m_context = nullptr;
    ApiKeyStore *m_keys = nullptr;
    QPointer<llm::ChatReply> m_reply;
    QPointer<SessionRunner> m_session;
    QPointer<StoreThread> m_store;
    CellModel *m_cells = nullptr;
    QPointer<Notebook> m_notebook;
    std::function<int()> m_currentRow;
    QPointer<llm::AgentLoop> m_agent;
    quint64 m_agentLastCell = 0; // the agent's cells go one under the other
    bool m_dark = false;

    Pending m_pending;
    bool m_describing = false;
    llm::BuiltContext m_built;
    QString m_model; // asked for, for the request on show
    QString m_host;

    QLabel *m_setup = nullptr;
    QPushButton *m_setupButton = nullptr;
    QLabel *m_endpointLine = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_column = nullptr;
    QVBoxLayout *m_columnLayout = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QPushButton *m_askButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_contextButton = nullptr;
    QCheckBox *m_samples = nullptr;
    QCheckBox *m_agentMode = nullptr;
    QPointer<AnswerView> m_current;
    QPointer<DiffDialog> m_diff;
    QPointer<QWidget> m_contextDialog;
};

// One question and its answer in the panel: the text as it streams, then the prose rendered
// with each code block under it and its buttons; an error says what happened and what to do.
class AnswerView : public QFrame
{
    Q_OBJECT

public:
    AnswerView(const QString &title, bool dark, QWidget *parent = nullptr);

    // A piece of the answer as it streams. Each part of it is rendered as soon as it is complete
    // (prose up to a code fence, a closed code block with its buttons), a few at a time between
    // events, so the window never waits for the whole answer; the rest shows as plain text.
    void appendText(const QString &text);
    // The answer ended: the rest of it is rendered (prose and code blocks); failure (if any)
    // below. codeBlocks() has every block at once; their widgets follow within a few events
    // (rendered() tells when).
    void finish(const llm::ChatAnswer &answer, const llm::Failure &failure);
    // finish() was called and every part of the answer is on show.
    bool isRendered() const { return m_finished && m_parts.isEmpty(); }
    void showError(const QString &message, const QString &details);
    // Ends the answer before anything was asked (no model set up, a context too small).
    void fail(const QString &message, bool offerSettings);
    // Agent mode: a tool call as it starts, then as it ended (the same line).
    void showToolCall(const llm::AgentToolCall &call);
    // A note under the steps (the agent waits for a reviewer); empty hides it.
    void showWaiting(const QString &text);

    QString text() const { return m_text; }
    bool isFinished() const { return m_finished; }
    const llm::Failure &failure() const { return m_failure; }
    QLabel *errorLabel() const { return m_error; }
    // The code blocks as rendered, with their buttons (after finish()).
    QStringList codeBlocks() const { return m_blocks; }
    QList<QPushButton *> insertButtons() const { return m_insertButtons; }
    QList<QPushButton *> replaceButtons() const { return m_replaceButtons; }
    QPlainTextEdit *streamView() const { return m_stream; }
    // Agent mode: one line per tool call, in order.
    QList<QLabel *> toolSteps() const { return m_steps; }
    QLabel *waitingLabel() const { return m_waiting; }

    // The request this answer belongs to (for its cells' provenance).
    QString model;
    QString host;
    QString promptSha256;
    int row = -1; // the cell a fix is about
    quint64 cellId = 0;
    bool isFix = false;
    bool expectsCode = true; // false for Explain: an answer in words is what was asked

Q_SIGNALS:
    void insertRequested(const QString &code);
    void replaceRequested(const QString &code);
    void settingsRequested();
    // After finish(): the whole answer is rendered.
    void rendered();

private:
    // A complete part of the answer, waiting to be rendered.
    struct Part
    {
        bool isCode = false;
        QString text; // Markdown prose (trimmed), or the block's code
        bool isPython = false;
        qsizetype end = 0; // where it ends in m_text
    };
    void addSettingsButton();
    void showStreamed();
    // Reads the complete lines that arrived into parts; at the end, the last line too.
    void scan(bool final);
    void addProse(qsizetype from, qsizetype to);
    void renderParts();
    void renderPart(const Part &part);
    void forgetRendered();

    QVBoxLayout *m_layout = nullptr;
    QTimer *m_flush = nullptr;
    QTimer *m_render = nullptr;
    // m_text's offsets: the stream view shows [m_streamStart, m_streamShown); [m_scanned, end)
    // is not read into parts yet; the prose being read starts at m_proseStart.
    qsizetype m_streamStart = 0;
    qsizetype m_streamShown = 0;
    qsizetype m_scanned = 0;
    qsizetype m_proseStart = 0;
    llm::FenceScanner m_scanner;
    QList<Part> m_parts;            // complete, not rendered yet, in order
    QList<QWidget *> m_partWidgets; // rendered
    bool m_plain = false;           // past kMaxRenderedChars: prose stays in the stream view
    QPlainTextEdit *m_stream = nullptr;
    QLabel *m_error = nullptr;
    QString m_text;
    bool m_finished = false;
    bool m_dark = false;
    llm::Failure m_failure;
    QStringList m_blocks;
    QList<QPushButton *> m_insertButtons;
    QList<QPushButton *> m_replaceButtons;
    QList<QLabel *> m_steps;
    QLabel *m_waiting = nullptr;
};

} // namespace sandbench
