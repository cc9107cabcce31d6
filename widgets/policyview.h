// A read-only view of a sandbox profile: first, in plain words, what runs, what is denied at run
// time and what waits for review under it; then what code may import, which builtins and
// attributes are blocked, the limits and the layers.
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

private:
    void addVerdicts(const Profile &profile);
};

} // namespace sandbench
