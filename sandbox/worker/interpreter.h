// The embedded interpreter and the Python object that answers requests. Keeps Python.h out of
// every other worker header.
#pragma once

#include "audithook.h"
#include "isolation.h"

#include <memory>
#include <string>

namespace sandbench::worker {

struct Reply
{
    std::string header;
    std::string payload;
    bool keepRunning = true;
    // Python's wish that the cell's state be kept: advice only, since the cell may have written it;
    // the keeper commits on the trusted verdict (verdict.h).
    bool commit = false;
};

class Interpreter
{
public:
    // Installs the audit hook, starts an isolated CPython (no user site, no PYTHON* variables)
    // with packageDir first on sys.path and imports the worker package. Throws
    // std::runtime_error with a readable message.
    Interpreter(const std::string &packageDir, IsolationReport isolation, int fdChannel);
    ~Interpreter();
    Interpreter(const Interpreter &) = delete;
    Interpreter &operator=(const Interpreter &) = delete;

    std::string hello();
    Reply handle(const std::string &header, const std::string &payload);
    bool configured() const;
    // The request only reads plain data (a table page of numbers and strings): it may be answered
    // in the keeper itself, without the fork that guards against user code.
    bool runsNoUserCode(const std::string &header);
    // In a process forked for the next cell, while it waits: copies the pages a cell writes.
    void warmUp();

    // Around fork(): CPython's own bookkeeping (locks, thread states) and the cell's SIGINT.
    void beforeFork();
    void afterForkParent();
    // In every forked process: CPython's own bookkeeping. Interrupts stay ignored.
    void afterForkKeeper();
    // In a cell's process once its request came: Ctrl+C becomes KeyboardInterrupt while the
    // cell's code runs, a held one at once (sandbench_worker/interrupts.py).
    void armInterrupts();
    // In a cell's process while its code runs: what the cell prints goes to the keeper on fd as
    // it is written (protocol/livestream.h); -1 stops it. Display only: the reply still carries
    // the whole output.
    void setOutputStream(int fd);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sandbench::worker
