// The reviewer's window (`sandbench review --gui DB`, or Review > Open Review Queue of a
// Database… in the workbench): the review queue of a run store, with the selected run's
// provenance beside it. It starts no worker and records no session, so a reviewer can work on an
// analyst's database while the analyst's session waits.
#pragma once

#include "runstore.h"
#include "storethread.h"

#include <QMainWindow>
#include <memory>

namespace sandbench {

class ProvenancePanel;
class ReviewQueuePanel;

class ReviewerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ReviewerWindow(std::unique_ptr<RunStore> store, QWidget *parent = nullptr);
    ~ReviewerWindow() override;

    ReviewQueuePanel *queue() const { return m_queue; }
    ProvenancePanel *provenance() const { return m_provenance; }

private:
    void askReviewerName();
    void updateTitle(int pending);

    // The panels hold QPointers to it: they let go by themselves when it goes first.
    std::unique_ptr<StoreThread> m_store;
    ReviewQueuePanel *m_queue = nullptr;
    ProvenancePanel *m_provenance = nullptr;
};

} // namespace sandbench
