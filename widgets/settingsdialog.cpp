#include "settingsdialog.h"

#include "apikeystore.h"
#include "llm/chatclient.h"
#include "policyview.h"
#include "profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sandbench {
namespace {

QSpinBox *limitBox(QWidget *parent, int max, int value, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setSpecialValueText(SettingsDialog::tr("profile's own"));
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_initial(settings)
{
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);

    auto *sandbox = new QWidget(m_tabs);
    auto *form = new QFormLayout(sandbox);
    m_profile = new QComboBox(sandbox);
    m_profile->addItems(ProfileLoader::available());
    if (m_profile->findText(settings.profileName) < 0)
        m_profile->addItem(settings.profileName);
    m_profile->setCurrentText(settings.profileName);
    form->addRow(tr("&Profile:"), m_profile);
    m_memory = limitBox(sandbox, 1024 * 1024, settings.memoryMb, tr(" MB"));
    form->addRow(tr("&Memory limit:"), m_memory);
    m_timeout = limitBox(sandbox, 24 * 3600, settings.timeoutS, tr(" s"));
    form->addRow(tr("&Time limit per cell:"), m_timeout);
    m_output = limitBox(sandbox, 64 * 1024 * 1024, settings.outputChars, tr(" characters"));
    m_output->setSingleStep(1024 * 1024);
    form->addRow(tr("&Output kept per cell:"), m_output);
    m_keepOnError = new QCheckBox(tr("&Keep what a failing cell did before its error"), sandbox);
    m_keepOnError->setToolTip(tr(
        "Off: a cell that raises an error leaves the variables as they were before it. On: "
        "what it did before the error stays, as in Jupyter; Run > Undo Last Cell still goes "
        "back to before the cell. Refused cells and limits always roll back. Applies to the next "
        "cell."));
    m_keepOnError->setChecked(settings.keepStateOnError);
    form->addRow(tr("On error:"), m_keepOnError);
    auto *note = new QLabel(tr("Changes apply when the session restarts (Run > Restart Session); "
                               "every run records the profile and limits it ran under."),
                            sandbox);
    note->setWordWrap(true);
    form->addRow(note);
    m_tabs->addTab(sandbox, tr("Sandbox"));

    auto *look = new QWidget(m_tabs);
    auto *lookForm = new QFormLayout(look);
    m_theme = new QComboBox(look);
    m_theme->addItem(tr("Light"), EditorTheme::nameOf(EditorTheme::Kind::Light));
    m_theme->addItem(tr("Dark"), EditorTheme::nameOf(EditorTheme::Kind::Dark));
    m_theme->setCurrentIndex(settings.theme == EditorTheme::Kind::Dark ? 1 : 0);
    lookForm->addRow(tr("&Theme:"), m_theme);
    m_font = new QFontComboBox(look);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(settings.editorFont);
    lookForm->addRow(tr("Editor &font:"), m_font);
    m_fontSize = new QSpinBox(look);
    m_fontSize->setRange(6, 48);
    m_fontSize->setValue(settings.editorFont.pointSize() > 0 ? settings.editorFont.pointSize()
                                                             : 10);
    lookForm->addRow(tr("Font &size:"), m_fontSize);
    m_tabs->addTab(look, tr("Appearance"));

    auto *review = new QWidget(m_tabs);
    auto *reviewForm = new QFormLayout(review);
    m_reviewer = new QLineEdit(settings.reviewerName, review);
    m_reviewer->setPlaceholderText(tr("Your name, as approvals will record it"));
    reviewForm->addRow(tr("&Reviewer name:"), m_reviewer);
    m_tabs->addTab(review, tr("Review"));

    m_assistantPage = buildAssistantPage();
    m_tabs->addTab(m_assistantPage, tr("Assistant"));

    m_policy = new PolicyView(m_tabs);
    m_tabs->addTab(m_policy, tr("Policy"));
    showPolicyOf(settings.profileName);
    connect(m_profile, &QComboBox::currentTextChanged, this, &SettingsDialog::showPolicyOf);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(560, 520);
}

void SettingsDialog::showPolicyOf(const QString &profileName)
{
    QString error;
    if (const auto profile = ProfileLoader::load(profileName, &error))
        m_policy->showProfile(*profile);
    else
        m_policy->clear();
}

void SettingsDialog::showPolicyPage()
{
    m_tabs->setCurrentWidget(m_policy);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.profileName = m_profile->currentText();
    s.memoryMb = m_memory->value();
    s.timeoutS = m_timeout->value();
    s.outputChars = m_output->value();
    s.keepStateOnError = m_keepOnError->isChecked();
    s.theme = EditorTheme::kindFromName(m_theme->currentData().toString());
    s.editorFont = m_font->currentFont();
    s.editorFont.setPointSize(m_fontSize->value());
    s.reviewerName = m_reviewer->text().trimmed();
    s.assistant.baseUrl = QUrl(m_url->text().trimmed());
    s.assistant.model = m_model->currentText().trimmed();
    s.assistant.temperature = m_temperature->value();
    s.assistant.contextTokens = m_contextSize->value();
    s.assistant.agentSteps = m_agentSteps->value();
    if (m_sampleRowsChosen)
        s.assistant.sampleRows = m_sampleRows->isChecked();
    else
        s.assistant.sampleRows.reset();
    return s;
}

QWidget *SettingsDialog::buildAssistantPage()
{
    const llm::AssistantSettings &a = m_initial.assistant;
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    m_client = new llm::ChatClient(this);
    m_client->setStallTimeoutMs(15000);
    m_client->setFirstByteTimeoutMs(15000);
    connect(m_client, &llm::ChatClient::modelsListed, this,
            [this](const QStringList &models, const llm::Failure &failure) {
                onModelsListed(models,
                               failure.kind == llm::ErrorKind::None ? QString() : failure.message);
            });
    m_keys = new ApiKeyStore(this);

    m_url = new QLineEdit(a.baseUrl.toString(), page);
    m_url->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    form->addRow(tr("&Base URL:"), m_url);
    auto *servers = new QLabel(
        tr("Ollama http://localhost:11434/v1 · llama-server http://localhost:8080/v1 · vLLM "
           "http://localhost:8000/v1 · LM Studio http://localhost:1234/v1, or a hosted service's "
           "OpenAI-compatible URL"),
        page);
    servers->setWordWrap(true);
    servers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), servers);

    m_model = new QComboBox(page);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setCurrentText(a.model);
    m_model->lineEdit()->setPlaceholderText(tr("as the server names it, e.g. qwen2.5-coder:7b"));
    m_refreshModels = new QPushButton(tr("&List Models"), page);
    m_refreshModels->setToolTip(tr("Asks the server for its models (GET /models)"));
    connect(m_refreshModels, &QPushButton::clicked, this, [this] {
        m_testing = false;
        testConnection();
    });
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refreshModels);
    form->addRow(tr("&Model:"), modelRow);

    m_temperature = new QDoubleSpinBox(page);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(a.temperature);
    m_temperature->setToolTip(tr("Lower is more predictable code; 0.2 suits most analyses"));
    form->addRow(tr("&Temperature:"), m_temperature);

    m_contextSize = new QSpinBox(page);
    m_contextSize->setRange(512, 2 * 1024 * 1024);
    m_contextSize->setSingleStep(1024);
    m_contextSize->setSuffix(tr(" tokens"));
    m_contextSize->setValue(a.contextTokens);
    m_contextSize->setToolTip(tr("The model's context size: the request is trimmed to fit, and "
                                 "the assistant says what it left out"));
    form->addRow(tr("&Context size:"), m_contextSize);

    m_agentSteps = new QSpinBox(page);
    m_agentSteps->setObjectName(QStringLiteral("agentSteps"));
    m_agentSteps->setRange(1, llm::AssistantSettings::kMaxAgentSteps);
    m_agentSteps->setValue(a.agentSteps);
    m_agentSteps->setSuffix(tr(" tool calls"));
    m_agentSteps->setToolTip(tr("Agent mode: the model is stopped after this many tool calls "
                                "(running a cell, reading a table) for one question"));
    form->addRow(tr("Agent &step limit:"), m_agentSteps);

    m_sampleRows = new QCheckBox(tr("Allow sample &rows (a few first rows of each dataset)"), page);
    m_sampleRowsChosen = a.sampleRows.has_value();
    m_sampleRows->setChecked(a.sampleRows.value_or(llm::Endpoint{a.baseUrl, {}}.isLocal()));
    m_sampleRows->setToolTip(tr("On by default for a model on this machine, off for a remote one. "
                                "Without samples the model sees names, types and sizes only."));
    connect(m_sampleRows, &QCheckBox::clicked, this, [this] { m_sampleRowsChosen = true; });
    form->addRow(tr("Data:"), m_sampleRows);

    m_apiKey = new QLineEdit(page);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("none (a local server needs none)"));
    connect(m_apiKey, &QLineEdit::textEdited, this, [this] { m_apiKeyEdited = true; });
    form->addRow(tr("API &key:"), m_apiKey);
    m_keyStatus = new QLabel(page);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setText(
        ApiKeyStore::available()
            ? tr("Kept in the desktop's keyring, one per server; never in the settings file, the "
                 "run database or a log.")
            : tr("This build has no keyring support (QtKeychain was not found when it was "
                 "built): a key is kept for this session only and never written anywhere."));
    form->addRow(QString(), m_keyStatus);
    connect(
        m_keys, &ApiKeyStore::keyRead, this,
        [this](const QString &host, const QString &key, const QString &error) {
            if (host != llm::Endpoint{QUrl(m_url->text().trimmed()), {}}.host() || m_apiKeyEdited)
                return;
            m_apiKey->setText(key); // shown as dots; the user may replace it
            if (!error.isEmpty())
                m_keyStatus->setText(tr("The keyring could not be read: %1").arg(error));
        });
    connect(m_keys, &ApiKeyStore::keyWritten, this,
            [this](const QString &, bool ok, const QString &error) {
                if (!m_saving)
                    return;
                m_saving = false;
                if (ok) {
                    QDialog::accept();
                    return;
                }
                setEnabled(true);
                m_tabs->setCurrentWidget(m_assistantPage);
                m_keyStatus->setText(tr("The key could not be stored in the keyring: %1. Nothing "
                                        "was saved; clear the key field to save the rest, or "
                                        "unlock the keyring and press OK again.")
                                         .arg(error));
            });
    if (const QString host = llm::Endpoint{a.baseUrl, {}}.host(); !host.isEmpty())
        m_keys->read(host);

    m_test = new QPushButton(tr("&Test Connection"), page);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_testing = true;
        testConnection();
    });
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);
    connect(m_url, &QLineEdit::textEdited, this, &SettingsDialog::urlEdited);
    return page;
}

