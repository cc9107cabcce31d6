// Settings: the sandbox profile and its limits, the look, the editor font, the reviewer's name,
// and the chosen profile's policy.
#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace sandbench {

class ApiKeyStore;
class PolicyView;
namespace llm {
class ChatClient;
}

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;
    // Opens on the policy page.
    void showPolicyPage();
    void showAssistantPage();

    // Settings ▸ Assistant, for tests.
    QLineEdit *assistantUrl() const { return m_url; }
    QComboBox *assistantModel() const { return m_model; }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QPushButton *testConnectionButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QCheckBox *sampleRowsBox() const { return m_sampleRows; }

    void accept() override;

private:
    void showPolicyOf(const QString &profileName);
    QWidget *buildAssistantPage();
    void testConnection();
    void onModelsListed(const QStringList &models, const QString &error);
    void urlEdited();

    AppSettings m_initial;
    QComboBox *m_profile = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_output = nullptr;
    QCheckBox *m_keepOnError = nullptr;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLineEdit *m_reviewer = nullptr;
    PolicyView *m_policy = nullptr;
    QTabWidget *m_tabs = nullptr;

    QWidget *m_assistantPage = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_refreshModels = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_contextSize = nullptr;
    QSpinBox *m_agentSteps = nullptr;
    QCheckBox *m_sampleRows = nullptr;
    bool m_sampleRowsChosen = false; // the user set it (else it follows the URL's locality)
    QLineEdit *m_apiKey = nullptr;
    bool m_apiKeyEdited = false;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    llm::ChatClient *m_client = nullptr;
    ApiKeyStore *m_keys = nullptr;
    bool m_testing = false; // the listing asked for is a test (else it fills the model list)
    bool m_saving = false;
};

} // namespace sandbench
