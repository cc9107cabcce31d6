// A process forked deep in its parent's call chain that must carry on as if it had started afresh.
//
// The next cell's process is forked by the cell that commits, inside that cell's own call chain
// (keeper.h, prepareStandby), so that the fork is off the next cell's clock. Were the new process
// to return through those frames when its own cell commits, every generation would inherit every
// earlier one's frames: the stack would grow by a cell's frames per cell, and each new keeper
// would run the destructors of all of them (copy-on-write faults on all of their objects; 0.25 ms
// more per cell already run, measured, until the stack overflowed). Instead the new process
// leaves the inherited frames behind and continues on a stack of its own.
#pragma once

namespace sandbench::worker {

// Calls body(context) at the top of a stack that holds no frame of the caller's, and never
// returns (body must not return; the process ends with _exit). Two stacks are used in turn, the
// one the caller is not on, so the frames a process abandons are overwritten by its descendants'
// and the memory stays bounded. The abandoned frames are never destroyed: whatever they own is
// released before the fork (keeper.cpp, runAsCell). Falls back to calling body on the current
// stack if no stack can be mapped.
[[noreturn]] void continueOnFreshStack(void (*body)(void *), void *context);

} // namespace sandbench::worker