void SettingsDialog::urlEdited()
{
    const llm::Endpoint endpoint{QUrl(m_url->text().trimmed()), {}};
    if (!m_sampleRowsChosen)
        m_sampleRows->setChecked(endpoint.isLocal());
    m_testResult->clear();
    if (!m_apiKeyEdited) {
        m_apiKey->clear();
        if (!endpoint.host().isEmpty())
            m_keys->read(endpoint.host());
    }
}

void SettingsDialog::testConnection()
{
    m_client->setEndpoint({QUrl(m_url->text().trimmed()), m_apiKey->text()});
    m_test->setEnabled(false);
    m_refreshModels->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_client->listModels();
}

void SettingsDialog::onModelsListed(const QStringList &models, const QString &error)
{
    m_test->setEnabled(true);
    m_refreshModels->setEnabled(true);
    if (!error.isEmpty()) {
        m_testResult->setText(tr("✗ %1").arg(error));
        return;
    }
    // The model chosen stays chosen; none yet: the server's first.
    const QString chosen = m_model->currentText().trimmed();
    m_model->clear();
    m_model->addItems(models);
    const int at =
        m_model->findText(chosen.isEmpty() && !models.isEmpty() ? models.first() : chosen);
    if (at >= 0)
        m_model->setCurrentIndex(at);
    else
        m_model->setEditText(chosen);
    QString text = tr("✓ Connected: the server offers %n model(s).", nullptr, int(models.size()));
    if (!m_model->currentText().isEmpty() && !models.contains(m_model->currentText()))
        text += QLatin1Char(' ') +
                tr("It does not offer \"%1\": pick one of the list.").arg(m_model->currentText());
    m_testResult->setText(text);
}

void SettingsDialog::showAssistantPage()
{
    m_tabs->setCurrentWidget(m_assistantPage);
}

void SettingsDialog::accept()
{
    // The key goes to the keyring first; the dialog closes once it is stored (or says why not).
    const QString host = llm::Endpoint{QUrl(m_url->text().trimmed()), {}}.host();
    if (!m_apiKeyEdited || host.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    setEnabled(false);
    m_keys->write(host, m_apiKey->text());
}

} // namespace sandbench
