// A read-only view of a sandbox profile: what code may import, what waits for review, which
// builtins and attributes are blocked, the limits and the layers.
#pragma once

#include <QTreeWidget>

namespace sandbench {

struct Profile;

class PolicyView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PolicyView(QWidget *parent = nullptr);

    void showProfile(const Profile &profile);
};

} // namespace sandbench
