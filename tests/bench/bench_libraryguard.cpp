// The C++ library guard's own time per cell (sandbox/worker/libraryguard.h), in an interpreter
// that has imported what an analysis session imports. Printed as rows of bench_sessions' table;
// the cell round trips there are the baseline it adds to.
// The worker keeps a limits.h of its own: its folder is not an include path.
#include "../../sandbox/worker/libraryguard.h"
#include "../../sandbox/worker/verdict.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <pybind11/embed.h>
#include <vector>

namespace py = pybind11;
using namespace sandbench::worker;

namespace {

double medianOf(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

double p95Of(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() * 95 / 100];
}

// This process's resident memory, from /proc.
double residentMb()
{
    std::FILE *status = std::fopen("/proc/self/status", "r");
    char line[256];
    long kb = 0;
    while (status && std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    }
    if (status)
        std::fclose(status);
    return kb / 1024.0;
}

} // namespace

int main()
{
    py::scoped_interpreter interpreter;
    py::dict ns;
    py::exec(R"(
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import scipy
import scipy.stats
import seaborn
import statsmodels.api as sm
import statsmodels.formula.api as smf
df = pd.DataFrame({"k": np.arange(10000) % 7, "v": np.random.default_rng(1).normal(size=10000)})
)",
             ns);
    const double rssBefore = residentMb();
    const auto started = std::chrono::steady_clock::now();
    libraryguard::prepare();
    const double snapshotMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    std::printf("| library guard: first snapshot (%zu modules and classes watched, %.1f MB) | "
                "%.1f ms | | | once per session, while idle |\n",
                libraryguard::watchedDicts(), residentMb() - rssBefore, snapshotMs);
    const struct
    {
        const char *label;
        const char *code;
    } cells[] = {
        {"an idle cell (`pass`)", "pass"},
        {"a groupby mean", "r = df.groupby('k').v.mean()"},
        {"an OLS fit and a plot", "m = smf.ols('v ~ k', df).fit()\nplt.plot(r)\nplt.close('all')"},
        {"`pd.set_option` and an rcParams change",
         "pd.set_option('display.precision', 3 + len(r) % 2)\n"
         "plt.rcParams['figure.dpi'] = 72 + len(r) % 2"},
    };
    for (const auto &cell : cells) {
        std::vector<double> cellMs;
        std::vector<double> guardUs;
        for (int round = 0; round < 200; ++round) {
            const auto t0 = std::chrono::steady_clock::now();
            py::exec(cell.code, ns);
            cellMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                    .count());
            const libraryguard::Outcome outcome = libraryguard::check();
            if (!outcome.violations.empty())
                std::printf("unexpected violation: %s\n", outcome.violations.front().c_str());
            guardUs.push_back(outcome.microseconds);
        }
        std::printf("| library guard check after %s, median (p95) | %.0f us (%.0f us) | | | < 1 ms "
                    "(the cell itself: %.2f ms) |\n",
                    cell.label, medianOf(guardUs), p95Of(guardUs), medianOf(cellMs));
    }
    // What the cell's process does with the guard's outcome and its reply (Keeper::runAsCell):
    // before issue 12 item 5 the guard and the verdict each parsed and dumped the reply, and the
    // verdict parsed the request again; now both share one parse. Both ways, in the same run.
    const std::string requestText = R"({"type":"execute","id":7,"code":"1+1"})";
    const nlohmann::json request = nlohmann::json::parse(requestText);
    const libraryguard::Outcome outcome = libraryguard::check();
    for (const std::size_t stdoutBytes : {std::size_t(0), std::size_t(100000)}) {
        const nlohmann::json header = {{"type", "result"},
                                       {"id", 7},
                                       {"status", "ok"},
                                       {"stdout", std::string(stdoutBytes, 'x')},
                                       {"stderr", ""},
                                       {"result", "2"},
                                       {"figures", nlohmann::json::array()},
                                       {"violations", nlohmann::json::array()}};
        const Reply reply{header.dump(), "", true, true};
        std::vector<double> twice;
        std::vector<double> once;
        std::size_t sink = 0;
        for (int round = 0; round < 2000; ++round) {
            auto t0 = std::chrono::steady_clock::now();
            Reply answer = reply;
            libraryguard::applyTo(answer, outcome);
            sink += decideVerdict(requestText, answer, {}, 0).header.size();
            twice.push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                    .count());
            t0 = std::chrono::steady_clock::now();
            answer = reply;
            nlohmann::json parsed = parseReplyHeader(answer.header);
            libraryguard::applyTo(parsed, outcome);
            sink +=
                decideVerdict(request, std::move(parsed), std::move(answer), {}, 0).header.size();
            once.push_back(
                std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                    .count());
        }
        std::printf("| guard + verdict on a reply with %zu kB of output, median: parsed twice "
                    "(as before) | %.1f us | parsed once | %.1f us | %.2fx |\n",
                    stdoutBytes / 1000, medianOf(twice), medianOf(once),
                    medianOf(twice) / std::max(medianOf(once), 1e-9));
        if (sink == 0)
            return 1;
    }
    return 0;
}
